package org.policymonitor.alert.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped en/ru/be glossary ({@code stories/glossary.tsv}): terms in the three languages that name one concept
 * (an institution, a person, a country, a theme or an event type), so that versions of a story in different languages
 * share keys. Inflection is handled by prefix terms ("персональн* данн*").
 */
public final class Glossary {

    /**
     * A concept found in a text and the tokens its term covered; {@code implied} is the concept it names besides
     * ({@code country:china} for the Chinese Academy of Sciences), or null.
     */
    record Found(String concept, String category, int from, int to, String implied) {
    }

    /** {@code letters}: of its words, how specific a term is among terms of as many words ({@link #moreSpecific}). */
    private record Term(String concept, String category, String[] words, boolean[] prefix, int order, String implied,
                        int letters) {

        Term(String concept, String category, String[] words, boolean[] prefix, int order, String implied) {
            this(concept, category, words, prefix, order, implied, Glossary.letters(words));
        }
    }

    /** Letters of a prefix first word that index it: "персональн*" is found under "пер". */
    private static final int PREFIX_KEY = 3;

    /**
     * Terms by their exact first word, and terms whose first word is a prefix by its first {@link #PREFIX_KEY}
     * letters (or all of them when shorter): a token looks up a handful of terms instead of every term sharing its
     * first letter, which was most of the feature extraction's time.
     */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, List<Term>> byPrefix = new HashMap<>();
    /** {@link #byPrefix}, looked up by a token's first letters without cutting them out. */
    private final PrefixMap<List<Term>> prefixIndex;

    /**
     * One-word terms of two to six letters (acronyms and short names: "брикс", "оац", "oac") by their {@link
     * #acronymKey}: an all-caps word no term matches is looked up there ("БРІКС" = "БРИКС").
     */
    private final Map<String, Term> byAcronym = new HashMap<>();

    private Glossary(List<Term> terms) {
        for (Term t : terms) {
            if (t.words().length == 1 && !t.prefix()[0] && t.words()[0].length() >= 2 && t.words()[0].length() <= 6) {
                byAcronym.putIfAbsent(acronymKey(t.words()[0]), t);
            }
            String first = t.words()[0];
            if (t.prefix()[0]) {
                byPrefix.computeIfAbsent(first.substring(0, Math.min(PREFIX_KEY, first.length())), k -> new ArrayList<>()).add(t);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(t);
            }
        }
        prefixIndex = new PrefixMap<>(byPrefix);
    }

    private static final Glossary SHIPPED = load("/stories/glossary.tsv");

    public static Glossary shipped() {
        return SHIPPED;
    }

    static Glossary load(String resource) {
        List<Term> terms = new ArrayList<>();
        for (String[] c : TsvResource.rows(resource, "glossary")) {
            // a fourth column: what the concept names besides itself — a foreign body its country
            String implied = c.length > 3 && !c[3].isBlank() ? c[3].trim() : null;
            for (String term : c[2].split("\\|")) {
                String[] words = term.trim().toLowerCase(Locale.ROOT).replace('ё', 'е').split("\\s+");
                if (words.length == 0 || words[0].isEmpty()) {
                    continue;
                }
                boolean[] prefix = new boolean[words.length];
                for (int i = 0; i < words.length; i++) {
                    prefix[i] = words[i].endsWith("*");
                    words[i] = prefix[i] ? words[i].substring(0, words[i].length() - 1) : words[i];
                }
                terms.add(new Term(c[0].trim(), c[1].trim(), words, prefix, terms.size(), implied));
                String[] minister = ministerOf(words);
                if (c[1].trim().equals("org") && minister != null) {
                    terms.add(new Term(c[0].trim(), c[1].trim(), minister, prefix.clone(), terms.size(), implied));
                }
            }
        }
        return new Glossary(terms);
    }

    /**
     * A ministry's term with its minister instead ("ministry of health" → "minister of health", "communications
     * ministry" → "communications minister", "министерств* связи" → "министр* связи"), or null: a version often names
     * the minister where another names his ministry ("Communications and Informatization Minister Shulgan" = "the
     * Ministry of Communications and Informatization"), and he speaks for it.
     */
    private static String[] ministerOf(String[] words) {
        String[] out = words.clone();
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            String replaced = switch (out[i]) {
                case "ministry" -> "minister";
                case "министерств" -> "министр";
                case "міністэрств" -> "міністр";
                default -> null;
            };
            if (replaced != null) {
                out[i] = replaced;
                changed = true;
            }
        }
        return changed ? out : null;
    }

    /**
     * Every concept named in the tokens, longest term first at each position (of terms of as many words the more
     * specific, matching more letters, then the first in the file); covered tokens are not reused.
     */
    List<Found> find(List<Tokens.Token> tokens) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String w = tokens.get(i).lower();
            Term best = better(null, byFirstWord.get(w), tokens, i);
            int prefixHash = 0; // the first len letters' hash, carried from one length to the next
            for (int len = 1; len <= PREFIX_KEY && len <= w.length(); len++) {
                prefixHash = PrefixMap.extend(prefixHash, w.charAt(len - 1));
                best = better(best, prefixIndex.get(w, len, prefixHash), tokens, i);
            }
            if (best == null && tokens.get(i).allCaps() && w.length() <= 6) {
                best = byAcronym.get(acronymKey(w));
            }
            if (best != null) {
                found.add(new Found(best.concept(), best.category(), i, i + best.words().length, best.implied()));
                i += best.words().length;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * An acronym as its letters sound in any of the three scripts: transliterated, with the letters that an acronym's
     * initials turn into across Russian, Belarusian and English made one — С/Ц/К/C/S/K (Совет, Содружество, Центр,
     * Комитет = Council, Commonwealth, Centre, Committee), О/А (Belarusian writes the unstressed о as а: Объединенный = Аб'яднаны), И/І/Y.
     * So "БРІКС" = "БРИКС", "РСС" = "RCC", "ОАЦ" = "ААЦ" = "OAC". Acronyms translated word by word (МИД = МЗС = MFA)
     * differ in their letters and need the glossary.
     */
    static String acronymKey(String lower) {
        String latin = Transliteration.latin(lower);
        StringBuilder b = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c == 't' && i + 1 < latin.length() && latin.charAt(i + 1) == 's') {
                continue; // ц → "ts": one letter, as C
            }
            b.append(switch (c) {
                case 'c', 's', 'k' -> 's';
                case 'o' -> 'a';
                case 'y' -> 'i';
                default -> c;
            });
        }
        return b.toString();
    }

    private static Term better(Term best, List<Term> terms, List<Tokens.Token> tokens, int at) {
        if (terms == null) {
            return best;
        }
        for (Term t : terms) {
            if ((best == null || t.words().length > best.words().length
                    || t.words().length == best.words().length && moreSpecific(t, best)) && matches(t, tokens, at)) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Of two terms of as many words, the one matching more letters, else the first in the file. Twenty-second round: a
     * body's name beginning with a shorter term ("беларуськали*" with "беларус*", the country's common word) was read
     * as that term, the first in the file, and the body was never found.
     */
    private static boolean moreSpecific(Term t, Term best) {
        int letters = t.letters() - best.letters();
        return letters > 0 || letters == 0 && t.order() < best.order();
    }

    private static int letters(String[] words) {
        int n = 0;
        for (String w : words) {
            n += w.length();
        }
        return n;
    }

    /**
     * Twenty-second round: the Belarusian locative of a stem ending in т, д or к — т becomes ц and д дз before the -е,
     * к ц before the -ы ("інстытут*" → "інстытуце", "камітэт*" → "камітэце", "савет*" → "савеце", "урад*" → "урадзе",
     * "бяспек*" → "бяспецы") — which the prefix does not cover. Only that one form (the word ends there), so
     * "институциональный" is no "институт*".
     */
    static boolean locative(String word, String stem) {
        int n = stem.length();
        if (n < 3) {
            return false;
        }
        char last = stem.charAt(n - 1);
        if (last == 'т') {
            return word.length() == n + 1 && word.regionMatches(0, stem, 0, n - 1)
                    && word.charAt(n - 1) == 'ц' && word.charAt(n) == 'е';
        }
        if (last == 'к') {
            // a feminine noun's к becomes ц before its -ы ("бяспек*" → "бяспецы", "рэспублік*" → "рэспубліцы")
            return word.length() == n + 1 && word.regionMatches(0, stem, 0, n - 1) && word.charAt(n - 1) == 'ц'
                    && word.charAt(n) == 'ы';
        }
        return last == 'д' && word.length() == n + 2 && word.startsWith(stem) && word.charAt(n) == 'з'
                && word.charAt(n + 1) == 'е';
    }

    private static boolean matches(Term t, List<Tokens.Token> tokens, int at) {
        if (at + t.words().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < t.words().length; k++) {
            String w = tokens.get(at + k).lower();
            if (t.prefix()[k] ? !w.startsWith(t.words()[k]) && !locative(w, t.words()[k]) : !w.equals(t.words()[k])) {
                return false;
            }
        }
        return true;
    }
}
