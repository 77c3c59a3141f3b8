/**
 * Kafka consumer tests without a broker: polled batches as SmallRye's connector builds them, and a recorder of what
 * would be committed and dead-lettered.
 */
package org.policymonitor.testing.messaging;
