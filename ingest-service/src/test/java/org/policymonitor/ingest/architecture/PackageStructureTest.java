package org.policymonitor.ingest.architecture;

import org.policymonitor.testing.architecture.PackageStructureContract;

/** The ingest service's packages import each other top-down, and each says what it is for. */
class PackageStructureTest extends PackageStructureContract {

    PackageStructureTest() {
        super("org.policymonitor.ingest", "poll", "source", "fetch", "parse", "messaging", "archive", "state");
    }
}
