/**
 * Source health: stores the status changes ingest-service reports, once each, with the source-health alerts they
 * owe (delivery's outbox).
 */
package org.policymonitor.alert.source;
