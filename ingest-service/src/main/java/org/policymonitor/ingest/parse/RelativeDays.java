package org.policymonitor.ingest.parse;

import java.util.Locale;

/**
 * The words a page dates its newest articles with instead of a date — today, yesterday, the day before — in the
 * spellings Belarusian sites print: Russian (Сегодня, Вчера, Позавчера), Belarusian with and without "ў" (Сёння,
 * Учора, Ўчора, Пазаўчора, Пазаучора), the Ukrainian spellings some pages use (Сьогодні, Вчора, Позавчора) and English.
 * One list for the date parser, which reads them into dates, and the archive, which must not take "Сегодня, 14:05" →
 * "Вчера, 14:05" for an edit: until 6 December 2026 each kept its own, and the archive's lacked the Ukrainian spellings
 * the parser had learnt.
 */
public final class RelativeDays {

    /** A past day's word, as a regular-expression alternation (match case-insensitively, Unicode case). */
    public static final String PAST_DAY = "сегодня|сёння|сення|сьогодні|today|вчера|учора|ўчора|вчора|yesterday"
            + "|позавчера|пазаўчора|пазаучора|позавчора";
    /** The word between the day and its time: "Вчера в 14:05", "Учора ў 14:05", "Вчора о 14:05", "Yesterday at 2:05". */
    public static final String AT = "в|у|ў|о|at";

    private RelativeDays() {
    }

    /** How many days before today {@code word} (one of {@link #PAST_DAY}, any case) names: 0, 1 or 2. */
    public static int daysBefore(String word) {
        String day = word.toLowerCase(Locale.ROOT);
        if (day.startsWith("поза") || day.startsWith("паза")) {
            return 2;
        }
        return switch (day) {
            case "вчера", "учора", "ўчора", "вчора", "yesterday" -> 1;
            default -> 0;
        };
    }
}
