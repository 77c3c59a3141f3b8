package org.policymonitor.testing;

import java.time.Duration;

/**
 * How long a test waits for what it expects, sized for the machine the suite must pass on: 2 cores running other
 * builds besides this one (load averages of 50–70 were seen; a 30 s wait timed out there). A wait on a condition
 * returns as soon as the condition holds, so a generous deadline costs a passing test nothing: it only makes a real
 * failure slower to report. A slower machine stretches every deadline with one factor,
 * {@code POLICY_TEST_DEADLINE_FACTOR=2} (or {@code -Dpolicy.test.deadline-factor=2} in an IDE).
 * <p>
 * Not for the windows in which nothing more may happen ({@code await().during(window)}, {@code drain(window)}): those
 * are the test's claim and do not grow with the load. The {@code atMost} of a {@code during} wait is a deadline like
 * the others, though: it bounds how long checking the window may take.
 */
public final class Deadlines {

    public static final String PROPERTY = "policy.test.deadline-factor";

    /** How much slower than the machine the deadlines were sized for; at least 1. */
    public static final double FACTOR = factor(System.getProperty(PROPERTY, System.getenv("POLICY_TEST_DEADLINE_FACTOR")));

    /**
     * What one service does in reaction to one input: a record consumed and stored, a mail or a webhook sent, a
     * record published, a file reloaded — seconds on a quiet machine.
     */
    public static final Duration ARRIVES = scaled(Duration.ofMinutes(2));

    /** What passes through several services started as processes (the system tests), or a backlog drained. */
    public static final Duration FLOWS = scaled(Duration.ofMinutes(4));

    private Deadlines() {
    }

    /** A deadline of the test's own (a restart, a timed-out attempt first), stretched by the factor. */
    public static Duration scaled(Duration base) {
        return FACTOR == 1 ? base : Duration.ofMillis(Math.round(base.toMillis() * FACTOR));
    }

    static double factor(String value) {
        if (value == null || value.isBlank() || value.startsWith("${")) {
            return 1;
        }
        try {
            return Math.max(1, Double.parseDouble(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be a number such as 2 or 1.5, not '" + value + "'", e);
        }
    }
}
