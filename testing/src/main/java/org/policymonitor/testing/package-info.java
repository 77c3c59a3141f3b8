/**
 * Test infrastructure shared by every module: real Kafka, PostgreSQL and SMTP servers for the test JVM (embedded, or
 * Testcontainers where Docker exists), their Quarkus test resources, deadlines that fit a loaded machine and hostile
 * input for APIs.
 */
package org.policymonitor.testing;
