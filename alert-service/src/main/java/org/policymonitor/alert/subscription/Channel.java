package org.policymonitor.alert.subscription;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an alert reaches its subscriber. */
public enum Channel {
    EMAIL, WEBHOOK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromWire(String value) {
        return Arrays.stream(values()).filter(c -> c.wire().equals(value)).findFirst();
    }
}
