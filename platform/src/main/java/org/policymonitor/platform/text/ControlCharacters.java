package org.policymonitor.platform.text;

import java.util.Locale;

/**
 * Control characters in free text people type and others read (a subscription's name, a review note): a bell, an
 * escape sequence that recolours or clears the terminal a log is read in, a line break that forges a second log line,
 * a C1 control, a bidirectional override or isolate that shows the text reversed ({@code U+202E}). No name needs one;
 * stored, they are shown to the next reader as the sender meant. Checks name the first one found, as {@code U+001B}.
 * Half a character (an unpaired UTF-16 surrogate, which JSON's {@code \\uD800} escape can send) is named too, as
 * {@code U+D800 (half of a character)}: it is no text, and PostgreSQL's driver stores it as {@code ?}.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * The first control character of a one-line text (a name), as {@code U+0007}; null when there is none (or no text).
     * Every C0 and C1 control and DEL, the line and paragraph separators, and the bidirectional embeddings, overrides
     * and isolates.
     */
    public static String firstInLine(String text) {
        return first(text, false);
    }

    /** As {@link #firstInLine}, for text of several lines (a note): line feeds, carriage returns and tabs are its own. */
    public static String firstInText(String text) {
        return first(text, true);
    }

    private static String first(String text, boolean lines) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lines && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return "U+" + String.format(Locale.ROOT, "%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole character beyond the 16-bit range (an emoji)
            } else if (Character.isSurrogate(c)) {
                return "U+" + String.format(Locale.ROOT, "%04X", (int) c) + " (half of a character)";
            }
        }
        return null;
    }
}
