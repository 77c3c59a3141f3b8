package org.policymonitor.alert.act;

import java.util.ArrayList;
import java.util.List;

/**
 * A field's text without its invisible format characters (Unicode category Cf, as {@code platform}'s
 * {@code InvisibleCharacters} removes them on ingest): zero-width spaces and joiners, the word joiner, the soft hyphen, a
 * BOM inside the text, bidirectional marks. A page or a pasted text carries them inside a word ("Ука&shy;з"), between
 * the sign and the number ("№&#8203;135") or inside the number, where nobody sees them but a pattern does. The
 * extractor reads the visible text and gives its references the offsets and text of the field as it came: evidence
 * is shown by offsets into the original.
 */
final class VisibleText {

    private final String text;
    /** For each character of {@link #text}, its offset in the original. */
    private final int[] original;

    private VisibleText(String text, int[] original) {
        this.text = text;
        this.original = original;
    }

    /** The visible text, or null when the field has no invisible character (most fields: one pass, nothing built). */
    static VisibleText of(String field) {
        if (firstInvisible(field) < 0) {
            return null;
        }
        StringBuilder visible = new StringBuilder(field.length());
        int[] original = new int[field.length()];
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (!invisible(c)) {
                original[visible.length()] = i;
                visible.append(c);
            }
        }
        return new VisibleText(visible.toString(), original);
    }

    String text() {
        return text;
    }

    /** The references read in the visible text, with the original's offsets and text. */
    List<ActReference> inOriginal(List<ActReference> refs, String field) {
        List<ActReference> mapped = new ArrayList<>(refs.size());
        for (ActReference r : refs) {
            int start = original[r.start()];
            int end = r.end() > r.start() ? original[r.end() - 1] + 1 : start;
            mapped.add(new ActReference(r.id(), r.kind(), r.number(), r.date(), field.substring(start, end), r.field(),
                    start, end));
        }
        return mapped;
    }

    private static int firstInvisible(String field) {
        for (int i = 0; i < field.length(); i++) {
            if (invisible(field.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A format character: below U+00AD there is none, so most Latin text costs one comparison a character. */
    private static boolean invisible(char c) {
        return c >= '\u00AD' && Character.getType(c) == Character.FORMAT;
    }
}
