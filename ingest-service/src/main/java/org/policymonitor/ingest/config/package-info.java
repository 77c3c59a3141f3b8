/**
 * Wiring: builds the plain-Java parts of the service from configuration, and the configuration groups they read
 * ({@code policy.*}, each key overridable by an environment variable).
 */
package org.policymonitor.ingest.config;
