package org.policymonitor.alert.subscription;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** One alert per item as it arrives, or a digest grouping items on a schedule. */
public enum Mode {
    IMMEDIATE, DIGEST;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> fromWire(String value) {
        return Arrays.stream(values()).filter(m -> m.wire().equals(value)).findFirst();
    }
}
