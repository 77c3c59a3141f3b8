package org.policymonitor.alert.item;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An analyst's verdict on an item. */
public enum ReviewStatus {
    NEW, RELEVANT, IRRELEVANT, FOLLOW_UP;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReviewStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(ReviewStatus::wire).toList());
    }
}
