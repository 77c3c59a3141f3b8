package org.policymonitor.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSS selector group ({@code "h5, h4, .coh-heading"}) into its alternatives, in the order they are
 * written, so that a listing can treat the order as a priority rather than take whichever matches first in the
 * page. Commas inside brackets, parentheses or quotes ({@code a[title="x, y"]}, {@code :is(h2, h3)}) do not split.
 * Pure logic.
 */
final class SelectorAlternatives {

    private SelectorAlternatives() {
    }

    static List<String> of(String group) {
        List<String> parts = new ArrayList<>();
        if (group == null) {
            return parts;
        }
        int depth = 0;
        char quote = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < group.length()) {
                    current.append(c).append(group.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                add(parts, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, CharSequence part) {
        String p = part.toString().strip();
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}
