package org.policymonitor.alert.subscription;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DigestScheduleTest {

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', value = {
            "HOURLY |       | UTC           | 2026-01-15T10:20:00Z | 2026-01-15T11:00:00Z | hourly goes out at the next full hour",
            "HOURLY |       | UTC           | 2026-01-15T11:00:00Z | 2026-01-15T12:00:00Z | hourly, at a full hour: the next one",
            "HOURLY |       | Asia/Kolkata  | 2026-01-15T10:20:00Z | 2026-01-15T10:30:00Z | hourly follows half-hour zones",
            // 04:00Z is 07:00 in Minsk (UTC+3): today at 08:00 local = 05:00Z
            "DAILY  | 08:00 | Europe/Minsk  | 2026-01-15T04:00:00Z | 2026-01-15T05:00:00Z | daily goes out at the local time in the zone",
            "DAILY  | 08:00 | Europe/Minsk  | 2026-01-15T05:00:00Z | 2026-01-16T05:00:00Z | daily, past the local time: tomorrow",
            // 2026-03-29: clocks go from UTC+1 to UTC+2; 09:00 local is 07:00Z that day
            "DAILY  | 09:00 | Europe/Berlin | 2026-03-28T09:00:00Z | 2026-03-29T07:00:00Z | daily across a daylight saving change"})
    void theNextDigestIsDue(DigestSchedule.Period period, LocalTime at, ZoneId zone, Instant now, Instant expected,
                            String what) {
        assertThat(new DigestSchedule(period, at, zone).nextAfter(now)).isEqualTo(expected);
    }
}
