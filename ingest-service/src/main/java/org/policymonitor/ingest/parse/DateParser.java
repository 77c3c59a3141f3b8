package org.policymonitor.ingest.parse;

import org.policymonitor.ingest.source.DateOrder;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates real feeds and listings write: RFC 822/1123 ({@code Thu, 17 Jun 2021 11:34:41 +0300}, also
 * without weekday or seconds, two-digit years, zone names), ISO 8601 ({@code 2025-05-19T10:00:00+03:00}),
 * {@code dd.mm.yyyy [HH:mm]}, {@code February 4, 2020}, {@code 4 February 2020} and Russian or Belarusian month
 * names ({@code 17 июня 2021 г., 11:34}).
 * <p>
 * An offset written in the text is kept as written. A date without one is read in the zone the caller gives
 * (the source's configured zone) — never in the machine's zone. Text that is not a date gives null, and so does a
 * date with an implausible year.
 */
public final class DateParser {

    /** "at" before the time: Russian в, Belarusian у or ў, English at. */
    private static final String AT = "(?:в\\s+|у\\s+|ў\\s+|at\\s+)";
    /**
     * An offset, also after GMT/UTC ({@code GMT+3}, {@code UTC+03:00}), a zone abbreviation ({@code MSK}) or an IANA
     * region ({@code Europe/Minsk}, as pages printing the server's zone write it) — unknown names and regions: unreadable.
     */
    private static final String ZONE = "((?:GMT|UTC|UT)?[+-]\\d{1,2}(?::?\\d{2})?|Z|z|UTC|UT|GMT"
            + "|[A-Z][A-Za-z]+(?:/[A-Za-z_+-]+){1,2}|[A-Z]{2,5}|МСК|мск)";
    /**
     * What stands between a date and its time: a comma, a bar, a slash, a hyphen, an en or em dash, a bullet or a
     * middle dot ({@code 5 декабря 2026 — 14:05}, {@code Вчера • 14:05}, {@code Dec 5 · 2:05 PM}).
     */
    private static final String BEFORE_TIME = "[,|/•·–—-]";
    /**
     * An ordinal ending after a day: English {@code 5th}, Russian {@code 5-го} and Belarusian {@code 5-га} ("the fifth
     * of December"), which some pages write before the month name.
     */
    private static final String ORDINAL = "(?:st|nd|rd|th|-го|-га)?";
    /** am/pm, also as AP style writes them, with dots ({@code 2:05 p.m.}). */
    private static final String AM_PM = "([AaPp]\\.?[Mm]\\.?)";
    /** The same am/pm without a group of its own, for a time moved as a whole. */
    private static final String AM_PM_WORD = "[AaPp]\\.?[Mm]\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?(?:\\s*" + AM_PM + ")?)?\\s*"
                    + ZONE + "?"
                    + "(?:\\[[\\w/+-]+])?");
    /**
     * [weekday,] d month yyyy [г.] [, [в|at] HH:mm[:ss]] [zone] — RFC 822 and the Russian style; also RFC 850's
     * {@code 02-Dec-26} and Drupal's {@code " - "} before the time.
     */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:\\p{L}+\\.?,?\\s+)?(\\d{1,2})" + ORDINAL + "\\.?(?:\\s+|-)(\\p{L}+)\\.?,?(?:\\s+|-)(\\d{2,4})(?:\\s*(?:г\\.?|года))?"
                    + "(?:\\s*" + BEFORE_TIME + "?\\s*" + AT + "?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?)?\\s*(?:" + AM_PM + "\\s*)?"
                    + ZONE + "?");
    /** [weekday,] Month d[th], yyyy [[at] HH:mm[:ss] [am|pm]] [zone] — "February 4, 2020". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:\\p{L}+,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:\\s*" + BEFORE_TIME + "?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*" + AM_PM + "?)?\\s*" + ZONE
                    + "?");
    /**
     * [weekday,] [HH:mm[,|/]] dd.mm.yyyy [г.] [[,|/-] HH:mm[:ss] [am|pm]] [zone], also with '/' or '-' (then
     * possibly month first, {@code 11/25/2026 2:30 PM}) — NASB and listing pages, Drupal's {@code Чт, 03.12.2026 - 09:00}.
     */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?:\\p{L}+\\.?,?\\s+)?(?:(\\d{1,2}):(\\d{2})\\s*[,|/]?\\s*)?(\\d{1,2})([./-])(\\d{1,2})\\4(\\d{2,4})(?:\\s*г\\.?)?"
                    + "(?:\\s*" + BEFORE_TIME + "?\\s*" + AT + "?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?)?\\s*(?:" + AM_PM + "\\s*)?" + ZONE
                    + "?");
    /** yyyy/mm/dd or yyyy.mm.dd [HH:mm[:ss]] [zone]. */
    private static final Pattern YEAR_SLASH = Pattern.compile(
            "(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?:\\s*,?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*" + ZONE + "?");
    /**
     * ISO 8601's compact ("basic") form, yyyymmddThhmm[ss[.fff]] [zone] ({@code 20261205T140500Z},
     * {@code 20261205T1405+0300}), as iCalendar-minded tools write it: the T is required, so a number alone stays one.
     */
    private static final Pattern COMPACT_ISO = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(?:(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*" + ZONE + "?");
    /** Unix time in seconds or milliseconds ({@code data-timestamp="1796209500"}). */
    private static final Pattern UNIX_TIME = Pattern.compile("(\\d{10})(\\d{3})?");
    /** d[th] month [, [в|at] HH:mm [am|pm]] — this year's news on a listing that leaves the year out. */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})" + ORDINAL + "\\.?\\s+(\\p{L}+)\\.?(?:\\s*" + BEFORE_TIME + "?\\s*" + AT
                    + "?(\\d{1,2})[:.](\\d{2})\\s*" + AM_PM + "?)?");
    /** Month d [, [at] HH:mm [am|pm]]. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*" + BEFORE_TIME + "?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*"
                    + AM_PM + "?)?");
    /**
     * A word and a comma or space before a date without a year ("Суббота, 5 декабря", "Sat, Dec 5"): taken away when
     * {@link #WEEKDAYS} knows it as a weekday, and then checked against the date read.
     */
    private static final Pattern WEEKDAY_FIRST = Pattern.compile("(\\p{L}+)\\.?,?\\s+(?=\\S)");
    /**
     * Сегодня, 14:05 / Вчера в 9.15 / Сёння / Учора / Today / Yesterday at 18:20, and the Ukrainian spellings
     * (Сьогодні, Вчора о 14:05, Позавчора) some Belarusian pages use — also the day alone ("Сегодня",
     * "Yesterday."), which listings write for the newest items: that day at midnight, as a date without a time.
     */
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?iu)(" + RelativeDays.PAST_DAY + ")\\.?(?:\\s*" + BEFORE_TIME + "?\\s*(?:(?:" + RelativeDays.AT + ")\\s+)?"
                    + "(\\d{1,2})[:.](\\d{2})(?:\\s*" + AM_PM + ")?)?");
    /**
     * How long ago: "5 минут назад", "2 часа назад", "10 хвілін таму", "3 hours ago", without a number ("час назад",
     * "an hour ago"), abbreviated ("5 мин. назад", "45 mins ago"); read after the Latin look-alikes are made Cyrillic.
     */
    private static final Pattern AGO = Pattern.compile(
            "(?iu)(\\d{1,4}|an?)?\\s*(\\p{L}+)\\.?\\s+(?:назад|таму|ago)");
    /** Right now: "только что", "толькі што", "just now". */
    private static final Pattern JUST_NOW = Pattern.compile("(?iu)только что|толькі што|just now");
    /** Half an hour ago, in words without a number: "полчаса назад", "паўгадзіны таму", "half an hour ago". */
    private static final Pattern HALF_AN_HOUR_AGO = Pattern.compile(
            "(?iu)полчаса\\s+назад|па[ўу]гадзіны\\s+таму|half\\s+an\\s+hour\\s+ago");
    /**
     * The time alone ({@code 14:05}), as a news lenta prints it for the day's items: the latest such moment not after
     * the poll. A colon only: {@code 10.12} may be a day and month. A zone after it ({@code 14:05 Europe/Minsk},
     * {@code 14:05 MSK}) says the day and time are that zone's.
     */
    private static final Pattern TIME_ALONE = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*" + AM_PM + ")?(?:\\s*" + ZONE + ")?");
    /**
     * How far ahead of the poll a time alone may be and still be today's: the site's clock running a few minutes
     * ahead of ours. Further ahead it is yesterday's ({@code 23:50} read at 00:10).
     */
    static final Duration CLOCK_AHEAD = Duration.ofMinutes(10);
    /**
     * A dotted day and month without a year before its time ({@code 05.12 23:10}, {@code 05.12, 23:10}, {@code 05.12 в
     * 23:10}), as a lenta prints the days before today. Without the time it is not read: {@code 10.12} may be a time.
     */
    private static final Pattern DAY_MONTH_NUMERIC = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.?\\s*" + BEFORE_TIME + "?\\s*" + AT + "?(\\d{1,2}):(\\d{2})");
    /** A comment after an RFC 822 zone ({@code +0300 (MSK)}) or JavaScript's zone name ({@code (Moscow Standard Time)}). */
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*\\([^()]*\\)$");
    /** asctime: "Thu Jun 17 11:34:41 2021". */
    private static final Pattern ASCTIME = Pattern.compile(
            "\\p{L}{3}\\s+(\\p{L}{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(\\d{4})");

    /**
     * 14:05, 2 декабря 2026 — the time before a day and month name, an RFC 850 date ({@code 14:05, 05-Dec-2026}), a
     * named day ({@code 14:05 | Вчера}) or, on a 12-hour clock, a month name and its day ({@code 12:30 PM, December 4,
     * 2026}): read as if it came after the date. The am/pm stays with its time (possessive: never the "day" itself).
     */
    private static final Pattern TIME_FIRST = Pattern.compile(
            "(\\d{1,2}:\\d{2}(?:\\s*" + AM_PM_WORD + ")?+)\\s*" + BEFORE_TIME
                    + "?\\s*(\\d{1,2}(?:\\.?\\s+|-)\\p{L}.*|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\p{L}+\\.?)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A label before the date, ending with a colon: "Опубликовано: 04.12.2026", "Дата публикации:", "Published:"
     * (Joomla and 1C-Bitrix templates print it in the date's element). Letters only, up to three words.
     */
    private static final Pattern LABEL = Pattern.compile("^\\p{L}+(?:\\s\\p{L}+){0,2}:\\s*(?=\\S)");
    /** The weekday after a date ("4 декабря 2026, пятница"), in Russian, Belarusian or English. */
    private static final Pattern TRAILING_WEEKDAY = Pattern.compile("(?iu),?\\s*(?:понедельник|вторник|среда"
            + "|четверг|пятница|суббота|воскресенье|панядзелак|аўторак|серада|чацвер|пятніца|субота|нядзеля"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$");
    private static final Pattern GMT_PREFIX = Pattern.compile("^(?:GMT|UTC|UT)(?=[+-])");
    /** Latin letters that look like Cyrillic ones, and those Cyrillic letters at the same places. */
    private static final String LATIN_LOOK_ALIKES = "iaceopxy";
    private static final String CYRILLIC_LOOK_ALIKES = "іасеорху";
    /** Earliest year taken as a publication date. */
    static final int FIRST_YEAR = 1900;
    /** How far after the poll a publication date may be: a day, as for a day and month without a year (zones ahead). */
    static final Duration AHEAD = Duration.ofDays(1);
    /**
     * A day and month without a year whose next occurrence is at most this many days after the poll is that coming
     * day (a listing of coming events, an announcement: "Dec 8" read on 6 December), so unread like any date ahead —
     * not last year's, which it stays further ahead ("30 декабря" read on 2 December, last December's item in January).
     */
    static final int COMING_DAYS = 7;
    /**
     * How near the Unix epoch a date is the epoch written in some zone (01.01.1970, 31 Dec 1969 19:00 EST): what a
     * CMS prints for a timestamp it does not have.
     */
    static final Duration EPOCH_PLACEHOLDER = Duration.ofDays(1);
    /** The word before a numeric date ("Чт, 03.12.2026"): a weekday when {@link #WEEKDAYS} knows it. */
    private static final Pattern LEADING_WORD = Pattern.compile("(\\p{L}+)\\.?,?\\s+(?=\\d)");
    /** Weekday names and abbreviations in Russian, Belarusian and English, lower case. */
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, ZoneOffset> ZONE_NAMES = new HashMap<>();
    /**
     * Belarusian abbreviations of two letters, "07 сн. 2026" (снежань) and "жн." (жнівень), which the three-letter
     * prefixes of {@link #MONTHS} cannot hold: until 7 December 2026 such dates were not read. No other month has one.
     */
    private static final Map<String, Integer> TWO_LETTER_MONTHS = Map.of("сн", 12, "жн", 8);

    static {
        String[][] names = {
                {"jan", "янв", "сту"}, {"feb", "фев", "лют"}, {"mar", "мар", "сак"}, {"apr", "апр", "кра"},
                {"may", "мая", "май", "тра"}, {"jun", "июн", "чэр"}, {"jul", "июл", "ліп", "лип"},
                {"aug", "авг", "жні", "жни"}, {"sep", "сен", "вер"}, {"oct", "окт", "кас"}, {"nov", "ноя", "ліс", "лис"},
                {"dec", "дек", "сне", "сьн"}};
        for (int m = 0; m < names.length; m++) {
            for (String prefix : names[m]) {
                MONTHS.put(prefix, m + 1);
            }
        }
        String[][] weekdays = {
                {"понедельник", "пн", "пон", "панядзелак", "mon", "monday"},
                {"вторник", "вт", "вто", "аўторак", "аў", "аут", "tue", "tues", "tuesday"},
                {"среда", "ср", "сре", "серада", "wed", "wednesday"},
                {"четверг", "чт", "чет", "чацвер", "чц", "thu", "thur", "thurs", "thursday"},
                {"пятница", "пт", "пят", "пятніца", "fri", "friday"},
                {"суббота", "сб", "суб", "субота", "sat", "saturday"},
                {"воскресенье", "вс", "вос", "воскр", "нядзеля", "нд", "sun", "sunday"}};
        for (int d = 0; d < weekdays.length; d++) {
            for (String name : weekdays[d]) {
                WEEKDAYS.put(name, DayOfWeek.of(d + 1));
            }
        }
        ZONE_NAMES.put("Z", ZoneOffset.UTC);
        ZONE_NAMES.put("UT", ZoneOffset.UTC);
        ZONE_NAMES.put("UTC", ZoneOffset.UTC);
        ZONE_NAMES.put("GMT", ZoneOffset.UTC);
        ZONE_NAMES.put("EST", ZoneOffset.ofHours(-5));
        ZONE_NAMES.put("EDT", ZoneOffset.ofHours(-4));
        ZONE_NAMES.put("CST", ZoneOffset.ofHours(-6));
        ZONE_NAMES.put("CDT", ZoneOffset.ofHours(-5));
        ZONE_NAMES.put("MST", ZoneOffset.ofHours(-7));
        ZONE_NAMES.put("MDT", ZoneOffset.ofHours(-6));
        ZONE_NAMES.put("PST", ZoneOffset.ofHours(-8));
        ZONE_NAMES.put("PDT", ZoneOffset.ofHours(-7));
        ZONE_NAMES.put("MSK", ZoneOffset.ofHours(3));
        ZONE_NAMES.put("МСК", ZoneOffset.ofHours(3)); // Moscow time as Russian sites write it: "14:05 МСК"
        ZONE_NAMES.put("CET", ZoneOffset.ofHours(1));
        ZONE_NAMES.put("CEST", ZoneOffset.ofHours(2));
        ZONE_NAMES.put("EET", ZoneOffset.ofHours(2));
        ZONE_NAMES.put("EEST", ZoneOffset.ofHours(3));
        ZONE_NAMES.put("BST", ZoneOffset.ofHours(1));
        ZONE_NAMES.put("MSD", ZoneOffset.ofHours(4));
        ZONE_NAMES.put("FET", ZoneOffset.ofHours(3)); // Belarus's "Further-eastern European Time", 2011–2014
    }

    private DateParser() {
    }

    /**
     * @param raw  the date text as the document wrote it (may be null)
     * @param zone the zone of a date that has no offset (the source's zone; UTC when null)
     * @return the date with its offset, or null when the text is not a date this parser knows
     */
    public static OffsetDateTime parse(String raw, ZoneId zone) {
        return parse(raw, zone, Instant.now());
    }

    /**
     * @param now the moment of the poll: a date without a year ({@code 2 декабря, 14:05}) is the latest such day
     *            not after tomorrow in {@code zone}, unless its next occurrence is within {@value #COMING_DAYS} days
     *            (then a coming day: null); {@code Сегодня}/{@code Вчера} are that day and the one before
     */
    public static OffsetDateTime parse(String raw, ZoneId zone, Instant now) {
        return parse(raw, zone, now, DateOrder.DAY_FIRST);
    }

    /**
     * @param order how the source writes a numeric date that both readings allow ({@code 11/05/2026}); a date only
     *              one reading allows ({@code 11/25/2026}) is read that way whatever the order, a dotted one is always
     *              day first, and a weekday before the date decides between the two readings
     */
    public static OffsetDateTime parse(String raw, ZoneId zone, Instant now, DateOrder order) {
        return plausible(read(raw, zone, now, order), now);
    }

    /** {@link #parse(String, ZoneId, DateOrder)} at the present moment. */
    public static OffsetDateTime parse(String raw, ZoneId zone, DateOrder order) {
        return parse(raw, zone, Instant.now(), order);
    }

    /**
     * The order a date's own numbers prove: {@code 25/11/2026} can only be day first, {@code 11/25/2026} only month
     * first; null for any other text (a date both readings allow, a dotted or a named-month date, no date). A listing
     * reads its ambiguous dates the way its unambiguous ones prove.
     */
    static DateOrder provenOrder(String raw) {
        String s = normalised(raw);
        if (s == null) {
            return null;
        }
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches() || m.group(4).equals(".")) {
            return null;
        }
        int first = Integer.parseInt(m.group(3));
        int second = Integer.parseInt(m.group(5));
        if (first > 12 && second >= 1 && second <= 12) {
            return DateOrder.DAY_FIRST;
        }
        if (second > 12 && first >= 1 && first <= 12) {
            return DateOrder.MONTH_FIRST;
        }
        return null;
    }

    /**
     * Whether the whole text is written as a date (or a date and time), whatever its year: a listing uses it to keep
     * a date label from being taken as an item's title.
     */
    static boolean looksLikeDate(String text) {
        return read(text, ZoneOffset.UTC, Instant.now(), DateOrder.DAY_FIRST) != null;
    }

    /**
     * Null before {@value #FIRST_YEAR} (a typo such as {@code 12.05.1025}) and more than {@link #AHEAD} after
     * {@code now}: a publication date still to come (a listing of coming events, a site's wrong year or zone) stood
     * first in the newest-first inbox until that day; the raw text is kept for the analyst. Null within a day of the
     * Unix epoch too: a CMS's zero timestamp (a null date formatted, {@code 1970-01-01T00:00:00Z}) sank the item under
     * every other in that inbox, where nobody looks. An offset with seconds (a
     * zone's local mean time, e.g. {@code +01:50:16} in Minsk before 1924 or {@code -00:44:30} in Monrovia until
     * 1972) is rounded to whole minutes at the same instant, so that every offset is {@code Z} or {@code ±HH:MM} —
     * what the consumers' {@code VARCHAR(8)} holds.
     */
    static OffsetDateTime plausible(OffsetDateTime t, Instant now) {
        if (t == null || t.getYear() < FIRST_YEAR || t.toInstant().isAfter(now.plus(AHEAD))
                || Duration.between(Instant.EPOCH, t.toInstant()).abs().compareTo(EPOCH_PLACEHOLDER) <= 0) {
            return null;
        }
        int seconds = t.getOffset().getTotalSeconds();
        if (seconds % 60 == 0) {
            return t;
        }
        return t.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(Math.round(seconds / 60f) * 60));
    }

    /**
     * The text with its spaces, a trailing comment, a leading label and a trailing weekday taken away and a leading
     * time moved after the date; null when nothing (or too much to be a date) is left.
     */
    private static String normalised(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SPACES.matcher(raw.replace('\u00A0', ' ')).replaceAll(" ").trim();
        s = TRAILING_COMMENT.matcher(s).replaceFirst("");
        s = LABEL.matcher(s).replaceFirst("");
        s = TRAILING_WEEKDAY.matcher(s).replaceFirst("");
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        Matcher timeFirst = TIME_FIRST.matcher(s);
        // not a zone after the time ("14:05 MSK"): that is the time's own, read with it
        return timeFirst.matches() && offset(timeFirst.group(2)) == null ? timeFirst.group(2) + " " + timeFirst.group(1) : s;
    }

    private static OffsetDateTime read(String raw, ZoneId zone, Instant now, DateOrder order) {
        String s = normalised(raw);
        if (s == null) {
            return null;
        }
        ZoneId local = zone == null ? ZoneOffset.UTC : zone;
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return iso(m, local, s);
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                Integer month = month(m.group(2));
                if (month != null) {
                    return build(year(m.group(3)), month, m.group(1), m.group(4), m.group(5), m.group(6), null,
                            m.group(8), m.group(7), local);
                }
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                Integer month = month(m.group(1));
                if (month != null) {
                    return build(year(m.group(3)), month, m.group(2), m.group(4), m.group(5), m.group(6), null,
                            m.group(8), m.group(7), local);
                }
            }
            m = NUMERIC.matcher(s);
            if (m.matches()) {
                return numeric(m, s, local, order);
            }
            m = YEAR_SLASH.matcher(s);
            if (m.matches()) {
                return build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(4), m.group(5),
                        m.group(6), m.group(7), null, m.group(8), null, local);
            }
            m = COMPACT_ISO.matcher(s);
            if (m.matches()) {
                return build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4),
                        m.group(5), m.group(6), m.group(7), m.group(8), null, local);
            }
            m = UNIX_TIME.matcher(s);
            if (m.matches()) {
                return Instant.ofEpochSecond(Long.parseLong(m.group(1))).atZone(local).toOffsetDateTime();
            }
            m = ASCTIME.matcher(s);
            if (m.matches()) {
                Integer month = month(m.group(1));
                if (month != null) {
                    return build(Integer.parseInt(m.group(6)), month, m.group(2), m.group(3), m.group(4), m.group(5),
                            null, null, null, ZoneOffset.UTC);
                }
            }
            OffsetDateTime withoutYear = withoutYear(s, local, now);
            return withoutYear != null ? withoutYear : lastResort(s);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A numeric date in the reading its numbers allow: both readings exist only for a slash or dash date whose two
     * first numbers are both at most 12, and then the source's order decides — unless a weekday before the date fits
     * only the other reading (Drupal's default {@code D, m/d/Y - H:i} on a day-first source), or none: then no date
     * rather than a wrong one.
     */
    private static OffsetDateTime numeric(Matcher m, String s, ZoneId local, DateOrder order) {
        String hour = m.group(1) != null ? m.group(1) : m.group(7);
        String minute = m.group(1) != null ? m.group(2) : m.group(8);
        OffsetDateTime dayFirst = reading(m, m.group(5), m.group(3), hour, minute, local);
        OffsetDateTime monthFirst = m.group(4).equals(".") ? null : reading(m, m.group(3), m.group(5), hour, minute, local);
        OffsetDateTime preferred = order == DateOrder.MONTH_FIRST && monthFirst != null || dayFirst == null
                ? monthFirst : dayFirst;
        OffsetDateTime other = preferred == dayFirst ? monthFirst : dayFirst;
        Matcher named = LEADING_WORD.matcher(s);
        DayOfWeek weekday = named.lookingAt() ? WEEKDAYS.get(cyrillicLookAlikes(
                named.group(1).toLowerCase(Locale.ROOT))) : null;
        if (weekday == null || preferred == null || preferred.getDayOfWeek() == weekday) {
            return preferred;
        }
        return other != null && other.getDayOfWeek() == weekday ? other : null;
    }

    /** The date with this month and day, or null when there is no such date (month 25, 31 April). */
    private static OffsetDateTime reading(Matcher m, String month, String day, String hour, String minute,
                                          ZoneId local) {
        try {
            return build(year(m.group(6)), Integer.parseInt(month), day, hour, minute, m.group(9), null, m.group(11),
                    m.group(10), local);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day and month without a year, a named day ("today", "yesterday") or a time ago, read against {@code now}. */
    private static OffsetDateTime withoutYear(String s, ZoneId local, Instant now) {
        OffsetDateTime ago = ago(s, local, now);
        if (ago != null) {
            return ago;
        }
        LocalDate today = now.atZone(local).toLocalDate();
        Matcher m = RELATIVE_DAY.matcher(s);
        if (m.matches()) {
            LocalDate date = today.minusDays(RelativeDays.daysBefore(m.group(1)));
            return build(date.getYear(), date.getMonthValue(), String.valueOf(date.getDayOfMonth()), m.group(2),
                    m.group(3), null, null, null, m.group(4), local);
        }
        m = TIME_ALONE.matcher(s);
        if (m.matches()) {
            return latestAt(m, local, now);
        }
        DayOfWeek weekday = null;
        String dayAndMonth = s;
        Matcher first = WEEKDAY_FIRST.matcher(s);
        if (first.lookingAt()) {
            weekday = WEEKDAYS.get(cyrillicLookAlikes(first.group(1).toLowerCase(Locale.ROOT)));
            dayAndMonth = weekday == null ? s : s.substring(first.end());
        }
        String day;
        Integer month;
        m = DAY_MONTH.matcher(dayAndMonth);
        if (m.matches()) {
            day = m.group(1);
            month = month(m.group(2));
        } else if ((m = DAY_MONTH_NUMERIC.matcher(dayAndMonth)).matches()) {
            return dayAndMonthWithoutAYear(Integer.parseInt(m.group(2)), m.group(1), m.group(3), m.group(4), null,
                    weekday, today, local);
        } else {
            m = MONTH_DAY.matcher(dayAndMonth);
            if (!m.matches()) {
                return null;
            }
            month = month(m.group(1));
            day = m.group(2);
        }
        if (month == null) {
            return null;
        }
        return dayAndMonthWithoutAYear(month, day, m.group(3), m.group(4), m.group(5), weekday, today, local);
    }

    /**
     * A day and month without a year: this year's, unless that day is still to come — then last year's, or nothing
     * when it comes within {@value #COMING_DAYS} days (an announcement); nothing when a weekday was written and the
     * day does not fall on it.
     */
    private static OffsetDateTime dayAndMonthWithoutAYear(int month, String day, String hour, String minute,
                                                          String ampm, DayOfWeek weekday, LocalDate today,
                                                          ZoneId local) {
        // this year's, unless that day is still to come (past tomorrow, for zones ahead of ours): then last year's
        LocalDate date = LocalDate.of(today.getYear(), month, Integer.parseInt(day));
        int year = date.isAfter(today.plusDays(1)) ? today.getYear() - 1 : today.getYear();
        if (!date.withYear(year + 1).isAfter(today.plusDays(COMING_DAYS))) {
            // its next occurrence is in the coming week: a coming day (an announcement), not a year-old item
            return null;
        }
        OffsetDateTime read = build(year, month, day, hour, minute, null, null, null, ampm, local);
        // a weekday the day does not fall on: no date rather than a wrong one, as before a numeric date
        return weekday == null || read.getDayOfWeek() == weekday ? read : null;
    }

    /**
     * A time alone: today at that time, or yesterday when today's is more than {@link #CLOCK_AHEAD} after the poll —
     * today and yesterday of the zone written after it, if any.
     */
    private static OffsetDateTime latestAt(Matcher time, ZoneId source, Instant now) {
        ZoneId local = time.group(5) == null ? source : zone(time.group(5));
        LocalDate today = now.atZone(local).toLocalDate();
        OffsetDateTime read = build(today.getYear(), today.getMonthValue(), String.valueOf(today.getDayOfMonth()),
                time.group(1), time.group(2), time.group(3), null, null, time.group(4), local);
        if (!read.toInstant().isAfter(now.plus(CLOCK_AHEAD))) {
            return read;
        }
        LocalDate yesterday = today.minusDays(1);
        return build(yesterday.getYear(), yesterday.getMonthValue(), String.valueOf(yesterday.getDayOfMonth()),
                time.group(1), time.group(2), time.group(3), null, null, time.group(4), local);
    }

    /**
     * "2 часа назад": {@code now} less that much, in whole minutes — as exact as the page is. Only minutes, hours and
     * days (a week or a month ago is too vague to stand for a publication time).
     */
    private static OffsetDateTime ago(String s, ZoneId local, Instant now) {
        ChronoUnit unit = null;
        long amount = 0;
        if (JUST_NOW.matcher(cyrillicLookAlikes(s.toLowerCase(Locale.ROOT))).matches()) {
            unit = ChronoUnit.MINUTES;
        } else if (HALF_AN_HOUR_AGO.matcher(cyrillicLookAlikes(s.toLowerCase(Locale.ROOT))).matches()) {
            unit = ChronoUnit.MINUTES;
            amount = 30;
        } else {
            Matcher m = AGO.matcher(s);
            if (!m.matches()) {
                return null;
            }
            String word = cyrillicLookAlikes(m.group(2).toLowerCase(Locale.ROOT));
            if (word.startsWith("мин") || word.startsWith("хвіл") || word.startsWith("min")) {
                unit = ChronoUnit.MINUTES;
            } else if (word.startsWith("час") || word.equals("ч") || word.startsWith("гадз") || word.startsWith("hour")
                    || word.equals("h") || word.startsWith("hr")) {
                unit = ChronoUnit.HOURS;
            } else if (word.equals("день") || word.equals("дня") || word.equals("дней") || word.equals("дзень")
                    || word.equals("дні") || word.equals("дзён") || word.startsWith("day")) {
                unit = ChronoUnit.DAYS;
            } else {
                return null;
            }
            String number = m.group(1);
            amount = number == null || !Character.isDigit(number.charAt(0)) ? 1 : Long.parseLong(number);
        }
        return now.minus(amount, unit).truncatedTo(ChronoUnit.MINUTES).atZone(local).toOffsetDateTime();
    }

    private static OffsetDateTime iso(Matcher m, ZoneId local, String s) {
        OffsetDateTime parsed = build(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3),
                m.group(4), m.group(5), m.group(6), m.group(7), m.group(9), m.group(8), local);
        if (s.endsWith("]") && m.group(9) == null) {
            // 2025-05-19T10:00:00[Europe/Minsk]: the named zone decides the offset
            String zoneName = s.substring(s.lastIndexOf('[') + 1, s.length() - 1);
            return parsed.toLocalDateTime().atZone(ZoneId.of(zoneName)).toOffsetDateTime();
        }
        return parsed;
    }

    private static OffsetDateTime build(int year, int month, String day, String hour, String minute, String second,
                                        String fraction, String zoneText, String ampm, ZoneId local) {
        int h = hour == null ? 0 : Integer.parseInt(hour);
        if (ampm != null) {
            boolean pm = ampm.replace(".", "").equalsIgnoreCase("pm");
            if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        }
        int nanos = 0;
        if (fraction != null) {
            nanos = Integer.parseInt((fraction + "000000000").substring(0, 9));
        }
        LocalDateTime time = LocalDateTime.of(year, month, Integer.parseInt(day), h,
                minute == null ? 0 : Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second), nanos);
        return ZonedDateTime.of(time, zoneText == null ? local : zone(zoneText)).toOffsetDateTime();
    }

    /**
     * The zone a date names: an IANA region with its rules ({@code Europe/Minsk}), or an offset or abbreviation
     * ({@link #offset}).
     *
     * @throws DateTimeException for a name nobody here knows: reading it in the source's zone could be hours wrong
     *                           without a trace
     */
    private static ZoneId zone(String text) {
        if (text.indexOf('/') > 0) {
            return ZoneId.of(text); // ZoneRulesException, a DateTimeException, for an unknown region
        }
        ZoneOffset offset = offset(text);
        if (offset == null) {
            throw new DateTimeException("unknown zone " + text);
        }
        return offset;
    }

    /** +0300, +03:00, +03, +3, GMT+3, Z, GMT, EST …; null for an unknown name. */
    static ZoneOffset offset(String text) {
        String z = GMT_PREFIX.matcher(text.trim()).replaceFirst("");
        if (z.startsWith("+") || z.startsWith("-")) {
            String digits = z.substring(1).replace(":", "");
            // +3 and +03 are hours; +300 and +0300 hours and minutes
            int hourDigits = digits.length() == 1 || digits.length() == 3 ? 1 : 2;
            int hours = Integer.parseInt(digits.substring(0, hourDigits));
            int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(hourDigits)) : 0;
            int sign = z.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        return ZONE_NAMES.get(z.toUpperCase(Locale.ROOT));
    }

    private static Integer month(String name) {
        String n = cyrillicLookAlikes(name.toLowerCase(Locale.ROOT));
        if (n.length() < 3) {
            return TWO_LETTER_MONTHS.get(n);
        }
        return MONTHS.get(n.substring(0, 3));
    }

    /**
     * A Cyrillic month name typed with a Latin letter that looks the same — the Latin i for the Belarusian і above
     * all ("лiпеня", "жнiўня"), which many Belarusian sites have — read as the Cyrillic letter it stands for.
     */
    static String cyrillicLookAlikes(String lowerCase) {
        if (lowerCase.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) {
            return lowerCase;
        }
        StringBuilder b = new StringBuilder(lowerCase.length());
        for (char c : lowerCase.toCharArray()) {
            int latin = LATIN_LOOK_ALIKES.indexOf(c);
            b.append(latin >= 0 ? CYRILLIC_LOOK_ALIKES.charAt(latin) : c);
        }
        return b.toString();
    }

    private static int year(String text) {
        int y = Integer.parseInt(text);
        if (text.length() == 2) {
            return y < 70 ? 2000 + y : 1900 + y;
        }
        if (text.length() != 4) {
            throw new DateTimeException("year " + text);
        }
        return y;
    }

    private static OffsetDateTime lastResort(String s) {
        for (DateTimeFormatter f : new DateTimeFormatter[]{DateTimeFormatter.RFC_1123_DATE_TIME,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME}) {
            try {
                return ZonedDateTime.parse(s, f).toOffsetDateTime();
            } catch (DateTimeException e) {
                // next format
            }
        }
        return null;
    }
}
