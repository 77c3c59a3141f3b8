/**
 * Health checks of this service's own parts (readiness while a consumer waits for a dependency).
 */
package org.policymonitor.alert.health;
