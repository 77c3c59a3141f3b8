package org.policymonitor.ingest.poll;

import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.source.FailureReason;

import java.time.Instant;
import java.util.Objects;

/**
 * What is remembered of a source between polls (stored in PostgreSQL, table {@code source_state}), as a few parts
 * that each change together: its health, the validators for the next conditional GET, its schedule, its last error
 * and its counters. A poll changes a part with a named {@code with…} call, so no two values of the same type can
 * trade places unnoticed, as they could among the 21 positional arguments this record used to take.
 *
 * @param trackedSince when the source was first seen; the start of its silence when nothing ever arrived
 */
public record SourceState(String sourceId, Instant trackedSince, Health health, ConditionalGet conditionalGet,
                          Schedule schedule, LastError lastError, Counters counters) {

    public SourceState {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(conditionalGet, "conditionalGet");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(counters, "counters");
    }

    /** A source never polled: health unknown since {@code now}, nothing to send back, nothing counted. */
    public static SourceState initial(String sourceId, Instant now) {
        return new SourceState(sourceId, now, Health.unknownSince(now), ConditionalGet.NONE, Schedule.NONE,
                LastError.NONE, Counters.NONE);
    }

    public SourceState withHealth(Health h) {
        return new SourceState(sourceId, trackedSince, h, conditionalGet, schedule, lastError, counters);
    }

    public SourceState withConditionalGet(ConditionalGet c) {
        return new SourceState(sourceId, trackedSince, health, c, schedule, lastError, counters);
    }

    public SourceState withSchedule(Schedule s) {
        return new SourceState(sourceId, trackedSince, health, conditionalGet, s, lastError, counters);
    }

    public SourceState withLastError(LastError e) {
        return new SourceState(sourceId, trackedSince, health, conditionalGet, schedule, e, counters);
    }

    public SourceState withCounters(Counters c) {
        return new SourceState(sourceId, trackedSince, health, conditionalGet, schedule, lastError, c);
    }

    /**
     * The source's health and whether Kafka acknowledged it.
     *
     * @param published whether the current health was acknowledged by Kafka (else it is re-sent)
     */
    public record Health(SourceHealth status, String reason, Instant since, boolean published) {

        public Health {
            Objects.requireNonNull(status, "status");
        }

        static Health unknownSince(Instant since) {
            return new Health(SourceHealth.UNKNOWN, null, since, true);
        }

        public Health withPublished(boolean acknowledged) {
            return new Health(status, reason, since, acknowledged);
        }
    }

    /**
     * The validators of the last good answer and the URL that gave them (primary and fallback have their own
     * answers, so validators are sent back only to the URL they came from), with what that answer's page lacked.
     *
     * @param layoutWarning the layout warning of the page these validators describe (a listing's date or title
     *                      selector that matched nothing in any item), or null: a 304 for them is the same page, so
     *                      the warning stands until a real parse clears or replaces it. Kept as a value of its own
     *                      and not read back from the health reason, whose words a failure replaces
     */
    public record ConditionalGet(Validators validators, String url, String layoutWarning) {

        public static final ConditionalGet NONE = new ConditionalGet(Validators.NONE, null, null);

        public ConditionalGet {
            validators = validators == null ? Validators.NONE : validators;
        }

        /** Validators of a page that showed nothing wrong. */
        public ConditionalGet(Validators validators, String url) {
            this(validators, url, null);
        }

        /** The validators to send to {@code requestUrl}: none unless they came from that URL. */
        public Validators validatorsFor(String requestUrl) {
            return requestUrl.equals(url) ? validators : Validators.NONE;
        }
    }

    /**
     * When the source was polled, when it last succeeded, how many polls in a row failed (the backoff's input) and
     * when it is due next.
     */
    public record Schedule(Instant lastPolledAt, Instant lastSuccessAt, int consecutiveFailures, Instant nextPollAt) {

        public static final Schedule NONE = new Schedule(null, null, 0, null);

        /** A good poll at {@code at}: the failure streak ends. */
        public Schedule succeeded(Instant at, Instant next) {
            return new Schedule(at, at, 0, next);
        }

        /** A failed poll at {@code at}: one more failure in a row, retried at {@code retryAt}. */
        public Schedule failed(Instant at, Instant retryAt) {
            return new Schedule(at, lastSuccessAt, consecutiveFailures + 1, retryAt);
        }
    }

    /** The last failure of a poll (all null when there was none); a good poll does not clear it. */
    public record LastError(FailureReason reason, String message, Instant at) {

        public static final LastError NONE = new LastError(null, null, null);
    }

    /**
     * Totals since the source was first polled, and when something new last arrived.
     *
     * @param lastNewItemAt  when an item was last published (null: never)
     * @param mostItemsShown the most items the document's first page has shown at a poll (its window): a page wholly
     *                       new but shorter than that pushed nothing off, so it is no possible gap (0: not known yet)
     */
    public record Counters(long polls, long failures, long itemsPublished, long duplicates, long unparseableDates,
                           Instant lastNewItemAt, int mostItemsShown) {

        public static final Counters NONE = new Counters(0, 0, 0, 0, 0, null, 0);

        /** Totals of a source whose window is not known yet. */
        public Counters(long polls, long failures, long itemsPublished, long duplicates, long unparseableDates,
                        Instant lastNewItemAt) {
            this(polls, failures, itemsPublished, duplicates, unparseableDates, lastNewItemAt, 0);
        }

        public Counters plusPoll() {
            return new Counters(polls + 1, failures, itemsPublished, duplicates, unparseableDates, lastNewItemAt,
                    mostItemsShown);
        }

        public Counters plusFailedPoll() {
            return new Counters(polls + 1, failures + 1, itemsPublished, duplicates, unparseableDates, lastNewItemAt,
                    mostItemsShown);
        }

        /** {@code count} items published at {@code at} (the time of the last new item moves only when count > 0). */
        public Counters plusPublished(int count, Instant at) {
            return new Counters(polls, failures, itemsPublished + count, duplicates, unparseableDates,
                    count > 0 ? at : lastNewItemAt, mostItemsShown);
        }

        public Counters plusDuplicates(int count) {
            return new Counters(polls, failures, itemsPublished, duplicates + count, unparseableDates, lastNewItemAt,
                    mostItemsShown);
        }

        public Counters plusUnparseableDates(int count) {
            return new Counters(polls, failures, itemsPublished, duplicates, unparseableDates + count, lastNewItemAt,
                    mostItemsShown);
        }

        /** The first page showed {@code count} items: the window grows to it, never shrinks. */
        public Counters shown(int count) {
            return new Counters(polls, failures, itemsPublished, duplicates, unparseableDates, lastNewItemAt,
                    Math.max(mostItemsShown, count));
        }
    }
}
