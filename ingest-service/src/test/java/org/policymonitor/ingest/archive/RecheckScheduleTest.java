package org.policymonitor.ingest.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecheckScheduleTest {

    static final List<Duration> DEFAULT = Stream.of("PT1H", "PT6H", "P1D", "P3D", "P7D", "P30D")
            .map(Duration::parse).toList();
    static final Instant FIRST_SEEN = Instant.parse("2026-11-30T10:00:00Z");

    final RecheckSchedule schedule = new RecheckSchedule(DEFAULT, 0.1);

    @ParameterizedTest(name = "step {0} is due between {1} and {2} after first sight")
    @CsvSource({
            "0, PT1H, PT1H6M",
            "1, PT6H, PT6H36M",
            "2, P1D, PT26H24M",
            "3, P3D, PT79H12M",
            "4, P7D, PT184H48M",
            "5, P30D, P33D"})
    void eachStepIsDueAtItsOffsetPlusAJitterOfAtMostATenth(int step, Duration from, Duration until) {
        for (int i = 0; i < 200; i++) {
            Instant due = schedule.dueAt("item-" + i, FIRST_SEEN, step);
            assertThat(due).isBetween(FIRST_SEEN.plus(from), FIRST_SEEN.plus(until));
            assertThat(schedule.dueAt("item-" + i, FIRST_SEEN, step)).as("the same on every instance").isEqualTo(due);
        }
    }

    @Test
    void tenThousandArticlesFirstSeenInOnePollComeDueSpreadOverTheFirstStepsJitter() {
        Map<Long, Integer> perMinute = new HashMap<>();
        Map<Instant, Integer> perSecond = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            Instant due = schedule.dueAt(Integer.toHexString(i * 7919) + "abc", FIRST_SEEN, 0);
            perMinute.merge(Duration.between(FIRST_SEEN.plus(Duration.ofHours(1)), due).toMinutes(), 1, Integer::sum);
            perSecond.merge(due.truncatedTo(ChronoUnit.SECONDS), 1, Integer::sum);
        }
        // six minutes of jitter: every minute gets roughly a sixth, and no second much more than its even share (28)
        assertThat(perMinute).containsOnlyKeys(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(perMinute.values()).allSatisfy(n -> assertThat(n).isBetween(1_400, 1_950));
        assertThat(perSecond).hasSizeGreaterThan(340);
        assertThat(perSecond.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThan(60);
    }

    @ParameterizedTest(name = "after step {0} done at +{1}: next at +{2} (or none)")
    @CsvSource({
            "0, PT1H, PT6H",        // on time: the planned offset (plus jitter, 0 here)
            "0, PT1H5M, PT6H",      // a few minutes late: still the plan
            "0, PT5H, PT7H30M",     // late (a backlog): at least half the planned gap (2.5 h) later, not at once
            "0, PT20H, PT22H30M",
            "4, P7D, P30D",
            "5, P30D, ''"})         // the last step: no more re-checks
    void theNextStepKeepsToThePlanUnlessARecheckRanLate(int done, Duration doneAt, String expected) {
        RecheckSchedule noJitter = new RecheckSchedule(DEFAULT, 0);
        var next = noJitter.after("x", FIRST_SEEN, done, FIRST_SEEN.plus(doneAt));
        if (expected.isEmpty()) {
            assertThat(next).isEmpty();
        } else {
            assertThat(next).contains(FIRST_SEEN.plus(Duration.parse(expected)));
        }
    }

    @Test
    void aScheduleThatDoesNotIncreaseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new RecheckSchedule(List.of(Duration.ofHours(6), Duration.ofHours(1)), 0.1))
                .hasMessageContaining("must increase").hasMessageContaining("PT1H follows PT6H");
        assertThatThrownBy(() -> new RecheckSchedule(List.of(), 0.1)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new RecheckSchedule(DEFAULT, 1.5)).hasMessageContaining("jitter");
    }
}
