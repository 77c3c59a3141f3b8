package org.policymonitor.platform.text;

/**
 * Cuts text to a length without cutting a character in two. Java strings count UTF-16 units, and a character outside
 * the Basic Multilingual Plane (an emoji, a mathematical letter, many CJK ideographs) takes two: cutting between them
 * leaves a lone surrogate that a mail client shows as "?", a JSON encoder escapes as garbage and UTF-8 cannot encode.
 */
public final class TextCut {

    /** What a cut text ends with. */
    public static final String ELLIPSIS = "…";

    private TextCut() {
    }

    /**
     * The text itself when it has at most {@code max} units, else its start and "…", {@code max} units at most in
     * all; null stays null.
     */
    public static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, boundaryAtOrBefore(text, Math.max(0, max - ELLIPSIS.length()))) + ELLIPSIS;
    }

    /** The text's first {@code max} units at most, no mark added; null stays null. */
    public static String prefix(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, boundaryAtOrBefore(text, max));
    }

    /**
     * The greatest index not above {@code index} at which the text may be cut: one less when {@code index} falls
     * between the two halves of a surrogate pair.
     */
    public static int boundaryAtOrBefore(String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return Math.max(0, Math.min(index, text.length()));
        }
        return Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index))
                ? index - 1 : index;
    }
}
