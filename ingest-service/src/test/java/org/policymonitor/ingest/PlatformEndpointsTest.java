package org.policymonitor.ingest;

import io.quarkus.test.junit.QuarkusTest;
import org.policymonitor.testing.contract.PlatformEndpointsContract;

/** The platform endpoints' contract (testing module): health reflects Kafka and the database. */
@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    PlatformEndpointsTest() {
        super("Kafka", "Database");
    }
}
