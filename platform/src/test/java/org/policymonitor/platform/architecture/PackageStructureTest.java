package org.policymonitor.platform.architecture;

import org.policymonitor.testing.architecture.PackageStructureContract;

/** The platform's toolkits import each other top-down, and each package says what it is for. */
class PackageStructureTest extends PackageStructureContract {

    PackageStructureTest() {
        super("org.policymonitor.platform", "cache", "messaging", "net", "reload", "retry", "security", "threads", "web");
    }
}
