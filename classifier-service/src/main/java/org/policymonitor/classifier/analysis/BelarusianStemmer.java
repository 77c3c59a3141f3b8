package org.policymonitor.classifier.analysis;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A light stemmer for Belarusian (Lucene has none): it strips one inflectional ending of nouns and adjectives
 * so that the forms of a word share one index term, then evens out the consonant alternations that those
 * endings cause. It works on tokens already folded by {@link CyrillicFoldingFilter} (lower case, ў → у,
 * о → а, ё → е, no apostrophes), and is applied identically to rules and to items, so a rule written in the
 * base form matches every case form.
 *
 * <ol>
 *   <li>Strip the longest ending from {@link #ENDINGS} that leaves at least {@value #MIN_STEM} characters
 *       («штучнага» → «штучн», «стандартамі» → «стандарт», «рэгуляванні» → «рэгуляванн»).</li>
 *   <li>Strip a stem-final «і», «ы» or «ь» left over from -ія / -ыя / -ць nouns («тэхналогіях» →
 *       «тэхналаг», «каланізацыі» → «каланізац», «кіберзлачыннасць» / «кіберзлачыннасці» →
 *       «кіберзлачыннасц»).</li>
 *   <li>Undo the alternations of the dative/locative: «тц» → «тк» («нейрасетцы» ↔ «нейрасетка»),
 *       final «ц» → «т» («інтэлекце» ↔ «інтэлект», «стандарце» ↔ «стандарт»), final «дз» → «д».</li>
 * </ol>
 * Deliberately light: verbs are not conjugated back, fleeting vowels («нейрасетак») are not restored and
 * stems that change under stress are not joined; rules use a prefix ({@code нейрасет*}) or list the form.
 */
public final class BelarusianStemmer {

    /** Shortest stem an ending may leave: shorter words are mostly abbreviations or particles. */
    public static final int MIN_STEM = 3;

    /** Noun and adjective endings in folded spelling (о written а, ў written у), longest first. */
    static final String[] ENDINGS = sortLongestFirst(
            // adjectives and participles
            "ага", "яга", "аму", "яму", "ымі", "імі",
            "ыя", "ія", "ая", "яя", "ае", "ее", "ую", "юю", "ым", "ім", "ых", "іх", "ай", "яй", "ый", "ій",
            // nouns
            "амі", "ямі",
            "ам", "ям", "ах", "ях", "аю", "яю", "ей", "ау", "яу", "еу", "ем",
            "а", "я", "у", "ю", "ы", "і", "е", "ь");

    private BelarusianStemmer() {
    }

    /** Stems {@code buffer[0..length)} in place and returns the new length. */
    public static int stem(char[] buffer, int length) {
        int len = stripEnding(buffer, length);
        if (len > MIN_STEM && (buffer[len - 1] == 'і' || buffer[len - 1] == 'ы' || buffer[len - 1] == 'ь')) {
            len--;
        }
        return normaliseAlternation(buffer, len);
    }

    public static String stem(String word) {
        char[] buffer = word.toCharArray();
        return new String(buffer, 0, stem(buffer, buffer.length));
    }

    private static int stripEnding(char[] buffer, int length) {
        for (String ending : ENDINGS) {
            int stemLength = length - ending.length();
            if (stemLength >= MIN_STEM && endsWith(buffer, length, ending)) {
                return stemLength;
            }
        }
        return length;
    }

    private static int normaliseAlternation(char[] buffer, int len) {
        if (len <= MIN_STEM) {
            return len;
        }
        char last = buffer[len - 1];
        char before = buffer[len - 2];
        if (last == 'ц' && before == 'т') {
            buffer[len - 1] = 'к';
        } else if (last == 'ц') {
            buffer[len - 1] = 'т';
        } else if (last == 'з' && before == 'д') {
            return len - 1;
        }
        return len;
    }

    private static boolean endsWith(char[] buffer, int length, String suffix) {
        if (suffix.length() > length) {
            return false;
        }
        int offset = length - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (buffer[offset + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String[] sortLongestFirst(String... endings) {
        String[] sorted = endings.clone();
        Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
        return sorted;
    }
}
