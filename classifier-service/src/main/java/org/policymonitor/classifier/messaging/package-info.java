/**
 * Kafka: consumes {@code policy.items.raw} and publishes to {@code policy.items.classified}, dead-lettering poison
 * records. Uses {@code engine}; nothing imports it.
 */
package org.policymonitor.classifier.messaging;
