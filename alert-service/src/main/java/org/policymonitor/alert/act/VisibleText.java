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
 * <p>
 * Text copied from a PDF or a portal's print view also keeps the hyphen of a word broken at a line's end, with the
 * line break or a space after it ("поста- новление", "Ука-&#10;за"): where the word so broken is a kind word ("Ука" +
 * "за" is "Указа", the break inside the stem {@link ActExtractor#breaksAKindWord}), the hyphen and the spaces after it
 * are read past as well (the acts35 round; until 6 December 2026 the act was missed). Any other broken word stays as it
 * is: "северо- и юго-западный", "pre- and post-war" are no break.
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
        if (firstReadPast(field) < 0) {
            return null;
        }
        StringBuilder visible = new StringBuilder(field.length());
        int[] original = new int[field.length()];
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int broken = lineBreakHyphen(field, i);
            if (broken > i) {
                i = broken - 1; // the hyphen and the spaces after it
            } else if (!invisible(c)) {
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

    /** The first character read past: an invisible one, or a hyphen that breaks a kind word at a line's end. */
    private static int firstReadPast(String field) {
        for (int i = 0; i < field.length(); i++) {
            if (invisible(field.charAt(i)) || lineBreakHyphen(field, i) > i) {
                return i;
            }
        }
        return -1;
    }

    /** How many letters of each part of a broken word are looked at: a kind word's stem is at most twelve. */
    private static final int PART = 16;

    /**
     * Where the break ends when a hyphen at {@code i} breaks a kind word at a line's end ("Ука-\n за", "поста-
     * новление"): a letter before it, one to three spaces after it (a line break among them at most once), then a
     * lower-case letter, and the two parts joined start a kind word whose stem reaches across the break. Else -1.
     */
    private static int lineBreakHyphen(String field, int i) {
        char c = field.charAt(i);
        if (c != '-' && c != '\u2010' || i == 0 || !Character.isLetter(field.charAt(i - 1))) {
            return -1; // most characters: one comparison
        }
        int j = i + 1;
        int breaks = 0;
        while (j < field.length() && j - i <= 3 && Character.isWhitespace(field.charAt(j))) {
            breaks += field.charAt(j) == '\n' ? 1 : 0;
            j++;
        }
        if (j == i + 1 || j - i > 3 && j < field.length() && Character.isWhitespace(field.charAt(j)) || breaks > 1
                || j == field.length() || !Character.isLowerCase(field.charAt(j))) {
            return -1;
        }
        int from = i - 1;
        while (from > 0 && i - from < PART && Character.isLetter(field.charAt(from - 1))) {
            from--;
        }
        int to = j;
        while (to < field.length() && to - j < PART && Character.isLetter(field.charAt(to))) {
            to++;
        }
        String before = ActExtractor.lower(field.substring(from, i));
        return ActExtractor.breaksAKindWord(before, before + ActExtractor.lower(field.substring(j, to))) ? j : -1;
    }

    /** A format character: below U+00AD there is none, so most Latin text costs one comparison a character. */
    private static boolean invisible(char c) {
        return c >= '\u00AD' && Character.getType(c) == Character.FORMAT;
    }
}
