package org.policymonitor.alert.subscription;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a digest goes out: at the top of every hour, or daily at a local time in a time zone. */
public record DigestSchedule(Period period, LocalTime at, ZoneId zone) {

    public enum Period {
        HOURLY, DAILY;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Period> fromWire(String value) {
            return Arrays.stream(values()).filter(p -> p.wire().equals(value)).findFirst();
        }
    }

    /** The first send time strictly after {@code now}. Daylight-saving gaps shift to the next valid time. */
    public Instant nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (period == Period.HOURLY) {
            return local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
        }
        ZonedDateTime candidate = local.toLocalDate().atTime(at).atZone(zone);
        if (!candidate.toInstant().isAfter(now)) {
            candidate = local.toLocalDate().plusDays(1).atTime(at).atZone(zone);
        }
        return candidate.toInstant();
    }
}
