package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Makes a word written with look-alike letters the word a reader sees, on the tokenizer's tokens (before lower
 * case, whose twins differ: a Latin «B» looks like «В», a Latin «b» does not). Term text only: the offsets stay the
 * tokenizer's, so evidence shows what was written.
 * <ul>
 *   <li>A word that mixes Latin and Cyrillic letters is made one script — the script most of its letters are in, when
 *       each letter of the other has a twin there: «iнтэлект» (a Belarusian «і» typed as the Latin «i», on keyboards
 *       without it) → «інтэлект», «БPИКС» → «БРИКС», «BRІCS» → «BRICS». A word whose odd letters have no twin
 *       («Wi-Fiсеть» would, if the tokenizer kept it whole) is left as written.</li>
 *   <li>Stress marks (combining acute and grave) are dropped: «иску́сственный» is «искусственный»; a decomposed «й»,
 *       «ў» or «ё» (a letter and its combining breve or diaeresis, as macOS writes them) is composed.</li>
 *   <li>Invisible characters the tokenizer keeps inside a word are dropped: soft hyphens, zero-width joiners and
 *       non-joiners, the word joiner, the byte-order mark. (A zero-width space splits the word before this filter;
 *       ingest removes every such character from the texts it publishes.)</li>
 * </ul>
 * A token of one script without marks — nearly all — is passed on after one look at its characters.
 */
public final class LookAlikeFoldingFilter extends TokenFilter {

    private static final String LATIN_WITH_TWIN = "ABCEHIKMOPTXYaceiopxy";
    private static final String CYRILLIC_TWIN = "АВСЕНІКМОРТХУасеіорху";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public LookAlikeFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int latin = 0;
        int cyrillic = 0;
        boolean marks = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    latin++;
                }
            } else if (c >= 0x400 && c <= 0x4FF) {
                cyrillic++;
            } else if (isDropped(c) || isCombining(c)) {
                marks = true;
            }
        }
        if (marks) {
            length = withoutMarks(buffer, length);
        }
        if (latin > 0 && cyrillic > 0) {
            boolean toCyrillic = cyrillic >= latin;
            if (!fold(buffer, length, toCyrillic)) {
                fold(buffer, length, !toCyrillic);
            }
        }
        term.setLength(length);
        return true;
    }

    /**
     * Replaces every letter of the other script by its twin in this one, when each has one.
     *
     * @return whether it was done
     */
    private static boolean fold(char[] buffer, int length, boolean toCyrillic) {
        String from = toCyrillic ? LATIN_WITH_TWIN : CYRILLIC_TWIN;
        String to = toCyrillic ? CYRILLIC_TWIN : LATIN_WITH_TWIN;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (isOtherScript(c, toCyrillic) && from.indexOf(c) < 0) {
                return false;
            }
        }
        for (int i = 0; i < length; i++) {
            int at = from.indexOf(buffer[i]);
            if (at >= 0 && isOtherScript(buffer[i], toCyrillic)) {
                buffer[i] = to.charAt(at);
            }
        }
        return true;
    }

    private static boolean isOtherScript(char c, boolean toCyrillic) {
        return toCyrillic ? c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : c >= 0x400 && c <= 0x4FF;
    }

    /** Drops invisible characters and stress marks, composing «й», «ў», «ё» written as a letter and its mark. */
    private static int withoutMarks(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (isDropped(c)) {
                continue;
            }
            if (isCombining(c)) {
                if (out > 0) {
                    char composed = composed(buffer[out - 1], c);
                    if (composed != 0) {
                        buffer[out - 1] = composed;
                    }
                }
                continue; // a stress mark, or another mark no rule spells
            }
            buffer[out++] = c;
        }
        return out;
    }

    private static char composed(char letter, char mark) {
        return switch (mark) {
            case '\u0306' -> switch (letter) {
                case 'и' -> 'й';
                case 'И' -> 'Й';
                case 'у' -> 'ў';
                case 'У' -> 'Ў';
                default -> 0;
            };
            case '\u0308' -> switch (letter) {
                case 'е' -> 'ё';
                case 'Е' -> 'Ё';
                default -> 0;
            };
            default -> 0;
        };
    }

    private static boolean isDropped(char c) {
        return c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Combining diacritical marks (U+0300–U+036F): stress marks, and the breve and diaeresis of a decomposed letter. */
    private static boolean isCombining(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }
}
