package org.policymonitor.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.policymonitor.ingest.poll.SourceState;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceType;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.FullTextState;
import org.policymonitor.ingest.state.GapState;
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
                         FullTextView fullText, GapView gaps) {

    /**
     * Polls after which items published between two polls may have been missed (every item of the pages read was
     * new, and paging stopped before an item published before): how many, and the latest — its reason, the last page
     * read, the pages read and the words. Absent when there never was one.
     */
    public record GapView(long count, Instant lastAt, String lastReason, String lastPage, int pagesRead,
                          String message) {
        static GapView of(GapState g) {
            return g == null ? null : new GapView(g.gaps(), g.lastAt(), g.lastReason(), g.lastPage(), g.pagesRead(),
                    g.message());
        }
    }

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
    public record EndpointView(String type, String url, Object selectors, String linkPattern, String dateOrder,
                               String nextPage, Integer maxPages) {
        static EndpointView of(Endpoint e) {
            return e == null ? null : new EndpointView(e.type().wire(), e.url().toString(), e.selectors(),
                    e.linkPattern() == null ? null : e.linkPattern().pattern(),
                    e.type() == SourceType.HTML ? e.dateOrder().configName() : null, e.paging().nextPage(),
                    e.paging().maxPages());
        }
    }

    /** The last error. */
    public record ErrorView(String reason, String message, Instant at) {
    }

    /** Totals since the source was first polled. */
    public record Counts(long polls, long failures, long itemsPublished, long duplicates, long unparseableDates) {
    }

    static SourceView of(SourceDefinition d, SourceState s, List<SourceError> recentErrors, String pollingBy,
                         FullTextState fullText, GapState gap) {
        SourceState.LastError last = s == null ? SourceState.LastError.NONE : s.lastError();
        ErrorView error = last.message() == null ? null : new ErrorView(
                last.reason() == null ? null : last.reason().wire(), last.message(), last.at());
        SourceState.Health health = s == null ? null : s.health();
        SourceState.Schedule schedule = s == null ? SourceState.Schedule.NONE : s.schedule();
        SourceState.Counters counters = s == null ? SourceState.Counters.NONE : s.counters();
        return new SourceView(d.id(), d.name(), d.enabled(), EndpointView.of(d.primary()), EndpointView.of(d.fallback()),
                d.language(), d.timezone().getId(), d.pollInterval().toString(), d.expectedCadence().toString(),
                health == null ? "unknown" : health.status().wire(), health == null ? null : health.reason(),
                health == null ? null : health.since(), schedule.lastPolledAt(), schedule.lastSuccessAt(),
                counters.lastNewItemAt(), schedule.nextPollAt(), schedule.consecutiveFailures(), error,
                new Counts(counters.polls(), counters.failures(), counters.itemsPublished(), counters.duplicates(),
                        counters.unparseableDates()), recentErrors, pollingBy, FullTextView.of(d, fullText),
                GapView.of(gap));
    }
}
