package org.policymonitor.classifier;

import io.quarkus.test.junit.QuarkusTest;
import org.policymonitor.testing.contract.HostileInputContract;

/** Hostile values in every parameter and body field of the service's API: never a 5xx, always problem+json. */
@QuarkusTest
class HostileInputTest extends HostileInputContract {
}
