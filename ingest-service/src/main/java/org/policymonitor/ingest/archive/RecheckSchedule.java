package org.policymonitor.ingest.archive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an archived article is fetched again: at fixed offsets after it was first seen ({@code policy.archive.recheck},
 * default 1 h, 6 h, 1 d, 3 d, 7 d, 30 d), each pushed later by a jitter of up to {@code jitter} × the offset, derived
 * from the item id — so ten thousand articles first seen in one poll come due over minutes (1 h step: 0–6 min) or
 * days (30 d step: 0–3 d) rather than in one second, and every instance computes the same time. A re-check that ran
 * late (a backlog) never makes the next one follow at once: two re-checks are at least half their planned gap apart.
 * After the last step the article is not fetched again. Pure logic.
 */
public final class RecheckSchedule {

    /** A page answering 404/410 at the last step is checked once more after this, to confirm the removal. */
    public static final Duration CONFIRMATION = Duration.ofDays(1);

    private final List<Duration> steps;
    private final double jitter;

    public RecheckSchedule(List<Duration> steps, double jitter) {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("policy.archive.recheck needs at least one interval");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isNegative() || steps.get(i).isZero()) {
                throw new IllegalArgumentException("policy.archive.recheck: " + steps.get(i) + " is not positive");
            }
            if (i > 0 && steps.get(i).compareTo(steps.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("policy.archive.recheck must increase: " + steps.get(i)
                        + " follows " + steps.get(i - 1));
            }
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("policy.archive.jitter must be in [0, 1): " + jitter);
        }
        this.steps = List.copyOf(steps);
        this.jitter = jitter;
    }

    public int size() {
        return steps.size();
    }

    public List<Duration> steps() {
        return steps;
    }

    /** When step {@code step} (0-based) of the article is due. */
    public Instant dueAt(String itemId, Instant firstSeen, int step) {
        Duration offset = steps.get(step);
        long jitterMillis = (long) (offset.toMillis() * jitter * unit(itemId, step));
        return firstSeen.plus(offset).plusMillis(jitterMillis);
    }

    /**
     * @param done the step just re-checked
     * @return when the next step is due, or empty when {@code done} was the last
     */
    public Optional<Instant> after(String itemId, Instant firstSeen, int done, Instant now) {
        int next = done + 1;
        if (next >= steps.size()) {
            return Optional.empty();
        }
        Instant planned = dueAt(itemId, firstSeen, next);
        Instant earliest = now.plus(steps.get(next).minus(steps.get(done)).dividedBy(2));
        return Optional.of(planned.isAfter(earliest) ? planned : earliest);
    }

    /** A stable number in [0, 1) from the item id and step (a 64-bit mix of the id's bytes). */
    static double unit(String itemId, int step) {
        long h = 0xcbf29ce484222325L ^ step;
        for (byte b : itemId.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L; // FNV-1a
        }
        h ^= h >>> 33; // splitmix finaliser: spreads ids that differ only in their last characters
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
