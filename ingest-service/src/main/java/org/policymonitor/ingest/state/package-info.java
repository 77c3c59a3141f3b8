/**
 * What the service remembers in PostgreSQL: each source's state and lease, published item ids (dedup) and recent
 * errors.
 */
package org.policymonitor.ingest.state;
