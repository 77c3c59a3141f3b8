package org.policymonitor.ingest.state;

import java.time.Instant;

/**
 * A source's gaps since it was first polled (row of {@code source_gap}): polls after which items published between
 * two polls may have been missed, and the latest of them.
 *
 * @param gaps       how many polls reported one
 * @param lastReason {@code page_limit}, {@code no_next_page}, {@code other_site}, {@code loop} or {@code page_failed}
 * @param lastPage   the last page the poll read
 */
public record GapState(long gaps, Instant lastAt, String lastReason, String lastPage, int pagesRead, String message) {
}
