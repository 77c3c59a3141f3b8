package org.policymonitor.alert.architecture;

import org.policymonitor.testing.architecture.PackageStructureContract;

/** The alert-service's packages import each other top-down, and each says what it is for. */
class PackageStructureTest extends PackageStructureContract {

    PackageStructureTest() {
        super("org.policymonitor.alert", "messaging", "item", "item.store", "source", "delivery", "delivery.send", "rest");
    }
}
