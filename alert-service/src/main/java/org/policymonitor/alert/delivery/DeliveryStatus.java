package org.policymonitor.alert.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** pending (waiting or retrying) → delivered, or → dead (given up, with the last error; an admin may retry). */
public enum DeliveryStatus {
    PENDING, DELIVERED, DEAD;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeliveryStatus> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }
}
