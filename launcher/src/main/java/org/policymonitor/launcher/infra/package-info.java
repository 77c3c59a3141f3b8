/**
 * The local infrastructure the launcher starts: a real Kafka broker, a real PostgreSQL and an SMTP catcher with its
 * read-only mail page.
 */
package org.policymonitor.launcher.infra;
