package org.policymonitor.ingest.source;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a source is read. */
public enum SourceType {
    /** Any RSS 0.9x/1.0/2.0 or Atom feed, read with Rome. */
    RSS,
    /** A news listing page, read with jsoup and CSS selectors. */
    HTML;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceType fromWire(String value) {
        if (value == null) {
            throw new IllegalArgumentException("is required (rss or html)");
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "rss", "atom", "feed" -> RSS;
            case "html" -> HTML;
            default -> throw new IllegalArgumentException("unknown type '" + value + "' (rss or html)");
        };
    }
}
