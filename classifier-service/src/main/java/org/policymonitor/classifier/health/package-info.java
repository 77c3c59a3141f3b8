/**
 * Readiness checks: the ruleset in force. Uses {@code engine}; nothing imports it.
 */
package org.policymonitor.classifier.health;
