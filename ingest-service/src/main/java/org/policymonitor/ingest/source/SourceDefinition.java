package org.policymonitor.ingest.source;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One configured source.
 *
 * @param primary         read first, on every poll
 * @param fallback        read when the primary fails (e.g. BelTA's all_news listing when its RSS answers 404), or null
 * @param language        ISO 639-1 code used when neither the item nor the feed declares one
 * @param timezone        zone of dates that carry no offset (never the machine's zone)
 * @param expectedCadence nothing new for longer than this makes the source "silent"
 * @param fullText        read each new item's article page and publish its main text as the item's content
 * @param contentSelector full-text sources, optional: CSS selector (jsoup) of the main text on an article page,
 *                        used instead of the generic extraction; null = generic extraction
 */
public record SourceDefinition(String id, String name, Endpoint primary, Endpoint fallback, String language,
                               ZoneId timezone, Duration pollInterval, Duration expectedCadence, boolean enabled,
                               boolean fullText, String contentSelector) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMinutes(15);
    public static final Duration DEFAULT_EXPECTED_CADENCE = Duration.ofDays(2);

    public SourceDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(primary, "primary");
        name = name == null || name.isBlank() ? id : name;
        timezone = timezone == null ? ZoneId.of("UTC") : timezone;
        pollInterval = pollInterval == null ? DEFAULT_POLL_INTERVAL : pollInterval;
        expectedCadence = expectedCadence == null ? DEFAULT_EXPECTED_CADENCE : expectedCadence;
        contentSelector = contentSelector == null || contentSelector.isBlank() ? null : contentSelector.strip();
    }

    /** A source without full text. */
    public SourceDefinition(String id, String name, Endpoint primary, Endpoint fallback, String language,
                            ZoneId timezone, Duration pollInterval, Duration expectedCadence, boolean enabled) {
        this(id, name, primary, fallback, language, timezone, pollInterval, expectedCadence, enabled, false, null);
    }
}
