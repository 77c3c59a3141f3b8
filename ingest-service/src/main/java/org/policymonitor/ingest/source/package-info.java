/**
 * The source catalogue: its YAML file, validation, the definitions of sources and their endpoints, and the holder
 * that reloads it when the file changes.
 */
package org.policymonitor.ingest.source;
