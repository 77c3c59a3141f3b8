package org.policymonitor.alert;

import io.quarkus.test.common.QuarkusTestResource;
import org.policymonitor.testing.KafkaTestResource;
import org.policymonitor.testing.PostgresTestResource;
import org.policymonitor.testing.SmtpTestResource;

/**
 * Real infrastructure for every @QuarkusTest of this module (the annotations apply to the whole test run):
 * started once per JVM by the testing module, without Docker unless -Dpolicy.test.infra=containers.
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(SmtpTestResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
