package org.policymonitor.platform.net;

import java.util.Optional;

/**
 * IPv4 addresses in the forms inet_aton and the WHATWG URL standard accept besides four decimal numbers: one to four
 * parts, each decimal, octal (a leading 0) or hex (0x), the last part filling the bytes left ({@code 2130706433},
 * {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1} are all 127.0.0.1 to browsers, curl and most proxies). Java reads
 * some of them differently ({@code 0177.0.0.1} as 177.0.0.1) and others not at all ({@code 0x7f000001} is a name to it),
 * so a URL written so means one place to the service and another to everything else.
 */
final class Ipv4Forms {

    private Ipv4Forms() {
    }

    /**
     * The dotted-decimal address a host written in a non-standard IPv4 form stands for, or empty when the host is
     * four plain decimal numbers or no IPv4 form at all (a name). A form whose numbers do not fit 32 bits answers
     * "invalid".
     */
    static Optional<String> nonStandard(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        boolean standard = parts.length == 4 && h.equals(host); // "8.8.8.8." is a form too
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
            standard &= parts[i].matches("0|[1-9][0-9]{0,2}") && value <= 255;
        }
        if (standard) {
            return Optional.empty();
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.of("invalid");
            }
            address = address << 8 | values[i];
        }
        int lastBytes = 5 - values.length;
        long last = values[values.length - 1];
        if (last >= 1L << (8 * lastBytes)) {
            return Optional.of("invalid");
        }
        address = address << (8 * lastBytes) | last;
        return Optional.of((address >> 24 & 0xFF) + "." + (address >> 16 & 0xFF) + "." + (address >> 8 & 0xFF) + "."
                + (address & 0xFF));
    }

    /** A part's value in inet_aton's reading, or null when it is no number (a label of a name). */
    private static Long number(String part) {
        String digits;
        int radix;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            digits = part.substring(2);
            radix = 16;
            if (digits.isEmpty()) {
                return 0L; // "0x" alone is 0 to the WHATWG parser
            }
        } else if (part.length() > 1 && part.startsWith("0")) {
            digits = part.substring(1);
            radix = 8;
        } else {
            digits = part;
            radix = 10;
        }
        if (digits.isEmpty() || digits.length() > 32) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0 || digits.charAt(i) > 'z') {
                return null;
            }
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // more digits than 64 bits: no address, but a number all the same
        }
    }
}
