package org.policymonitor.alert.act;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way the text being read writes slashed dates. Every source we read (BelTA, president.gov.by, the Academy of
 * Sciences, UNDP: {@code ingest-service/src/main/resources/sources.yaml}) writes numeric dates day first, so
 * "03/04/2031" is 3 April — unless the text itself shows it is written month first: one of its slashed dates can only
 * be month first ("12/25/2030") and none can only be day first ("25/12/2030"). The extractor is not told the item's
 * site (the same text may be quoted anywhere), so the text is the only evidence of its convention.
 * <p>
 * {@link ActExtractor#extract(String, String)} sets the text for its thread while it reads one field, so that the date
 * parser, called from many rules, needs no extra argument; the text is scanned only when a date is ambiguous.
 */
final class SlashedDates {

    private static final ThreadLocal<Reading> TEXT = new ThreadLocal<>();
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/\\d{4}(?!\\d)");

    private SlashedDates() {
    }

    static void reading(String lower) {
        TEXT.set(new Reading(lower));
    }

    static void done() {
        TEXT.remove();
    }

    /** Whether the text being read writes its slashed dates month first (see the class comment). */
    static boolean monthFirst() {
        Reading reading = TEXT.get();
        if (reading == null) {
            return false;
        }
        if (reading.monthFirst == null) { // once per text: a long text may hold many ambiguous dates
            reading.monthFirst = scan(reading.text);
        }
        return reading.monthFirst;
    }

    private static boolean scan(String text) {
        boolean monthFirst = false;
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (first > 12 && second <= 12) {
                return false; // "25/12/2030": this text writes the day first
            }
            monthFirst |= first <= 12 && second > 12;
        }
        return monthFirst;
    }

    /** The text one thread is reading, and its convention once asked. */
    private static final class Reading {
        final String text;
        Boolean monthFirst;

        Reading(String text) {
            this.text = text;
        }
    }
}
