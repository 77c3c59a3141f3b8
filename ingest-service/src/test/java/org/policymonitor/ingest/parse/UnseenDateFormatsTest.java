package org.policymonitor.ingest.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date forms the shipped fixtures lacked and real sites send: RFC 822 with a zone comment or a {@code GMT+3}
 * offset (mail clients, JavaScript's {@code Date.toString()} copied into pages), RFC 850, Belarus's own
 * {@code FET} (2011–2014), the Russian {@code г.} after numeric dates, {@code yyyy/mm/dd}, {@code dd-mm-yyyy},
 * Drupal's {@code " - "} before the time, Belarusian Taraškievica month names, Unix timestamps in
 * {@code data-*} attributes. A zone name nobody knows stays unreadable: reading it in the source's zone would be
 * hours wrong without a trace.
 */
class UnseenDateFormatsTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Wed, 02 Dec 2026 14:05:00 +0300 (MSK)                    | 2026-12-02T14:05+03:00
            Wed, 02 Dec 2026 14:05:00 GMT+3                          | 2026-12-02T14:05+03:00
            Wed, 02 Dec 2026 14:05:00 GMT+03:00                      | 2026-12-02T14:05+03:00
            Wed, 02 Dec 2026 11:05:00 UTC+0                          | 2026-12-02T11:05Z
            Wed Dec 02 2026 14:05:00 GMT+0300 (Moscow Standard Time) | 2026-12-02T14:05+03:00
            Wed, 02 Dec 2026 14:05:00 +3                             | 2026-12-02T14:05+03:00
            Wed, 02 Dec 2026 14:05:00 FET                            | 2026-12-02T14:05+03:00
            Wed, 02 Dec 2026 11:05:00 z                              | 2026-12-02T11:05Z
            Wednesday, 02-Dec-26 11:05:00 GMT                        | 2026-12-02T11:05Z
            02.12.2026г.                                             | 2026-12-02T00:00+03:00
            02.12.2026 г., 14:05                                     | 2026-12-02T14:05+03:00
            2026/12/02                                               | 2026-12-02T00:00+03:00
            2026/12/02 14:05                                         | 2026-12-02T14:05+03:00
            02-12-2026                                               | 2026-12-02T00:00+03:00
            02-12-2026 14:05                                         | 2026-12-02T14:05+03:00
            'Wednesday, December 2, 2026 - 14:05'                    | 2026-12-02T14:05+03:00
            '2 December 2026 - 14:05'                                | 2026-12-02T14:05+03:00
            2 сьнежня 2026                                           | 2026-12-02T00:00+03:00
            2 сьнежня 2026 г. 14:05                                  | 2026-12-02T14:05+03:00
            2 дек 2026                                               | 2026-12-02T00:00+03:00
            2 снежня 2026                                            | 2026-12-02T00:00+03:00
            1796209500                                               | 2026-12-02T14:05+03:00
            1796209500000                                            | 2026-12-02T14:05+03:00
            """)
    void realSitesDatesAreRead(String text, String expected) {
        OffsetDateTime parsed = DateParser.parse(text, MINSK);
        assertThat(parsed).isNotNull();
        assertThat(parsed.toInstant()).isEqualTo(OffsetDateTime.parse(expected).toInstant());
        assertThat(parsed.getOffset()).isEqualTo(OffsetDateTime.parse(expected).getOffset());
    }

    /**
     * Listings that leave out the year of this year's news ({@code 2 декабря, 14:05}) or name the day
     * ({@code Сегодня, 14:05}): read against the moment of the poll, in the source's zone; a day and month later
     * than tomorrow is last year's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 декабря, 14:05         | 2026-12-02T14:05+03:00
            2 декабря в 14:05        | 2026-12-02T14:05+03:00
            1 снежня                 | 2026-12-01T00:00+03:00
            December 1, 09:30        | 2026-12-01T09:30+03:00
            30 декабря, 10:00        | 2025-12-30T10:00+03:00
            Сегодня, 14:05           | 2026-12-02T14:05+03:00
            сегодня в 9:15           | 2026-12-02T09:15+03:00
            Вчера, 23:50             | 2026-12-01T23:50+03:00
            Сёння, 11:00             | 2026-12-02T11:00+03:00
            Учора, 11:00             | 2026-12-01T11:00+03:00
            Today, 8:00              | 2026-12-02T08:00+03:00
            Yesterday at 18:20       | 2026-12-01T18:20+03:00
            Сегодня                  | 2026-12-02T00:00+03:00
            сегодня.                 | 2026-12-02T00:00+03:00
            Today                    | 2026-12-02T00:00+03:00
            TODAY                    | 2026-12-02T00:00+03:00
            Вчера                    | 2026-12-01T00:00+03:00
            Yesterday                | 2026-12-01T00:00+03:00
            Сёння                    | 2026-12-02T00:00+03:00
            Сення                    | 2026-12-02T00:00+03:00
            Учора                    | 2026-12-01T00:00+03:00
            Ўчора                    | 2026-12-01T00:00+03:00
            Сегодня 14:05            | 2026-12-02T14:05+03:00
            Вчера в 9.15             | 2026-12-01T09:15+03:00
            Учора ў 23:10            | 2026-12-01T23:10+03:00
            """)
    void datesWithoutAYearAreReadAgainstThePollsMoment(String text, String expected) {
        // 2 December 2026, 00:30 in Minsk: still 1 December in UTC
        Instant now = OffsetDateTime.parse("2026-12-02T00:30+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(OffsetDateTime.parse(expected));
    }

    /**
     * Forms trial5 found unread (each gave null, so the item had no date and the raw text only): Belarusian
     * {@code у}/{@code ў} ("at") and Russian {@code в} before the time also after numeric dates, Belarusian month names
     * typed with the Latin i (or another Latin letter that looks Cyrillic) — common on Belarusian sites —, the time
     * before a day and month name, an English ordinal day first, {@code yyyy.mm.dd}, a time written with a dot after
     * a numeric date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 снежня 2026 у 14:05                    | 2026-12-02T14:05+03:00
            2 снежня 2026 г. ў 14:05                 | 2026-12-02T14:05+03:00
            02.12.2026 в 14:05                       | 2026-12-02T14:05+03:00
            02.12.2026 у 14:05                       | 2026-12-02T14:05+03:00
            2 лiпеня 2026                            | 2026-07-02T00:00+03:00
            2 жнiўня 2026, 14:05                     | 2026-08-02T14:05+03:00
            2 лiстапада 2026                         | 2026-11-02T00:00+03:00
            2 дeкабря 2026                           | 2026-12-02T00:00+03:00
            14:05, 2 декабря 2026                    | 2026-12-02T14:05+03:00
            14:05 2 снежня 2026                      | 2026-12-02T14:05+03:00
            2nd December 2026                        | 2026-12-02T00:00+03:00
            2026.12.02                               | 2026-12-02T00:00+03:00
            2026.12.02 14:05                         | 2026-12-02T14:05+03:00
            02.12.2026 14.05                         | 2026-12-02T14:05+03:00
            """)
    void belarusianAndRussianFormsTrial5FoundUnreadAreRead(String text, String expected) {
        assertThat(DateParser.parse(text, MINSK)).isEqualTo(OffsetDateTime.parse(expected));
    }

    /**
     * How long ago, as listings that update by script write it ("2 часа назад", "5 хвілін таму", "3 hours ago",
     * also without a number, "час назад", "an hour ago", and right now, "только что"): the poll's moment less that
     * much, in whole minutes. Before, each of these was unreadable: the item had no date.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5 минут назад            | 2026-12-02T20:25+03:00
            1 минуту назад           | 2026-12-02T20:29+03:00
            минуту назад             | 2026-12-02T20:29+03:00
            5 мин. назад             | 2026-12-02T20:25+03:00
            2 часа назад             | 2026-12-02T18:30+03:00
            час назад                | 2026-12-02T19:30+03:00
            21 час назад             | 2026-12-01T23:30+03:00
            2 дня назад              | 2026-11-30T20:30+03:00
            только что               | 2026-12-02T20:30+03:00
            10 хвілін таму           | 2026-12-02T20:20+03:00
            гадзіну таму             | 2026-12-02T19:30+03:00
            3 гадзiны таму           | 2026-12-02T17:30+03:00
            2 дні таму               | 2026-11-30T20:30+03:00
            3 hours ago              | 2026-12-02T17:30+03:00
            an hour ago              | 2026-12-02T19:30+03:00
            a minute ago             | 2026-12-02T20:29+03:00
            45 mins ago              | 2026-12-02T19:45+03:00
            1 day ago                | 2026-12-01T20:30+03:00
            just now                 | 2026-12-02T20:30+03:00
            """)
    void timesAgoAreReadAgainstThePollsMoment(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-02T20:30:42+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(OffsetDateTime.parse(expected));
    }

    /** Without a year, with Belarusian "у"/"ў" before the time ("Сёння ў 14:05"): read against the poll's moment. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2 снежня у 14:05         | 2026-12-02T14:05+03:00
            Сёння ў 14:05            | 2026-12-02T14:05+03:00
            Учора ў 9:15             | 2026-12-01T09:15+03:00
            """)
    void belarusianAtBeforeTheTimeOfADateWithoutAYearIsRead(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-02T20:30+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(OffsetDateTime.parse(expected));
    }

    /**
     * How CMS listings of Belarusian and Russian sites write dates that trial15 found unread (null: the item went out
     * without the date its page shows): a label before the date (Joomla's "Опубликовано:", "Дата:"), a weekday before
     * a numeric date (Drupal's {@code D, d.m.Y - H:i}), a bar or a slash between date and time, the weekday after the
     * date, and "позавчера" (the day before yesterday).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Опубликовано: 04.12.2026                 | 2026-12-04T00:00+03:00
            Дата: 04.12.2026 10:15                   | 2026-12-04T10:15+03:00
            Опубликовано: 04 декабря 2026            | 2026-12-04T00:00+03:00
            Дата публикации: 4 снежня 2026 г.        | 2026-12-04T00:00+03:00
            Published: December 4, 2026              | 2026-12-04T00:00+03:00
            Пятница, 04.12.2026                      | 2026-12-04T00:00+03:00
            "Чт, 03.12.2026 - 09:00"                 | 2026-12-03T09:00+03:00
            "04 декабря 2026 | 10:15"                | 2026-12-04T10:15+03:00
            "10:15 | 04.12.2026"                     | 2026-12-04T10:15+03:00
            04.12.2026 / 10:15                       | 2026-12-04T10:15+03:00
            "4 декабря 2026, пятница"                | 2026-12-04T00:00+03:00
            "4 снежня 2026, пятніца"                 | 2026-12-04T00:00+03:00
            Позавчера                                | 2026-12-02T00:00+03:00
            "позавчера, 18:40"                       | 2026-12-02T18:40+03:00
            Пазаўчора                                | 2026-12-02T00:00+03:00
            """)
    void cmsListingDateFormsTrial15FoundUnreadAreRead(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-04T12:00+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(OffsetDateTime.parse(expected));
    }

    /**
     * Coverage (read correctly before trial15): the forms the brief of trial15 listed and those CMS templates print
     * by default — 1C-Bitrix {@code d.m.Y}, Joomla {@code d F Y}, WordPress {@code F j, Y}, Drupal {@code d.m.Y - H:i},
     * named and relative days, abbreviated months with a dot.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            4 декабря 2026                           | 2026-12-04T00:00+03:00
            04.12.2026 10:15                         | 2026-12-04T10:15+03:00
            4 снежня 2026 г.                         | 2026-12-04T00:00+03:00
            "Dec 4, 2026"                            | 2026-12-04T00:00+03:00
            2026-12-04                               | 2026-12-04T00:00+03:00
            "Сегодня, 10:15"                         | 2026-12-04T10:15+03:00
            Вчера 18:40                              | 2026-12-03T18:40+03:00
            2 часа назад                             | 2026-12-04T10:00+03:00
            Учора                                    | 2026-12-03T00:00+03:00
            4 дек. 2026                              | 2026-12-04T00:00+03:00
            "Пт, 4 декабря 2026"                     | 2026-12-04T00:00+03:00
            "4 декабря 2026 года, 10:15"             | 2026-12-04T10:15+03:00
            "04.12.2026 - 10:15"                     | 2026-12-04T10:15+03:00
            "December 4th, 2026"                     | 2026-12-04T00:00+03:00
            04.12.26                                 | 2026-12-04T00:00+03:00
            "2026-12-04 10:15:00"                    | 2026-12-04T10:15+03:00
            """)
    void cmsListingDateFormsAreRead(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-04T12:00+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(OffsetDateTime.parse(expected));
    }

    /**
     * A weekday before a numeric date is checked against it: Drupal's default medium format is {@code D, m/d/Y - H:i}
     * (month first, as in the US), so a slash date whose weekday fits only the month-first reading is read so, and a
     * weekday that fits no reading leaves the date unread rather than wrong. Without a weekday a slash date stays day
     * first, as before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "Thu, 11/05/2026 - 09:00"                | 2026-11-05T09:00+03:00
            "Пн, 11/05/2026 - 09:00"                 | 2026-05-11T09:00+03:00
            "Чт, 05.11.2026"                         | 2026-11-05T00:00+03:00
            "Сб, 04.12.2026"                         | null
            "Wednesday, 11/05/2026"                  | null
            "11/05/2026"                             | 2026-05-11T00:00+03:00
            """)
    void aWeekdayBeforeANumericDateDecidesOrRefusesItsReading(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-04T12:00+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    /**
     * Dates in words as listings write them that trial25 found unread (each gave null: the item went out without the
     * date its page shows and sank to the end of the newest-first inbox): a weekday before a day and month without a
     * year (checked as before a numeric date: one that does not fit leaves the date unread), an ordinal day before a
     * month without a year, a dash, en dash, bullet or middle dot between the date and its time, the time before a
     * named day or an RFC 850 date, the Russian zone name МСК, and a.m./p.m. written with dots (AP style).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "Суббота, 5 декабря"                     | 2026-12-05T00:00+03:00
            "Сб, 5 декабря, 14:05"                   | 2026-12-05T14:05+03:00
            "субота, 5 снежня"                       | 2026-12-05T00:00+03:00
            "Saturday, December 5"                   | 2026-12-05T00:00+03:00
            "Sat, Dec 5 · 2:05 PM"                   | 2026-12-05T14:05+03:00
            "Sat 5th December"                       | 2026-12-05T00:00+03:00
            "5th December"                           | 2026-12-05T00:00+03:00
            "5 декабря 2026 — 14:05"                 | 2026-12-05T14:05+03:00
            "5 декабря 2026 – 14:05"                 | 2026-12-05T14:05+03:00
            "December 5, 2026 — 2:05 PM"             | 2026-12-05T14:05+03:00
            "05.12.2026 — 14:05"                     | 2026-12-05T14:05+03:00
            "05.12.2026 • 14:05"                     | 2026-12-05T14:05+03:00
            "5 декабря • 14:05"                      | 2026-12-05T14:05+03:00
            "5 снежня · 14:05"                       | 2026-12-05T14:05+03:00
            "Вчера • 14:05"                          | 2026-12-05T14:05+03:00
            "Вчера | 14:05"                          | 2026-12-05T14:05+03:00
            "Учора — 14:05"                          | 2026-12-05T14:05+03:00
            "14:05 | Вчера"                          | 2026-12-05T14:05+03:00
            "09:15 · Today"                          | 2026-12-06T09:15+03:00
            "14:05, 05-Dec-2026"                     | 2026-12-05T14:05+03:00
            "05.12.2026, 14:05 МСК"                  | 2026-12-05T14:05+03:00
            "5 декабря 2026, 14:05 мск"              | 2026-12-05T14:05+03:00
            "Dec. 5, 2026, 2:05 p.m."                | 2026-12-05T14:05+03:00
            "December 5, 2026 at 9:30 a.m. EST"      | 2026-12-05T09:30-05:00
            "5 Dec 2026 2:05 p.m."                   | 2026-12-05T14:05+03:00
            "Пятница, 5 декабря"                     | null
            "Выборы 5 декабря"                       | null
            "14:05 Москва"                           | null
            """)
    void listingDatesInWordsTrial25FoundUnreadAreRead(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-06T12:00+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    /**
     * Forms trial26 found unread (each gave null): a Russian ordinal ending after the day ({@code 5-го декабря}, the
     * Belarusian {@code 5-га снежня}), and the Ukrainian spellings of the named days ({@code Вчора}, {@code Сьогодні},
     * {@code Позавчора}) that Belarusian pages written by Ukrainian-trained editors and machine translation use: none is
     * a word of another meaning, so reading them as the day they name cannot misdate an item.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "5-го декабря 2026"                      | 2026-12-05T00:00+03:00
            "5-го декабря 2026 г., 14:05"            | 2026-12-05T14:05+03:00
            "5-го декабря"                           | 2026-12-05T00:00+03:00
            "5-га снежня 2026"                       | 2026-12-05T00:00+03:00
            "Вчора, 14:05"                           | 2026-12-05T14:05+03:00
            "вчора о 14:05"                          | 2026-12-05T14:05+03:00
            "Сьогодні, 09:15"                        | 2026-12-06T09:15+03:00
            "Позавчора"                              | 2026-12-04T00:00+03:00
            "5-ый декабря 2026"                      | null
            """)
    void listingDatesTrial26FoundUnreadAreRead(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-06T12:00+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    /**
     * Forms trial29 found unread on a news "lenta" (each gave null): the time alone, which such a list prints for the
     * day's news ({@code 14:05}; BelTA's and most Russian-language news feeds' home-page list), a dotted day and month
     * without a year before a time ({@code 05.12 23:10}, {@code 05.12, 23:10}) for the days before, and half an hour
     * ago. A time alone is the latest such moment not after the poll (a few minutes of the site's clock running ahead
     * allowed): {@code 23:50} read at 12:00 is yesterday's. A day and month is read as one written in words is
     * ({@code 5 декабря, 23:10}); alone, without its time, it stays unread ({@code 10.12} may be a time written with a
     * dot).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "14:05"                                  | 2026-12-05T14:05+03:00
            "09:30"                                  | 2026-12-06T09:30+03:00
            "9:30"                                   | 2026-12-06T09:30+03:00
            "11:59:30"                               | 2026-12-06T11:59:30+03:00
            "12:05"                                  | 2026-12-06T12:05+03:00
            "12:30"                                  | 2026-12-05T12:30+03:00
            "23:50"                                  | 2026-12-05T23:50+03:00
            "05.12 23:10"                            | 2026-12-05T23:10+03:00
            "05.12, 23:10"                           | 2026-12-05T23:10+03:00
            "05.12 в 23:10"                          | 2026-12-05T23:10+03:00
            "полчаса назад"                          | 2026-12-06T11:30+03:00
            "паўгадзіны таму"                        | 2026-12-06T11:30+03:00
            "half an hour ago"                       | 2026-12-06T11:30+03:00
            "10.12"                                  | null
            "25:05"                                  | null
            "14:65"                                  | null
            "31.11 10:00"                            | null
            """)
    void lentaDatesTrial29FoundUnreadAreRead(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-06T12:00+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    /**
     * A day and month without a year that falls in the coming week is a coming day — an announcement, a listing of
     * coming events —, not a year-old item: until 6 December 2026 "Dec 8" read on 6 December was dated 8 December 2025,
     * a year back, and "2 января" read on 28 December was dated the January just gone. Such a day is now read as what it
     * is, a date ahead of the poll, and so unread like any date more than a day ahead (the text kept in publishedRaw).
     * Further ahead it is still last year's (a listing's item from last December read in January, "30 декабря" read on
     * 2 December).
     */
    @ParameterizedTest(name = "{0} read at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "Dec 8"                 | 2026-12-06T12:00+03:00 | null
            "8 декабря, 10:00"      | 2026-12-06T12:00+03:00 | null
            "Вт, 8 декабря"         | 2026-12-06T12:00+03:00 | null
            "13 снежня"             | 2026-12-06T12:00+03:00 | null
            "14 декабря"            | 2026-12-06T12:00+03:00 | 2025-12-14T00:00+03:00
            "7 декабря"             | 2026-12-06T12:00+03:00 | 2026-12-07T00:00+03:00
            "2 января"              | 2026-12-28T12:00+03:00 | null
            "28 декабря"            | 2026-12-28T12:00+03:00 | 2026-12-28T00:00+03:00
            "Dec 20"                | 2026-12-28T12:00+03:00 | 2026-12-20T00:00+03:00
            "28 декабря, 18:00"     | 2027-01-03T12:00+03:00 | 2026-12-28T18:00+03:00
            "Jan 10"                | 2027-01-03T12:00+03:00 | null
            "Jan 11"                | 2027-01-03T12:00+03:00 | 2026-01-11T00:00+03:00
            """)
    void aDayOfTheComingWeekWithoutAYearIsNotLastYears(String text, String now, String expected) {
        assertThat(DateParser.parse(text, MINSK, OffsetDateTime.parse(now).toInstant()))
                .isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    /**
     * Forms trial29 left unread (each gave null: the item was published undated): a zone NAME after a time — an IANA
     * region ({@code 14:05 Europe/Minsk}, as pages that print the server's zone write it) or an abbreviation after an
     * ISO date and time ({@code 2026-12-05 14:05 MSK}) — and ISO 8601's compact ("basic") form, which feeds generated
     * by iCalendar-minded tools write ({@code 20261205T140500Z}). A region is read with its rules on that day; an
     * unknown one stays unread (below).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "14:05 Europe/Minsk"                     | 2026-12-06T14:05+03:00
            "09:30 Europe/London"                    | 2026-12-06T09:30Z
            "23:50 Europe/Minsk"                     | 2026-12-05T23:50+03:00
            "14:05 MSK"                              | 2026-12-06T14:05+03:00
            "2026-12-05 14:05 MSK"                   | 2026-12-05T14:05+03:00
            "2026-12-05 14:05 Europe/Minsk"          | 2026-12-05T14:05+03:00
            "2026-07-05 14:05 America/New_York"      | 2026-07-05T14:05-04:00
            "05.12.2026 14:05 Europe/Minsk"          | 2026-12-05T14:05+03:00
            "5 декабря 2026, 14:05 Europe/Minsk"     | 2026-12-05T14:05+03:00
            "20261205T140500Z"                       | 2026-12-05T14:05Z
            "20261205T1405+0300"                     | 2026-12-05T14:05+03:00
            "20261205T140530.250+03:00"              | 2026-12-05T14:05:30.250+03:00
            "20261205T1405"                          | 2026-12-05T14:05+03:00
            "14:05 Mars/Olympus_Mons"                | null
            "2026-12-05 14:05 Europe/Atlantis"       | null
            "20261305T1405Z"                         | null
            """)
    void zoneNamesAfterATimeAndTheCompactIsoFormTrial29LeftUnreadAreRead(String text, String expected) {
        Instant now = OffsetDateTime.parse("2026-12-06T15:00+03:00").toInstant();
        assertThat(DateParser.parse(text, MINSK, now)).isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Wed, 02 Dec 2026 14:05:00 XYZT", "2026-12-02T14:05:00 QQQ", "2 December 2026 14:05 ABC",
            "12345", "99999999999999", "2026-12-02T14:05:00 +25:00"})
    void unknownZonesAndStrayNumbersStayUnreadable(String text) {
        assertThat(DateParser.parse(text, MINSK)).isNull();
    }
}
