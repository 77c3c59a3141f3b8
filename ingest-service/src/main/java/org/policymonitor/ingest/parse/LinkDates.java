package org.policymonitor.ingest.parse;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an article's link names, for a listing item that shows no date: WordPress's default permalinks
 * ({@code /2026/12/05/slug/}) and news sites' {@code /news/2026-12-04-slug.html} put the publication day in the path.
 * Only a whole year, month and day in the path (not the query: {@code ?date=} is a filter), read as a date — a
 * {@code /news/2025/} archive or {@code /2026/13/45/} is none — and no later than the poll allows a date. Pure logic.
 */
final class LinkDates {

    /** /yyyy/mm/dd/ or /yyyy-mm-dd followed by a separator, in the path. */
    private static final Pattern DAY_IN_PATH = Pattern.compile(
            "/((?:19|20)\\d{2})(?:/(\\d{1,2})/(\\d{1,2})(?=/|$)|-(\\d{2})-(\\d{2})(?=[-/._]|$))");

    private LinkDates() {
    }

    /** @return the day the link's path names, at its start in the source's zone, or null */
    static OffsetDateTime of(String link, ZoneId zone, Instant now) {
        String path;
        try {
            path = URI.create(link).getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        Matcher m = DAY_IN_PATH.matcher(path);
        if (!m.find()) {
            return null;
        }
        boolean slashes = m.group(2) != null;
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(slashes ? 2 : 4)),
                    Integer.parseInt(m.group(slashes ? 3 : 5)));
            return DateParser.plausible(day.atStartOfDay(zone).toOffsetDateTime(), now);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
