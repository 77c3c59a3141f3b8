/**
 * Kafka: the consumers of classified items, article changes and source status, a polled batch at a time, storing
 * through {@code item.store} and {@code source} and dead-lettering poison records. Nothing imports it.
 */
package org.policymonitor.alert.messaging;
