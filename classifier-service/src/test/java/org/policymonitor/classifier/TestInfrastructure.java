package org.policymonitor.classifier;

import io.quarkus.test.common.QuarkusTestResource;
import org.policymonitor.testing.KafkaTestResource;

/**
 * Real infrastructure for every @QuarkusTest of this module (the annotations apply to the whole test run):
 * started once per JVM by the testing module, without Docker unless -Dpolicy.test.infra=containers.
 * The rules come from a file (a copy of the shipped catalogue) so that the reload can be tested.
 */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(RulesFileTestResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
