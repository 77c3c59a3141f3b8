/**
 * Micrometer metrics of the polls ({@code policy_ingest_*}), behind the plain-Java {@code poll.PollMetrics} seam.
 */
package org.policymonitor.ingest.metrics;
