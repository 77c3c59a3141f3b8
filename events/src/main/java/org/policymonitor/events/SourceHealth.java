package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Health of a monitored source. */
public enum SourceHealth {
    /** Polled successfully; items arrive at the expected cadence. */
    OK,
    /** The last polls failed (HTTP status, timeout, not a feed, tiny body, parse error). */
    FAILING,
    /** Polls succeed but nothing new arrived for longer than the source's expected cadence. */
    SILENT,
    /** The first successful poll after failing or silent. */
    RECOVERED,
    /** A state this version does not know, sent by a newer producer. */
    UNKNOWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SourceHealth fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
