package org.policymonitor.classifier.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.policymonitor.platform.text.LookAlikeLetters;

import java.io.IOException;

/**
 * Makes a word written with look-alike letters the word a reader sees, on the tokenizer's tokens (before lower
 * case, whose twins differ: a Latin «B» looks like «В», a Latin «b» does not). Term text only: the offsets stay the
 * tokenizer's, so evidence shows what was written.
 * <ul>
 *   <li>A word that mixes Latin and Cyrillic letters is made one script ({@link LookAlikeLetters}, which story
 *       grouping uses too): «iнтэлект» (a Belarusian «і» typed as the Latin «i») → «інтэлект», «БPИКС» → «БРИКС»,
 *       «BRІCS» → «BRICS».</li>
 *   <li>Stress marks (combining acute and grave) are dropped: «иску́сственный» is «искусственный»; a decomposed «й»,
 *       «ў» or «ё» (a letter and its combining breve or diaeresis, as macOS writes them) is composed.</li>
 *   <li>Invisible characters the tokenizer keeps inside a word are dropped: soft hyphens, zero-width joiners and
 *       non-joiners, the word joiner, the byte-order mark. (A zero-width space splits the word before this filter;
 *       ingest removes every such character from the texts it publishes.)</li>
 * </ul>
 * A token of one script without marks — nearly all — is passed on after one look at its characters.
 */
public final class LookAlikeFoldingFilter extends TokenFilter {

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
        boolean marks = false;
        for (int i = 0; i < length && !marks; i++) {
            marks = isDropped(buffer[i]) || isCombining(buffer[i]);
        }
        if (marks) {
            length = withoutMarks(buffer, length);
        }
        LookAlikeLetters.fold(buffer, 0, length); // counts the scripts itself: a one-script token is left at once
        term.setLength(length);
        return true;
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
