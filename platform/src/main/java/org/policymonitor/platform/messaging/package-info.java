/**
 * Kafka plumbing every service shares: the dead-letter convention, consumer-lag gauges, the Kafka clients' own
 * metrics on one thread, and the watchdog that ends a process whose messaging channel failed for good.
 */
package org.policymonitor.platform.messaging;
