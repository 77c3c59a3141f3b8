package org.policymonitor.events;

import java.util.Locale;

/**
 * Language tags as every service compares them: on their primary subtag, what comes before the first {@code -} or
 * {@code _} ({@code ru-RU}, {@code ru_BY} and {@code RU} are {@code ru}). A tag without one — {@code -}, {@code _},
 * {@code --en}, a blank, digits — names no language: feeds and producers send such values, and reading them as
 * "no language" is what keeps the item (an index into an empty split was an exception, and the item was lost).
 */
public final class LanguageTags {

    /** A BCP 47 primary language subtag: 2–3 letters (ISO 639), up to 8 for the registered ones. */
    private static final int MIN_PRIMARY = 2;
    private static final int MAX_PRIMARY = 8;

    private LanguageTags() {
    }

    /** The primary subtag, lower-cased ({@code "ru-RU"} → {@code "ru"}); null when the tag has none. */
    public static String primary(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip();
        // a scan, not split("[-_]"): that compiles a regex per call, and "-".split(…) is an empty array
        int end = 0;
        while (end < t.length() && t.charAt(end) != '-' && t.charAt(end) != '_') {
            end++;
        }
        if (end < MIN_PRIMARY || end > MAX_PRIMARY) {
            return null;
        }
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null;
            }
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** Whether the tag names a language: it has a primary subtag. */
    public static boolean namesALanguage(String tag) {
        return primary(tag) != null;
    }
}
