/**
 * One poll of one source, from fetch to publish to saved state, its health rules and the scheduler that runs the
 * polls. Plain Java except the scheduler.
 */
package org.policymonitor.ingest.poll;
