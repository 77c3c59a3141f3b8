/**
 * Publishing to Kafka: items, source health changes and article changes, each acknowledged by the broker before it
 * counts as published; items the broker can never take go to the dead-letter topic.
 */
package org.policymonitor.ingest.messaging;
