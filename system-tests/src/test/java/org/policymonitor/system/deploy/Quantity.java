package org.policymonitor.system.deploy;

import java.math.BigDecimal;
import java.util.Map;

/** A Kubernetes resource quantity ("500m", "2", "512Mi", "1G") as a number, to compare requests with limits. */
final class Quantity {

    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("M", BigDecimal.valueOf(1_000_000L)),
            Map.entry("G", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)));

    private Quantity() {
    }

    static BigDecimal parse(String quantity) {
        String number = quantity.replaceAll("[A-Za-z]+$", "");
        String suffix = quantity.substring(number.length());
        if (!suffix.isEmpty() && !SUFFIXES.containsKey(suffix)) {
            throw new IllegalArgumentException("unknown quantity suffix in " + quantity);
        }
        return new BigDecimal(number).multiply(SUFFIXES.getOrDefault(suffix, BigDecimal.ONE));
    }
}
