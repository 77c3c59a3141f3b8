/**
 * Alerts by mail: the rendered subject, plain-text and HTML bodies, sent over SMTP.
 */
package org.policymonitor.alert.delivery.email;
