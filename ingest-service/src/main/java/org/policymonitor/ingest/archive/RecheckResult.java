package org.policymonitor.ingest.archive;

import java.time.Instant;

/**
 * What a re-check leaves in the archive.
 *
 * @param version         a new version to record, or null when nothing changed
 * @param nextStep        the step of the schedule the next re-check is
 * @param nextRecheckAt   when, or null when no re-check is left
 */
public record RecheckResult(String itemId, NewVersion version, boolean removed, int consecutiveGone, int nextStep,
                            Instant nextRecheckAt) {

    /**
     * @param text     null for a removal
     * @param change   {@code edited}, {@code removed} or {@code restored}
     * @param diffJson the word diff as JSON
     */
    public record NewVersion(int version, String text, String hash, int httpStatus, Instant fetchedAt, String change,
                             String diffJson) {
    }
}
