package org.policymonitor.classifier;

import io.quarkus.test.common.QuarkusTestResource;
import org.policymonitor.testing.KafkaTestResource;

/**
 * Real infrastructure for every @QuarkusTest of this module (the annotations apply to the whole test run):
 * started once per JVM by the testing module, without Docker unless -Dpolicy.test.infra=containers.
 */
@QuarkusTestResource(KafkaTestResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
