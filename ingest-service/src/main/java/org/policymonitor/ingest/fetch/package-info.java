/**
 * HTTP fetching of feeds and pages: conditional GET, size and time limits, redirects checked hop by hop, one request
 * at a time per host. Plain Java on the JDK HTTP client.
 */
package org.policymonitor.ingest.fetch;
