package org.policymonitor.classifier.architecture;

import org.policymonitor.testing.architecture.PackageStructureContract;

/** The classifier's packages import each other top-down, and each says what it is for. */
class PackageStructureTest extends PackageStructureContract {

    PackageStructureTest() {
        super("org.policymonitor.classifier", "engine", "rules", "messaging");
    }
}
