package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @Test
    void rfc822KeepsTheOffsetTheSourceWrote() {
        OffsetDateTime belta = DateParser.parse("Thu, 17 Jun 2021 11:34:41 +0300", ZoneOffset.UTC);
        assertThat(belta).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41+03:00"));
        assertThat(belta.getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(DateParser.parse("17 Jun 2021 11:34 GMT", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34Z"));
        assertThat(DateParser.parse("Thu, 17 Jun 21 11:34:41 EST", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41-05:00"));
        assertThat(DateParser.parse("  Mon,  4 Mar 2026 09:05:00 +0000 ", MINSK)).isEqualTo(OffsetDateTime.parse("2026-03-04T09:05Z"));
        assertThat(DateParser.parse("Thu, 17 June 2021 11:34:41 +03:00", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41+03:00"));
    }

    @Test
    void iso8601WithAndWithoutOffset() {
        assertThat(DateParser.parse("2025-05-19T10:00:00+03:00", ZoneOffset.UTC)).isEqualTo(OffsetDateTime.parse("2025-05-19T10:00+03:00"));
        assertThat(DateParser.parse("2025-05-19T10:00:00.123Z", MINSK)).isEqualTo(OffsetDateTime.parse("2025-05-19T10:00:00.123Z"));
        assertThat(DateParser.parse("2025-05-19T10:00:00+0300", MINSK)).isEqualTo(OffsetDateTime.parse("2025-05-19T10:00+03:00"));
        // no offset written: the source's zone, never the machine's
        assertThat(DateParser.parse("2025-05-19 10:00", MINSK)).isEqualTo(OffsetDateTime.parse("2025-05-19T10:00+03:00"));
        assertThat(DateParser.parse("2025-05-19", ZoneId.of("America/New_York"))).isEqualTo(OffsetDateTime.parse("2025-05-19T00:00-04:00"));
    }

    @Test
    void numericAndWordDates() {
        assertThat(DateParser.parse("04.03.2025", MINSK)).isEqualTo(OffsetDateTime.parse("2025-03-04T00:00+03:00"));
        assertThat(DateParser.parse("17.06.2021 11:34", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34+03:00"));
        assertThat(DateParser.parse("11:34, 17.06.2021", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34+03:00"));
        assertThat(DateParser.parse("February 4, 2020", MINSK)).isEqualTo(OffsetDateTime.parse("2020-02-04T00:00+03:00"));
        assertThat(DateParser.parse("Feb 4th, 2020 at 5:30 pm", ZoneOffset.UTC)).isEqualTo(OffsetDateTime.parse("2020-02-04T17:30Z"));
        assertThat(DateParser.parse("4 February 2020", MINSK)).isEqualTo(OffsetDateTime.parse("2020-02-04T00:00+03:00"));
        assertThat(DateParser.parse("Thu Jun 17 11:34:41 2021", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34:41Z"));
    }

    @Test
    void russianAndBelarusianMonthNames() {
        assertThat(DateParser.parse("17 июня 2021", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T00:00+03:00"));
        assertThat(DateParser.parse("17 июня 2021 г., 11:34", MINSK)).isEqualTo(OffsetDateTime.parse("2021-06-17T11:34+03:00"));
        assertThat(DateParser.parse("1 мая 2025 года в 9:05", MINSK)).isEqualTo(OffsetDateTime.parse("2025-05-01T09:05+03:00"));
        assertThat(DateParser.parse("Четверг, 3 сентября 2020", MINSK)).isEqualTo(OffsetDateTime.parse("2020-09-03T00:00+03:00"));
        assertThat(DateParser.parse("19 мая 2025", MINSK)).isEqualTo(OffsetDateTime.parse("2025-05-19T00:00+03:00"));
        assertThat(DateParser.parse("5 лістапада 2024", MINSK)).isEqualTo(OffsetDateTime.parse("2024-11-05T00:00+03:00"));
        assertThat(DateParser.parse("12 снежня 2024", MINSK)).isEqualTo(OffsetDateTime.parse("2024-12-12T00:00+03:00"));
    }

    @Test
    void textThatIsNotADateGivesNull() {
        assertThat(DateParser.parse("sometime last week", MINSK)).isNull();
        assertThat(DateParser.parse("31.02.2025", MINSK)).isNull();
        assertThat(DateParser.parse("", MINSK)).isNull();
        assertThat(DateParser.parse(null, MINSK)).isNull();
        assertThat(DateParser.parse("17 Foo 2021", MINSK)).isNull();
    }

    @Test
    void implausibleYearsAreUnparseableInEveryForm() {
        // 1025 in Europe/Minsk is local mean time, offset +01:50:16: too long for the consumers' offset column
        for (String text : new String[]{"12.05.1025", "12.05.1025 10:00", "1025-05-12", "1025-05-12T10:00:00",
                "12 May 1025", "May 12, 1025", "12 мая 1025", "Tue, 12 May 1025 10:00:00 +0300", "Tue May 12 10:00:00 1025",
                "12.05.3025", "3025-05-12T10:00:00+03:00", "12 May 3025", "May 12, 3025", "1899-12-31"}) {
            assertThat(DateParser.parse(text, MINSK)).as(text).isNull();
        }
        assertThat(DateParser.parse("12.05.1925", MINSK)).isNotNull();
        assertThat(DateParser.parse("01.01.1900", ZoneOffset.UTC)).isEqualTo(OffsetDateTime.parse("1900-01-01T00:00Z"));
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
        assertThat(minsk1920.toInstant()).isEqualTo(java.time.ZonedDateTime.of(1920, 5, 12, 10, 0, 0, 0, MINSK).toInstant());
    }
}
