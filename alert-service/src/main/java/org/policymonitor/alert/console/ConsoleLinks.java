package org.policymonitor.alert.console;

import java.nio.charset.StandardCharsets;

/**
 * Links to console pages whose path carries an id. Ids come from the data (act ids are made from item text), so each
 * is percent-encoded as one path segment: nothing in it can add a segment, a query or a fragment.
 */
public final class ConsoleLinks {

    /** Longer ids are not looked up (the API's limit): no story or act has one. */
    static final int MAX_ID = 200;

    private ConsoleLinks() {
    }

    public static String item(String id) {
        return "/console/items/" + segment(id);
    }

    public static String story(String id) {
        return "/console/stories/" + segment(id);
    }

    public static String act(String id) {
        return "/console/acts/" + segment(id);
    }

    /** RFC 3986 path segment: unreserved characters and ':' stay, every other byte of the UTF-8 form is %XX. */
    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~:".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
