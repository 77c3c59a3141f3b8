package org.policymonitor.ingest.poll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.source.FailureReason;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source's state is changed part by part with named calls: each {@code with…} replaces its own part and nothing
 * else, and the steps of a poll (a failure, a success) move exactly the values they name — where a positional
 * constructor of 21 values let two instants or two counts trade places and still compile.
 */
class SourceStateTest {

    private static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofMinutes(15));
    private static final Instant T2 = T1.plus(Duration.ofMinutes(15));

    /** A state with every part set to something other than its initial value. */
    private static final SourceState BUSY = SourceState.initial("s", T0)
            .withHealth(new SourceState.Health(SourceHealth.OK, "fine", T0, true))
            .withConditionalGet(new SourceState.ConditionalGet(new Validators("\"e1\"", "Wed, 04 Mar 2026"), "https://a/rss"))
            .withSchedule(new SourceState.Schedule(T0, T0, 0, T1))
            .withLastError(new SourceState.LastError(FailureReason.TIMEOUT, "read timed out", T0))
            .withCounters(new SourceState.Counters(3, 1, 20, 5, 2, T0));

    static Stream<Arguments> eachPart() {
        return Stream.of(
                part("health", s -> s.withHealth(new SourceState.Health(SourceHealth.FAILING, "down", T2, false)),
                        (s, old) -> s.withHealth(old.health())),
                part("conditional GET", s -> s.withConditionalGet(SourceState.ConditionalGet.NONE),
                        (s, old) -> s.withConditionalGet(old.conditionalGet())),
                part("schedule", s -> s.withSchedule(s.schedule().failed(T2, T2.plusSeconds(60))),
                        (s, old) -> s.withSchedule(old.schedule())),
                part("last error", s -> s.withLastError(SourceState.LastError.NONE),
                        (s, old) -> s.withLastError(old.lastError())),
                part("counters", s -> s.withCounters(s.counters().plusPoll()),
                        (s, old) -> s.withCounters(old.counters())));
    }

    private static Arguments part(String name, UnaryOperator<SourceState> change,
                                  BinaryOperator<SourceState> putBack) {
        return Arguments.of(name, change, putBack);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachPart")
    void eachWithChangesItsOwnPartAndNothingElse(String name, UnaryOperator<SourceState> change,
                                                 BinaryOperator<SourceState> putBack) {
        SourceState changed = change.apply(BUSY);

        assertThat(changed).as(name).isNotEqualTo(BUSY);
        // putting the old part back gives the old state: nothing else moved
        assertThat(putBack.apply(changed, BUSY)).as(name).isEqualTo(BUSY);
    }

    @Test
    void aFailureThenASuccessMoveTheValuesTheyName() {
        SourceState failed = BUSY
                .withSchedule(BUSY.schedule().failed(T1, T1.plusSeconds(60)))
                .withLastError(new SourceState.LastError(FailureReason.HTTP_STATUS, "HTTP 503", T1))
                .withCounters(BUSY.counters().plusFailedPoll());

        assertThat(failed.schedule()).isEqualTo(new SourceState.Schedule(T1, T0, 1, T1.plusSeconds(60)));
        assertThat(failed.counters().polls()).isEqualTo(4);
        assertThat(failed.counters().failures()).isEqualTo(2);

        SourceState succeeded = failed
                .withSchedule(failed.schedule().succeeded(T2, T2.plus(Duration.ofMinutes(15))))
                .withCounters(failed.counters().plusPoll().plusPublished(7, T2).plusDuplicates(13)
                        .plusUnparseableDates(1));

        assertThat(succeeded.schedule().lastPolledAt()).isEqualTo(T2);
        assertThat(succeeded.schedule().lastSuccessAt()).isEqualTo(T2);
        assertThat(succeeded.schedule().consecutiveFailures()).isZero();
        assertThat(succeeded.schedule().nextPollAt()).isEqualTo(T2.plus(Duration.ofMinutes(15)));
        assertThat(succeeded.counters()).isEqualTo(new SourceState.Counters(5, 2, 27, 18, 3, T2));
        assertThat(succeeded.lastError().message()).as("a good poll keeps the last error for the API")
                .isEqualTo("HTTP 503");
    }

    @Test
    void nothingPublishedLeavesTheTimeOfTheLastNewItem() {
        SourceState.Counters counters = BUSY.counters().plusPoll().plusPublished(0, T2);
        assertThat(counters.lastNewItemAt()).isEqualTo(T0);
        assertThat(counters.itemsPublished()).isEqualTo(20);
    }

    @Test
    void validatorsAreSentBackOnlyToTheUrlThatGaveThem() {
        SourceState.ConditionalGet get = BUSY.conditionalGet();
        assertThat(get.validatorsFor("https://a/rss").etag()).isEqualTo("\"e1\"");
        assertThat(get.validatorsFor("https://a/fallback")).isEqualTo(Validators.NONE);
        assertThat(SourceState.initial("s", T0).conditionalGet().validatorsFor("https://a/rss")).isEqualTo(Validators.NONE);
    }

    @Test
    void aNewSourceIsUnknownSinceItWasFirstSeenAndCountsNothing() {
        SourceState fresh = SourceState.initial("s", T0);
        assertThat(fresh.health()).isEqualTo(new SourceState.Health(SourceHealth.UNKNOWN, null, T0, true));
        assertThat(fresh.trackedSince()).isEqualTo(T0);
        assertThat(fresh.schedule()).isEqualTo(SourceState.Schedule.NONE);
        assertThat(fresh.counters()).isEqualTo(SourceState.Counters.NONE);
        assertThat(fresh.lastError()).isEqualTo(SourceState.LastError.NONE);
    }
}
