package org.policymonitor.launcher.architecture;

import org.policymonitor.testing.architecture.PackageStructureContract;

/** The launcher's packages import each other top-down, and each says what it is for. */
class PackageStructureTest extends PackageStructureContract {

    PackageStructureTest() {
        super("org.policymonitor.launcher", "demo", "infra", "service");
    }
}
