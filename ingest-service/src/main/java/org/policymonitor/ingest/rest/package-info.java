/**
 * The REST API: sources and their state, manual polls, catalogue reload and previews (problem+json errors).
 */
package org.policymonitor.ingest.rest;
