package org.policymonitor.alert.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Formats instants in the analyst's time zone, the same way on every page. */
public record Dates(ZoneId zone) {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public String format(Instant instant) {
        return instant == null ? "" : SHORT.format(instant.atZone(zone));
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : format(time.toInstant());
    }

    /** Machine-readable form for {@code <time datetime>}. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** An instant {@link #iso} wrote (a form's hidden input sent back), or null for a blank or unreadable one. */
    public static Instant parseIso(String iso) {
        try {
            return iso == null || iso.isBlank() ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
