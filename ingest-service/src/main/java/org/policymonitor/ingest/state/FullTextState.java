package org.policymonitor.ingest.state;

import java.time.Instant;

/**
 * A full-text source's article reads since it was first polled (row of {@code source_fulltext}).
 *
 * @param texts             items published with their article's main text
 * @param failures          items published without it
 * @param lastFailureReason the last failure's code ({@code robots}, {@code gone}, {@code timeout}, …), or null
 */
public record FullTextState(long texts, long failures, Instant lastTextAt, String lastFailureReason,
                            String lastFailure, String lastFailureUrl, Instant lastFailureAt) {

    public static final FullTextState NONE = new FullTextState(0, 0, null, null, null, null, null);
}
