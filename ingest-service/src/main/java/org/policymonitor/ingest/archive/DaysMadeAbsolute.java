package org.policymonitor.ingest.archive;

import org.policymonitor.ingest.parse.RelativeDays;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative day in an article's line of facts that a later version prints as a date: "Вчера, 14:05" one day,
 * "3 декабря, 14:05" once the CMS stops counting days ("Yesterday at 2:05 PM" → "December 3 at 2:05 PM", "Учора,
 * 14:05" → "3 снежня, 14:05"). The archive leaves a relative day out of what it hashes ({@link VolatileFacts}), but
 * not a date, which is the article's own ("3 декабря" → "4 декабря" is a moved meeting). So two texts whose hashes
 * differ are still the same version when they differ only there: the same words once each day with its time is set
 * aside, the same times in the same places, and each date of one facing a relative day of the other or the same
 * date. Only in lines of facts, as {@link VolatileFacts} reads them.
 * <p>
 * The limit: which date a relative day was is not checked (the archive does not keep when the version with it was
 * fetched, nor the site's time zone), so "Вчера, 14:05" → "5 декабря, 14:05", a day told wrong, is taken as the same
 * moment too; a date changed while the time stays is still seen once both versions print dates. Pure logic.
 */
final class DaysMadeAbsolute {

    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F]";
    /** Russian and Belarusian months in the genitive, English ones whole or cut ("Dec.", "Sept"). */
    private static final String MONTH = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
            + "|декабря|студзеня|лютага|сакавіка|красавіка|траўня|чэрвеня|ліпеня|жніўня|верасня|кастрычніка"
            + "|лістапада|снежня|january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
    private static final String YEAR = "(?:,?" + SPACE + "*\\d{4}(?:" + SPACE + "*(?:г\\.|года|гада))?)?";
    private static final String BEFORE_TIME = SPACE + "*,?" + SPACE + "*(?:(?:" + RelativeDays.AT + ")" + SPACE + "+)?";
    private static final String TIME = "(?<time>\\d{1,2}:\\d{2}(?:" + SPACE + "*(?:am|pm|a\\.m\\.|p\\.m\\.))?)"
            + "(?![\\p{L}\\d])";
    /** "3 декабря, 14:05", "3 снежня 2026 г. у 14:05", "December 3 at 2:05 PM", "3 Dec 2026, 14:05". */
    private static final Pattern DATE_AND_TIME = Pattern.compile("(?<![\\p{L}\\d])(?<date>\\d{1,2}" + SPACE + "+"
            + MONTH + YEAR + "|" + MONTH + SPACE + "+\\d{1,2}(?:st|nd|rd|th)?" + YEAR + ")" + BEFORE_TIME + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** As {@link VolatileFacts} reads it: "Сегодня, 14:05", "Вчера в 14:05", "Вчора о 14:05", "Yesterday at 2:05 PM". */
    private static final Pattern RELATIVE_DAY_AND_TIME = Pattern.compile("(?<![\\p{L}\\d])(?:" + RelativeDays.PAST_DAY
            + ")" + BEFORE_TIME + TIME, Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");

    /** A day with its time as a line of facts tells it; {@code date} is null for a relative day. */
    private record Day(String date, String time) {
    }

    /** A text with the days of its lines of facts set aside: what is left, and the days in their order. */
    private record Told(String rest, List<Day> days) {
    }

    private DaysMadeAbsolute() {
    }

    /** Whether {@code before} and {@code after} differ only in relative days of one that the other tells as dates. */
    static boolean sameMoments(String before, String after) {
        if (before == null || after == null) {
            return false;
        }
        Told was = told(before);
        Told now = told(after);
        if (!was.rest().equals(now.rest()) || was.days().size() != now.days().size()) {
            return false;
        }
        boolean madeAbsolute = false;
        for (int i = 0; i < was.days().size(); i++) {
            Day a = was.days().get(i);
            Day b = now.days().get(i);
            if (!a.time().equals(b.time()) || (a.date() != null && b.date() != null && !a.date().equals(b.date()))) {
                return false; // another time, or "3 декабря" → "4 декабря": the article's own date moved
            }
            madeAbsolute |= (a.date() == null) != (b.date() == null);
        }
        return madeAbsolute;
    }

    private static Told told(String text) {
        List<Day> days = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        for (String line : ArticleTexts.visible(text).split("\n", -1)) {
            List<Day> own = new ArrayList<>();
            String without = line.length() <= VolatileFacts.MAX_FACTS_LINE ? setAside(line, own) : line;
            if (!own.isEmpty() && VolatileFacts.isFactsLine(without)) {
                days.addAll(own);
                rest.append(VolatileFacts.without(without));
            } else {
                rest.append(VolatileFacts.without(line));
            }
            rest.append('\n');
        }
        return new Told(WHITESPACE.matcher(rest).replaceAll(" ").strip(), days);
    }

    /** The line without its days, each added to {@code days} in the order the line tells them. */
    private static String setAside(String line, List<Day> days) {
        StringBuilder out = new StringBuilder();
        Matcher date = DATE_AND_TIME.matcher(line);
        Matcher relative = RELATIVE_DAY_AND_TIME.matcher(line);
        int at = 0;
        while (true) {
            boolean d = date.find(at);
            boolean r = relative.find(at);
            if (!d && !r) {
                break;
            }
            Matcher first = d && (!r || date.start() <= relative.start()) ? date : relative;
            days.add(new Day(first == date ? normalised(date.group("date")) : null, normalised(first.group("time"))));
            out.append(line, at, first.start()).append(' ');
            at = first.end();
        }
        return out.append(line, at, line.length()).toString();
    }

    private static String normalised(String s) {
        return WHITESPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
