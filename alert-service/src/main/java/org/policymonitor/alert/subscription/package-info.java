/**
 * Subscriptions: who wants which alerts (filter, channel, mode, digest schedule), validated and stored.
 */
package org.policymonitor.alert.subscription;
