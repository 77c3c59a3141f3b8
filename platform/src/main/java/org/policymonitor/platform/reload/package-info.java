/**
 * Configuration files put in force while the service runs (the ingest source catalogue, the classifier's rules):
 * one immutable snapshot with its version, replaced only by a valid file, the last good one kept otherwise.
 */
package org.policymonitor.platform.reload;
