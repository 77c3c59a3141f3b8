package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @Test
    void rfc822KeepsTheOffsetTheSourceWrote() {
        OffsetDateTime belta = DateParser.parse("Thu, 17 Jun 2021 11:34:41 +0300", ZoneOffset.UTC);
        assertThat(belta).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41+03:00"));
        assertThat(belta.getOffset()).isEqualTo(ZoneOffset.ofHours(3));
    }

    /** A date without an offset is read in the zone given (the source's), never the machine's. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # RFC 822 and its variants
            Thu, 17 Jun 2021 11:34:41 +0300         | Z                | 2021-06-17T11:34:41+03:00
            17 Jun 2021 11:34 GMT                   | Europe/Minsk     | 2021-06-17T11:34Z
            Thu, 17 Jun 21 11:34:41 EST             | Europe/Minsk     | 2021-06-17T11:34:41-05:00
            '  Mon,  4 Mar 2026 09:05:00 +0000 '    | Europe/Minsk     | 2026-03-04T09:05Z
            Thu, 17 June 2021 11:34:41 +03:00       | Europe/Minsk     | 2021-06-17T11:34:41+03:00
            # ISO 8601 with and without an offset
            2025-05-19T10:00:00+03:00               | Z                | 2025-05-19T10:00+03:00
            2025-05-19T10:00:00.123Z                | Europe/Minsk     | 2025-05-19T10:00:00.123Z
            2025-05-19T10:00:00+0300                | Europe/Minsk     | 2025-05-19T10:00+03:00
            2025-05-19 10:00                        | Europe/Minsk     | 2025-05-19T10:00+03:00
            2025-05-19                              | America/New_York | 2025-05-19T00:00-04:00
            # numbers and words
            04.03.2025                              | Europe/Minsk     | 2025-03-04T00:00+03:00
            17.06.2021 11:34                        | Europe/Minsk     | 2021-06-17T11:34+03:00
            11:34, 17.06.2021                       | Europe/Minsk     | 2021-06-17T11:34+03:00
            February 4, 2020                        | Europe/Minsk     | 2020-02-04T00:00+03:00
            Feb 4th, 2020 at 5:30 pm                | Z                | 2020-02-04T17:30Z
            4 February 2020                         | Europe/Minsk     | 2020-02-04T00:00+03:00
            Thu Jun 17 11:34:41 2021                | Europe/Minsk     | 2021-06-17T11:34:41Z
            # Russian and Belarusian month names
            17 июня 2021                            | Europe/Minsk     | 2021-06-17T00:00+03:00
            17 июня 2021 г., 11:34                  | Europe/Minsk     | 2021-06-17T11:34+03:00
            1 мая 2025 года в 9:05                  | Europe/Minsk     | 2025-05-01T09:05+03:00
            Четверг, 3 сентября 2020                | Europe/Minsk     | 2020-09-03T00:00+03:00
            19 мая 2025                             | Europe/Minsk     | 2025-05-19T00:00+03:00
            5 лістапада 2024                        | Europe/Minsk     | 2024-11-05T00:00+03:00
            12 снежня 2024                          | Europe/Minsk     | 2024-12-12T00:00+03:00
            # the oldest year read
            01.01.1900                              | Z                | 1900-01-01T00:00Z
            """)
    void datesAreRead(String text, String zone, String expected) {
        assertThat(DateParser.parse(text, ZoneId.of(zone))).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"sometime last week", "31.02.2025", "17 Foo 2021"})
    void textThatIsNotADateGivesNull(String text) {
        assertThat(DateParser.parse(text, MINSK)).isNull();
    }

    /** 1025 in Europe/Minsk is local mean time, offset +01:50:16: too long for the consumers' offset column. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12.05.1025", "12.05.1025 10:00", "1025-05-12", "1025-05-12T10:00:00", "12 May 1025",
            "May 12, 1025", "12 мая 1025", "Tue, 12 May 1025 10:00:00 +0300", "Tue May 12 10:00:00 1025",
            "12.05.3025", "3025-05-12T10:00:00+03:00", "12 May 3025", "May 12, 3025", "1899-12-31"})
    void implausibleYearsAreUnparseableInEveryForm(String text) {
        assertThat(DateParser.parse(text, MINSK)).isNull();
    }

    /**
     * The Unix epoch is what a CMS writes for a date it does not have (a null timestamp formatted, a 0 in the
     * database): taken as a publication date, the item sank to the end of the newest-first inbox, under 56 years of
     * news, where no analyst looks. Written in any zone, as a date alone or with a time, it is no date.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000+00:00", "Thu, 01 Jan 1970 00:00:00 +0000",
            "Thu, 01 Jan 1970 00:00:00 GMT", "Wed, 31 Dec 1969 19:00:00 EST", "01.01.1970", "01.01.1970 03:00",
            "1 января 1970", "January 1, 1970", "1970-01-01", "0000000000"})
    void theUnixEpochIsAPlaceholderNotADate(String text) {
        assertThat(DateParser.parse(text, MINSK)).isNull();
    }

    @Test
    void datesNearTheEpochButNotOnItAreKept() {
        assertThat(DateParser.parse("03.01.1970", MINSK)).isNotNull();
        assertThat(DateParser.parse("1969-12-30T12:00:00Z", MINSK)).isNotNull();
    }

    /**
     * A date still to come when the page is read is no publication date: taken as one, the item stood first in the
     * newest-first inbox until that day came (a listing of coming events, a site's wrong zone or year). Up to a day
     * ahead is kept, as for a day and month without a year (zones ahead of ours).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-06-01T10:00:00+03:00", "Tue, 01 Jun 2027 10:00:00 +0300", "01.06.2027",
            "1 июня 2027", "31 December 2026", "2026-12-04T09:00:00Z"})
    void aDateMoreThanADayAfterThePollIsUnparseable(String text) {
        Instant poll = Instant.parse("2026-12-02T06:00:00Z");
        assertThat(DateParser.parse(text, MINSK, poll)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-12-02T23:30:00+03:00", "2026-12-03T05:00:00Z", "3 декабря 2026"})
    void aDateUpToADayAfterThePollIsRead(String text) {
        Instant poll = Instant.parse("2026-12-02T06:00:00Z");
        assertThat(DateParser.parse(text, MINSK, poll)).isNotNull();
    }

    @Test
    void oldButPlausibleYearsAreRead() {
        assertThat(DateParser.parse("12.05.1925", MINSK)).isNotNull();
    }

    @Test
    void everyParsedOffsetFitsTheConsumersColumn() {
        // a plausible year can still fall on a zone's local mean time (Africa/Monrovia used -00:44:30 until 1972):
        // the offset is rounded to whole minutes, the instant kept to the minute, so it is always ±HH:MM or Z
        OffsetDateTime monrovia = DateParser.parse("12.05.1960 10:00", ZoneId.of("Africa/Monrovia"));
        assertThat(monrovia).isNotNull();
        assertThat(monrovia.getOffset().getTotalSeconds() % 60).isZero();
        assertThat(monrovia.getOffset().getId().length()).isLessThanOrEqualTo(8);
        // Minsk kept its mean time (+01:50:16) until 1924: a plausible year, rounded to +01:50 at the same instant
        OffsetDateTime minsk1920 = DateParser.parse("12.05.1920 10:00", MINSK);
        assertThat(minsk1920.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(1, 50));
        assertThat(minsk1920.toInstant()).isEqualTo(ZonedDateTime.of(1920, 5, 12, 10, 0, 0, 0, MINSK).toInstant());
    }
}
