package org.policymonitor.platform.text;

/**
 * A word written with letters of another script that look alike, made the word a reader sees: «iнтэлект» (a
 * Belarusian «і» typed as the Latin «i», on keyboards without it) is «інтэлект», «БPИКС» (a Latin «P») is «БРИКС»,
 * «BRІCS» (a Cyrillic «І») is «BRICS». A word that mixes Latin and Cyrillic letters is made the script most of its
 * letters are in when each letter of the other has a twin there (else the other way round, else left as written: a
 * letter without a twin makes it a real mix). Letter for letter, so the text keeps its length and offsets hold.
 * <p>
 * For what compares words — the theme rules (classifier-service), story grouping (alert-service) — never for what is
 * shown: the item keeps the text as written.
 */
public final class LookAlikeLetters {

    /** Latin letters and, at the same index, their Cyrillic twins (upper case too: a Latin «B» is «В», a «b» is not). */
    private static final String LATIN = "ABCEHIKMOPTXYaceiopxy";
    private static final String CYRILLIC = "АВСЕНІКМОРТХУасеіорху";

    private LookAlikeLetters() {
    }

    /** The text with each word that mixes the two scripts made one; the text itself when it has none. Null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = null;
        boolean changed = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean latin = false;
            boolean cyrillic = false;
            for (; i < n && isWordChar(text.charAt(i)); i++) {
                char c = text.charAt(i);
                latin |= isLatin(c);
                cyrillic |= isCyrillic(c);
            }
            if (latin && cyrillic) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                changed |= fold(chars, start, i);
            }
        }
        return changed ? new String(chars) : text;
    }

    /**
     * Makes the word {@code buffer[from, to)} one script, as {@link #of} does.
     *
     * @return whether a letter was changed
     */
    public static boolean fold(char[] buffer, int from, int to) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = from; i < to; i++) {
            if (isLatin(buffer[i])) {
                latin++;
            } else if (isCyrillic(buffer[i])) {
                cyrillic++;
            }
        }
        if (latin == 0 || cyrillic == 0) {
            return false;
        }
        boolean toCyrillic = cyrillic >= latin;
        return fold(buffer, from, to, toCyrillic) || fold(buffer, from, to, !toCyrillic);
    }

    private static boolean fold(char[] buffer, int from, int to, boolean toCyrillic) {
        String odd = toCyrillic ? LATIN : CYRILLIC;
        String twins = toCyrillic ? CYRILLIC : LATIN;
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if ((toCyrillic ? isLatin(c) : isCyrillic(c)) && odd.indexOf(c) < 0) {
                return false;
            }
        }
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (toCyrillic ? isLatin(c) : isCyrillic(c)) {
                buffer[i] = twins.charAt(odd.indexOf(c));
            }
        }
        return true;
    }

    /** A letter or a combining mark; the two scripts' letters and ASCII decided without a table look-up. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return isLatin(c);
        }
        return isCyrillic(c) || Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x400 && c <= 0x4FF;
    }
}
