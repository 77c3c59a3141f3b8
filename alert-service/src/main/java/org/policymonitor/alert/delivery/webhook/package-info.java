/**
 * Alerts by webhook: the JSON payload, signed (HMAC), sent to public addresses only unless configured otherwise.
 */
package org.policymonitor.alert.delivery.webhook;
