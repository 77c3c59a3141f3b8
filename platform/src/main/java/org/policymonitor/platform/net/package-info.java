/**
 * Outbound HTTP that a user's input may steer (webhooks, previews): where requests may go (no SSRF) and a client
 * pinned to the address that was checked.
 */
package org.policymonitor.platform.net;
