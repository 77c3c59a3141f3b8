package org.policymonitor.alert.support;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Digest settings for tests that send their digest themselves (flush). */
public final class Digests {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    private Digests() {
    }

    /**
     * A daily digest ({@code "digest"} object of a subscription) due twelve hours from now, so that the scheduler never
     * sends it during the test: a fixed time (07:00 or 08:30 in Minsk) fell inside a test's few seconds when the suite
     * ran across it — a delivery created a second before was due at once and went out alone, and the flushed digest
     * lacked it (about one run in 1,500 for the four digest tests, at times of day that CI runs do reach).
     */
    public static String dailyFarFromNow() {
        String at = LocalTime.now(MINSK).plusHours(12).format(DateTimeFormatter.ofPattern("HH:mm"));
        return "{\"period\":\"daily\",\"at\":\"" + at + "\",\"timeZone\":\"Europe/Minsk\"}";
    }
}
