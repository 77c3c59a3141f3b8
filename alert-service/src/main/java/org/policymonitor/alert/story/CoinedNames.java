package org.policymonitor.alert.story;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forty-eighth round: the names an item gives in quotes — «Гутарка», «Умный Гродно», "Pulsar" — as their skeletons
 * ({@link Transliteration#skeleton}). A writer puts a coined name in quotes (a product, a model, an application, a
 * programme, a plant or a festival), and every version of the event gives it, in any script; a surname or a city is
 * never quoted. Only short quotations count: a quoted sentence is someone's words, whose capitalised words are no
 * coined name.
 */
final class CoinedNames {

    /** «…», „…“, “…”, "…": the quotation marks of the three languages' news. */
    private static final Pattern QUOTED = Pattern.compile("[«„“\"]([^«»„“”\"\\n]{2,60})[»“”\"]");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\-]*");
    /** A quotation of more words is a sentence someone said or a title, not a name. */
    static final int MAX_WORDS = 5;

    private CoinedNames() {
    }

    /** The skeletons of the capitalised words of the text's short quotations. */
    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String quoted = m.group(1);
            if (quoted.trim().split("\\s+").length > MAX_WORDS) {
                continue;
            }
            Matcher w = WORD.matcher(quoted);
            while (w.find()) {
                String word = w.group();
                if (Character.isUpperCase(word.charAt(0))) {
                    out.add(Transliteration.skeleton(word.toLowerCase(Locale.ROOT)));
                }
            }
        }
        return out;
    }
}
