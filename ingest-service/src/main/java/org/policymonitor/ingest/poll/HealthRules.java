package org.policymonitor.ingest.poll;

import org.policymonitor.events.SourceHealth;

import java.time.Duration;
import java.time.Instant;

/**
 * The health of a source after a poll:
 * <ul>
 *   <li>{@code failing} once {@code failingAfter} polls in a row failed (the reason is the last failure);</li>
 *   <li>{@code silent} when polls succeed but nothing new arrived for longer than the expected cadence;</li>
 *   <li>{@code recovered} on the first good poll after failing or silent, then {@code ok}.</li>
 * </ul>
 */
public final class HealthRules {

    private final int failingAfter;

    public HealthRules(int failingAfter) {
        this.failingAfter = Math.max(1, failingAfter);
    }

    /** The verdict: a health and the words explaining it. */
    public record Verdict(SourceHealth health, String reason) {
    }

    public Verdict afterFailure(SourceHealth current, String currentReason, int consecutiveFailures, String failure) {
        if (consecutiveFailures >= failingAfter) {
            return new Verdict(SourceHealth.FAILING, failure);
        }
        return new Verdict(current, currentReason); // one blip is not yet a broken source
    }

    /**
     * @param lastNewItemAt when something new last arrived (null: never)
     * @param trackedSince  when the source was first tracked, the start of its silence if nothing ever arrived
     */
    public Verdict afterSuccess(SourceHealth current, Instant lastNewItemAt, Instant trackedSince,
                                Duration expectedCadence, Instant now, String note) {
        Instant since = lastNewItemAt != null ? lastNewItemAt : trackedSince;
        boolean silent = since != null && Duration.between(since, now).compareTo(expectedCadence) > 0;
        if (silent) {
            return new Verdict(SourceHealth.SILENT, "nothing new since " + since + " (expected within "
                    + expectedCadence + ")");
        }
        boolean wasBad = current == SourceHealth.FAILING || current == SourceHealth.SILENT;
        return new Verdict(wasBad ? SourceHealth.RECOVERED : SourceHealth.OK, note);
    }
}
