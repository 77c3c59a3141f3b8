package org.policymonitor.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import org.policymonitor.testing.KafkaTestResource;
import org.policymonitor.testing.PostgresTestResource;

/**
 * Real infrastructure for every @QuarkusTest of this module (the annotations apply to the whole test run):
 * started once per JVM by the testing module, without Docker unless -Dpolicy.test.infra=containers; and the
 * channels only tests use ({@link TestChannels}).
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(TestChannels.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
