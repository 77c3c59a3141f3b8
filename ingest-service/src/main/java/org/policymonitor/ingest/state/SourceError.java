package org.policymonitor.ingest.state;

import java.time.Instant;

/** One recent error of a source, as the API shows it. */
public record SourceError(Instant at, String reason, String message, String url) {
}
