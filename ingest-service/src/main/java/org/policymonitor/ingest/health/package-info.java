/**
 * Readiness detail of the service: the health of every configured source.
 */
package org.policymonitor.ingest.health;
