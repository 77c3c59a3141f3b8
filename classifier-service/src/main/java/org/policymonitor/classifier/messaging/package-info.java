/**
 * Kafka: consumes {@code policy.items.raw} a polled batch at a time and publishes to {@code policy.items.classified},
 * dead-lettering poison records one by one. Uses {@code engine}; nothing imports it.
 */
package org.policymonitor.classifier.messaging;
