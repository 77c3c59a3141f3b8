package org.policymonitor.classifier.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the rules are written in. Each has its own analysis chain (see {@link LanguageAnalyzers}),
 * and an item is analysed with the chain of its language only, so a Russian rule never fires on an English
 * item by accident of spelling.
 */
public enum Language {
    EN, RU, BE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code such as {@code ru}, {@code ru-RU}, {@code be_BY}; empty when not one of ours. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        // the primary subtag: what comes before the first '-' or '_' (empty for "-", "_-": no language at all).
        // Found by hand: split("[-_]") compiled a regex for every item (~1 % of the classifier's CPU under load)
        String normalized = code.trim().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < normalized.length() && normalized.charAt(end) != '-' && normalized.charAt(end) != '_') {
            end++;
        }
        return switch (normalized.substring(0, end)) {
            case "en", "eng" -> Optional.of(EN);
            case "ru", "rus" -> Optional.of(RU);
            case "be", "bel" -> Optional.of(BE);
            default -> Optional.empty();
        };
    }

    /**
     * The language to analyse an item with: the declared one when it is ours, else guessed from the script.
     * Feeds often omit or mislabel the language; Cyrillic text with the letters і or ў (which Russian does not
     * use) is Belarusian, other Cyrillic text is Russian, anything else is analysed as English.
     */
    public static Language resolve(String declared, CharSequence text) {
        Optional<Language> known = fromCode(declared);
        if (known.isPresent()) {
            return known.get();
        }
        int cyrillic = 0;
        int latin = 0;
        boolean belarusianLetters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (c == 'і' || c == 'І' || c == 'ў' || c == 'Ў') {
                    belarusianLetters = true;
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (cyrillic > latin) {
            return belarusianLetters ? BE : RU;
        }
        return EN;
    }

    /**
     * A declared Russian or Belarusian label, corrected when the text is written in the other language: a
     * listing catalogued as {@code ru} may carry Belarusian items (the source's language is the fallback every
     * item of it gets), and a feed's one {@code <language>} covers items in both. і and ў are never Russian,
     * и, щ and ъ never Belarusian; a text with letters of only the other language is that language. A text with
     * letters of both (Belarusian quoting Russian, or Ukrainian, which writes і and и) keeps its label. English
     * is never corrected: Latin text in a Cyrillic feed is usually a name or an acronym.
     */
    public static Language correctCyrillic(Language declared, CharSequence... texts) {
        if (declared == EN) {
            return EN;
        }
        boolean belarusianOnly = false;
        boolean russianOnly = false;
        for (CharSequence text : texts) {
            for (int i = 0; text != null && i < text.length() && !(belarusianOnly && russianOnly); i++) {
                switch (text.charAt(i)) {
                    case 'і', 'І', 'ў', 'Ў' -> belarusianOnly = true;
                    case 'и', 'И', 'щ', 'Щ', 'ъ', 'Ъ' -> russianOnly = true;
                    default -> { }
                }
            }
        }
        if (declared == RU && belarusianOnly && !russianOnly) {
            return BE;
        }
        if (declared == BE && russianOnly && !belarusianOnly) {
            return RU;
        }
        return declared;
    }
}
