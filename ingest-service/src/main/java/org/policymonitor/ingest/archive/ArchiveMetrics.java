package org.policymonitor.ingest.archive;

import org.policymonitor.events.ChangeKind;

/** What the archive counts (Micrometer in the service, nothing in plain tests and benchmarks). */
public interface ArchiveMetrics {

    ArchiveMetrics NONE = new ArchiveMetrics() {
    };

    /** @param outcome {@code text}, {@code gone}, {@code unavailable} or {@code skipped} */
    default void rechecked(String outcome) {
    }

    default void changed(ChangeKind kind) {
    }

    default void archived() {
    }

    /** An item published but not archived (database failure). */
    default void archiveFailed() {
    }

    /** A change the broker did not acknowledge: the re-check is repeated on the next cycle. */
    default void publishFailed() {
    }

    default void backlog(long due) {
    }
}
