/**
 * When to try again after a transient failure: one backoff policy (exponential, jittered, capped, honouring a
 * server's {@code Retry-After} within limits) shared by every service that retries.
 */
package org.policymonitor.platform.retry;
