package org.policymonitor.alert.story;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped en/ru/be lexicon ({@code stories/lexicon.tsv}): everyday news words of the three languages made one
 * word ("снегопад", "снегапад", "snowfall" → {@code snow}; "кодекс", "кодэкс", "code" → {@code code}), so that versions
 * of one event in different languages have words in common where the glossary (institutions, people, places, the
 * themes, event types) has nothing to say. Forms are whole words or prefixes of at least {@value #MIN_PREFIX} letters;
 * a word is looked up as itself, then by its prefixes from the longest down. Loaded once (a few thousand map entries,
 * ~0.3 MB of heap).
 */
public final class Lexicon {

    /** The shortest prefix form: shorter stems swallow unrelated words ("сем*": семья and семинар). */
    static final int MIN_PREFIX = 4;

    private final Map<String, String> words = new HashMap<>();
    private final Map<String, String> prefixes = new HashMap<>();
    private int longestPrefix;
    /** {@link #prefixes}, looked up by a token's first letters without cutting them out (set once loaded). */
    private PrefixMap<String> prefixIndex;

    private static final Lexicon SHIPPED = load("/stories/lexicon.tsv");
    private static final Lexicon LEARNED = load("/stories/lexicon-learned.tsv");

    public static Lexicon shipped() {
        return SHIPPED;
    }

    /**
     * Nineteenth round: word stems of two or three languages aligned by how often they appear together in the
     * versions of one story across languages in the labelled sets of one half ({@code LexiconLearner} in the tests
     * writes {@code stories/lexicon-learned.tsv}); its words begin with {@code ~}, so they never meet the hand-made
     * ones. Asked only where the hand-made lexicon has no word.
     */
    public static Lexicon learned() {
        return LEARNED;
    }

    static Lexicon load(String resource) {
        return of(TsvResource.rows(resource, "lexicon"));
    }

    /** A lexicon of these rows (word, forms), as the shipped files hold them. */
    static Lexicon of(List<String[]> rows) {
        Lexicon lexicon = new Lexicon();
        for (String[] c : rows) {
            if (c.length != 2) {
                throw new IllegalStateException("lexicon line without a word and its forms: " + String.join("\t", c));
            }
            String word = c[0].trim().intern();
            for (String raw : c[1].split("\\|")) {
                String form = normalise(raw.trim());
                if (form.isEmpty()) {
                    continue;
                }
                if (form.endsWith("*")) {
                    String prefix = form.substring(0, form.length() - 1);
                    if (prefix.length() < MIN_PREFIX) {
                        throw new IllegalStateException("lexicon prefix shorter than " + MIN_PREFIX + " letters: " + raw);
                    }
                    lexicon.prefixes.putIfAbsent(prefix, word);
                    lexicon.longestPrefix = Math.max(lexicon.longestPrefix, prefix.length());
                } else {
                    lexicon.words.putIfAbsent(form, word);
                }
            }
        }
        lexicon.prefixIndex = new PrefixMap<>(lexicon.prefixes);
        return lexicon;
    }

    /** As {@link Tokens} writes a word: lower case, ё as е, no apostrophes ("сям'я" → "сямя"). */
    private static String normalise(String form) {
        return form.toLowerCase(Locale.ROOT).replace('ё', 'е').replace("'", "").replace("’", "");
    }

    /** The lexicon's word for a token (lower-cased as {@link Tokens} gives it), or null. */
    String wordOf(String token) {
        String w = words.get(token);
        if (w != null) {
            return w;
        }
        return prefixIndex.longest(token, MIN_PREFIX, longestPrefix); // the longest prefix form first
    }

    int size() {
        return words.size() + prefixes.size();
    }
}
