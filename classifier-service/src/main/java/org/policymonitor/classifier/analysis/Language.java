package org.policymonitor.classifier.analysis;

import org.policymonitor.events.LanguageTags;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the rules are written in. Each has its own analysis chain (see {@link LanguageAnalyzers}),
 * and an item is analysed with the chain of its language only, so a Russian rule never fires on an English
 * item by accident of spelling.
 */
public enum Language {
    EN, RU, BE;

    /** How many letters {@link #correctScript} counts to tell the script. */
    private static final int LETTERS_COUNTED = 1000;
    /** How many letters {@link #ofField} counts to tell a field's language. */
    private static final int FIELD_LETTERS = 200;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code such as {@code ru}, {@code ru-RU}, {@code be_BY}; empty when not one of ours. */
    public static Optional<Language> fromCode(String code) {
        // the primary subtag (null for "-", "_-", digits: no language at all), read as every service reads it
        String primary = LanguageTags.primary(code);
        if (primary == null) {
            return Optional.empty();
        }
        return switch (primary) {
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
     * A declared label, corrected when the text is written in the other script: an item labelled {@code en} whose
     * letters are mostly Cyrillic (a Russian item in an English listing) is Russian or Belarusian by
     * {@link #correctCyrillic}, and one labelled {@code ru} or {@code be} whose letters are mostly Latin is English —
     * analysed with its label's chain, such an item matched no rule at all. A minority of the other script (a Latin
     * acronym or name in Russian text, a Russian name in English text) leaves the label as it is. Only the first
     * {@value #LETTERS_COUNTED} letters are counted (title and summary first): enough to tell the script, and a long
     * article costs no more.
     */
    public static Language correctScript(Language declared, CharSequence... texts) {
        int cyrillic = 0;
        int latin = 0;
        for (CharSequence text : texts) {
            for (int i = 0; text != null && i < text.length() && cyrillic + latin < LETTERS_COUNTED; i++) {
                char c = text.charAt(i);
                if (c >= '\u0400' && c <= '\u04FF') {
                    cyrillic++;
                } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    latin++;
                }
            }
        }
        if (declared == EN) {
            return cyrillic > latin ? correctCyrillic(RU, texts) : EN;
        }
        return latin > cyrillic ? EN : correctCyrillic(declared, texts);
    }

    /**
     * The language one field of an item is written in, when the item is read in {@code item}: as {@link #correctScript}
     * and {@link #correctCyrillic} read a whole item, on the field's first {@value #FIELD_LETTERS} letters alone (enough
     * to tell a language, in one bounded pass). A title in English over a Russian body, or in Belarusian over a Russian
     * one, is in its own language; a field without letters, or with letters of both Cyrillic languages, is in the item's.
     */
    public static Language ofField(Language item, CharSequence field) {
        int cyrillic = 0;
        int latin = 0;
        boolean belarusianOnly = false;
        boolean russianOnly = false;
        for (int i = 0; i < field.length() && cyrillic + latin < FIELD_LETTERS; i++) {
            char c = field.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                switch (c) {
                    case 'і', 'І', 'ў', 'Ў' -> belarusianOnly = true;
                    case 'и', 'И', 'щ', 'Щ', 'ъ', 'Ъ' -> russianOnly = true;
                    default -> { }
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        boolean cyrillicScript = item == EN ? cyrillic > latin : latin <= cyrillic;
        if (!cyrillicScript) {
            return EN;
        }
        if (belarusianOnly != russianOnly) {
            return belarusianOnly ? BE : RU;
        }
        return item == EN ? RU : item;
    }

    /**
     * A declared Russian or Belarusian label, corrected when the text is written in the other language: a
     * listing catalogued as {@code ru} may carry Belarusian items (the source's language is the fallback every
     * item of it gets), and a feed's one {@code <language>} covers items in both. і and ў are never Russian,
     * и, щ and ъ never Belarusian; a text with letters of only the other language is that language. A text with
     * letters of both (Belarusian quoting Russian, or Ukrainian, which writes і and и) keeps its label. English
     * is left as it is here ({@link #correctScript} reads the script first).
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
