package org.policymonitor.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.policymonitor.ingest.poll.SourceState;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.FullTextState;
import org.policymonitor.ingest.state.SourceError;

import java.time.Instant;
import java.util.List;

/** A source as the API shows it: its configuration and its state. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(String id, String name, boolean enabled, EndpointView primary, EndpointView fallback,
                         String language, String timezone, String pollInterval, String expectedCadence,
                         String health, String healthReason, Instant healthSince, Instant lastPolledAt,
                         Instant lastSuccessAt, Instant lastNewItemAt, Instant nextPollAt, int consecutiveFailures,
                         ErrorView lastError, Counts counts, List<SourceError> recentErrors, String pollingBy,
                         FullTextView fullText) {

    /**
     * Full text of a {@code fullText} source: items published with their article's main text, items published
     * without it, and the last reason (an {@code ArticleFailure} code and words).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FullTextView(String contentSelector, long articlesRead, long withoutText, Instant lastTextAt,
                               FullTextFailureView lastFailure) {
        static FullTextView of(SourceDefinition d, FullTextState f) {
            if (!d.fullText()) {
                return null;
            }
            FullTextState s = f == null ? FullTextState.NONE : f;
            return new FullTextView(d.contentSelector(), s.texts(), s.failures(), s.lastTextAt(),
                    s.lastFailureReason() == null ? null : new FullTextFailureView(s.lastFailureReason(),
                            s.lastFailure(), s.lastFailureUrl(), s.lastFailureAt()));
        }
    }

    /** Why the last article could not be had. */
    public record FullTextFailureView(String reason, String message, String url, Instant at) {
    }

    /** Where the source is read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EndpointView(String type, String url, Object selectors, String linkPattern) {
        static EndpointView of(Endpoint e) {
            return e == null ? null : new EndpointView(e.type().wire(), e.url().toString(), e.selectors(),
                    e.linkPattern() == null ? null : e.linkPattern().pattern());
        }
    }

    /** The last error. */
    public record ErrorView(String reason, String message, Instant at) {
    }

    /** Totals since the source was first polled. */
    public record Counts(long polls, long failures, long itemsPublished, long duplicates, long unparseableDates) {
    }

    static SourceView of(SourceDefinition d, SourceState s, List<SourceError> recentErrors, String pollingBy,
                         FullTextState fullText) {
        ErrorView error = s == null || s.lastError() == null ? null : new ErrorView(
                s.lastErrorReason() == null ? null : s.lastErrorReason().wire(), s.lastError(), s.lastErrorAt());
        return new SourceView(d.id(), d.name(), d.enabled(), EndpointView.of(d.primary()), EndpointView.of(d.fallback()),
                d.language(), d.timezone().getId(), d.pollInterval().toString(), d.expectedCadence().toString(),
                s == null ? "unknown" : s.health().wire(), s == null ? null : s.healthReason(),
                s == null ? null : s.healthSince(), s == null ? null : s.lastPolledAt(),
                s == null ? null : s.lastSuccessAt(), s == null ? null : s.lastNewItemAt(),
                s == null ? null : s.nextPollAt(), s == null ? 0 : s.consecutiveFailures(), error,
                s == null ? new Counts(0, 0, 0, 0, 0) : new Counts(s.polls(), s.failures(), s.itemsPublished(),
                        s.duplicates(), s.unparseableDates()), recentErrors, pollingBy, FullTextView.of(d, fullText));
    }
}
