package org.policymonitor.alert.subscription;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DigestScheduleTest {

    @Test
    void hourlyGoesOutAtTheNextFullHour() {
        DigestSchedule hourly = new DigestSchedule(DigestSchedule.Period.HOURLY, null, ZoneId.of("UTC"));
        assertThat(hourly.nextAfter(Instant.parse("2026-01-15T10:20:00Z"))).isEqualTo(Instant.parse("2026-01-15T11:00:00Z"));
        assertThat(hourly.nextAfter(Instant.parse("2026-01-15T11:00:00Z"))).isEqualTo(Instant.parse("2026-01-15T12:00:00Z"));
    }

    @Test
    void hourlyFollowsHalfHourZones() {
        DigestSchedule hourly = new DigestSchedule(DigestSchedule.Period.HOURLY, null, ZoneId.of("Asia/Kolkata"));
        assertThat(hourly.nextAfter(Instant.parse("2026-01-15T10:20:00Z"))).isEqualTo(Instant.parse("2026-01-15T10:30:00Z"));
    }

    @Test
    void dailyGoesOutAtTheLocalTimeInTheZone() {
        DigestSchedule minsk = new DigestSchedule(DigestSchedule.Period.DAILY, LocalTime.of(8, 0), ZoneId.of("Europe/Minsk"));
        // 04:00Z is 07:00 in Minsk (UTC+3): today at 08:00 local = 05:00Z
        assertThat(minsk.nextAfter(Instant.parse("2026-01-15T04:00:00Z"))).isEqualTo(Instant.parse("2026-01-15T05:00:00Z"));
        // past 08:00 local: tomorrow
        assertThat(minsk.nextAfter(Instant.parse("2026-01-15T05:00:00Z"))).isEqualTo(Instant.parse("2026-01-16T05:00:00Z"));
    }

    @Test
    void dailyAcrossADaylightSavingChange() {
        DigestSchedule berlin = new DigestSchedule(DigestSchedule.Period.DAILY, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"));
        // 2026-03-29: clocks go from UTC+1 to UTC+2; 09:00 local is 07:00Z that day
        assertThat(berlin.nextAfter(Instant.parse("2026-03-28T09:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
    }
}
