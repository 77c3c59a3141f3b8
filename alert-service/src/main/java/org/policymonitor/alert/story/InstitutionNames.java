package org.policymonitor.alert.story;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the capitalised words that are part of an institution's name rather than names of their own: "the
 * Operations and Analysis Center", "the Strategic Research and Forecasting Center", "the Ministry of Economy", "в
 * Научном центре", "Аналітычны цэнтр". English capitalises every word of such a name, Russian and Belarusian the first;
 * read as names, these words would be specific details shared by every item about the institution — the same
 * institution on the next day is a look-alike, not the same event. Proper names inside such a name stay names (the
 * Stepanov Institute): before the institution word, an English word counts as part of the name only when it looks
 * like a common word (a suffix of common nouns and adjectives, or one of a few frequent ones); Russian and Belarusian
 * capitalise only the word right before the noun.
 */
final class InstitutionNames {

    /** Nouns that end an institution's name, as prefixes (inflection): center, committee, ministry, центр, камітэт… */
    private static final List<String> NOUNS = List.of("center", "centre", "committee", "council", "academ", "institut",
            "universit", "agenc", "department", "ministr", "service", "inspectorate", "fund", "bureau", "commission",
            "chamber", "office", "laborator", "college", "authority", "directorate",
            "центр", "комитет", "совет", "академи", "институт", "университет", "агентств", "департамент", "министерств",
            "министр", "служб", "инспекци", "фонд", "бюро", "комисси", "палат", "лаборатор", "колледж", "управлени",
            "цэнтр", "камітэт", "савет", "акадэмі", "інстытут", "універсітэт", "агенцтв", "дэпартамент", "міністэрств",
            "міністр", "інспекцы", "камісі", "лабараторы", "каледж", "упраўленн");

    /** Endings of English common nouns and adjectives (Operations, Analysis, Scientific, Technical, Development). */
    private static final List<String> COMMON_ENDINGS = List.of("tion", "tions", "sion", "sions", "ment", "ments", "ness",
            "ity", "ities", "ics", "ic", "ical", "al", "ive", "ives", "ysis", "yses", "ing", "ance", "ances", "ence",
            "ences", "ory", "ories", "ous", "ship", "ure", "ures", "ism", "ogy", "ogies", "ist", "ists");

    /** Frequent words of English institution names without such an ending. */
    private static final Set<String> COMMON_WORDS = Set.of("research", "data", "science", "defence", "defense", "trade",
            "health", "energy", "labour", "labor", "sport", "sports", "emergency", "emergencies", "affairs", "security",
            "works", "services", "information", "technology", "technologies", "control", "audit", "property", "tax",
            "taxes", "transport", "industry", "economy", "finance", "justice", "food", "water", "tourism", "youth",
            "media", "press", "innovation", "innovations", "state", "standards", "statistics", "investigative", "foreign",
            "resources");

    /** Lower-case words that may stand inside an English institution's name. */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "on", "the", "under");

    private static final int MAX_RUN = 6;

    private InstitutionNames() {
    }

    /** Marks in {@code part} the tokens that belong to an institution's name (covered tokens may stand inside). */
    static void mark(List<Tokens.Token> tokens, boolean[] covered, boolean[] part) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNoun(tokens.get(i).lower())) {
                continue;
            }
            if (latin(tokens.get(i).lower())) {
                markLatinBefore(tokens, covered, part, i);
                markLatinAfter(tokens, covered, part, i);
            } else if (i > 0 && tokens.get(i - 1).capitalised() && !covered[i - 1] && commonAdjective(tokens.get(i - 1).lower())) {
                part[i - 1] = true; // "Научном центре", "Аналітычны цэнтр" — not "Шульган, министр"
            }
        }
    }

    /** "the Operations and Analysis Center", "the NASB Scientific AI Center": back to the start of the name. */
    private static void markLatinBefore(List<Tokens.Token> tokens, boolean[] covered, boolean[] part, int noun) {
        for (int j = noun - 1; j >= 0 && j >= noun - MAX_RUN; j--) {
            Tokens.Token t = tokens.get(j);
            if (covered[j] || t.allCaps()) {
                continue; // "AI", "NASB"
            }
            if (!t.capitalised()) {
                if (!CONNECTORS.contains(t.lower()) || t.lower().equals("the")) {
                    return;
                }
                continue;
            }
            if (common(t.lower())) {
                part[j] = true;
            }
            if (t.sentenceStart()) {
                return;
            }
        }
    }

    /**
     * "the Ministry of Economy", "the Institute of Physics": the common words after "of", "for", "on" — up to the
     * first other capitalised word ("the Prime Minister of Uzbekistan Abdulla Aripov" keeps the name).
     */
    private static void markLatinAfter(List<Tokens.Token> tokens, boolean[] covered, boolean[] part, int noun) {
        int j = noun + 1;
        if (j >= tokens.size() || !CONNECTORS.contains(tokens.get(j).lower()) || tokens.get(j).lower().equals("the")) {
            return;
        }
        for (; j < tokens.size() && j <= noun + MAX_RUN; j++) {
            Tokens.Token t = tokens.get(j);
            if (t.sentenceStart() || covered[j]) {
                return;
            }
            if (t.capitalised()) {
                if (!common(t.lower())) {
                    return;
                }
                part[j] = true;
            } else if (!CONNECTORS.contains(t.lower())) {
                return;
            }
        }
    }

    /**
     * The nouns by their first two letters: most tokens look up none (this runs for every token of every item). Looked
     * up by the token's first two letters without cutting them out ({@link PrefixMap}), and read by index: under C1,
     * the consumer's only compiler, the two-letter substring and a for-each's iterator were garbage per token.
     */
    private static final PrefixMap<List<String>> NOUNS_BY_START = new PrefixMap<>(NOUNS.stream()
            .collect(Collectors.groupingBy(n -> n.substring(0, 2))));

    static boolean isNoun(String lower) {
        if (lower.length() < 2) {
            return false;
        }
        List<String> nouns = NOUNS_BY_START.get(lower, 2);
        if (nouns != null) {
            for (int k = 0; k < nouns.size(); k++) {
                if (lower.startsWith(nouns.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Russian and Belarusian adjective endings ("Научный", "Научном", "Аналітычны", "Навуковым"), longest first. */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ого", "его", "ому", "ему", "ага", "аму", "ый", "ий",
            "ой", "ая", "ое", "ее", "ом", "ем", "ым", "им", "ых", "их", "ую", "юю", "ае", "ай", "ім", "ы", "і");

    /**
     * A common adjective ("Научном", "Аналитический", "Навуковым"), not one made from a place's name ("Гродненском",
     * "Брестский", "Гомельскага": a -ск-/-цк- adjective, which says which centre it is) nor a surname ("Шульган").
     */
    private static boolean commonAdjective(String lower) {
        for (String ending : ADJECTIVE_ENDINGS) {
            if (lower.endsWith(ending)) {
                String stem = lower.substring(0, lower.length() - ending.length());
                return !(stem.endsWith("ск") || stem.endsWith("цк")) || stem.endsWith("ческ");
            }
        }
        return false;
    }

    private static boolean common(String lower) {
        if (COMMON_WORDS.contains(lower)) {
            return true;
        }
        for (String ending : COMMON_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean latin(String lower) {
        char c = lower.charAt(0);
        return c < 0x0250;
    }
}
