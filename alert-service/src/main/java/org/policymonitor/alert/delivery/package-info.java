/**
 * Delivery: the outbox of alerts owed, and the worker that claims due deliveries, assembles alerts (immediate or
 * digest) and sends them through {@code email} or {@code webhook}, retrying with backoff until they are delivered
 * or dead.
 */
package org.policymonitor.alert.delivery;
