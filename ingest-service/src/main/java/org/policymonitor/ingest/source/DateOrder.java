package org.policymonitor.ingest.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a source writes the day and the month of a numeric date such as {@code 11/05/2026}: day first, as Belarus,
 * Russia and most of Europe do (the default), or month first, as US sites do. Only a date both readings allow needs
 * it: {@code 25/11/2026} and {@code 11/25/2026} can each be read only one way, and dotted dates are always day first.
 */
public enum DateOrder {
    DAY_FIRST("day-first"),
    MONTH_FIRST("month-first");

    private final String configName;

    DateOrder(String configName) {
        this.configName = configName;
    }

    /** As written in the catalogue and the API: {@code day-first}, {@code month-first}. */
    public String configName() {
        return configName;
    }

    /** The order a catalogue or a preview names, or null when the text names none (the caller says what is wrong). */
    public static DateOrder fromConfigName(String text) {
        if (text == null) {
            return null;
        }
        String name = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.configName.equals(name)).findFirst().orElse(null);
    }

    /** The accepted names, for an error message. */
    public static String accepted() {
        return Arrays.stream(values()).map(DateOrder::configName).collect(Collectors.joining(" or "));
    }
}
