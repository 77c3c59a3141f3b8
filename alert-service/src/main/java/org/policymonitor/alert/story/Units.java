package org.policymonitor.alert.story;

import java.util.Locale;

/**
 * Units of measure after a number, in the three languages, and the one symbol each normalises to: "30 kg", "30 кг",
 * "30 килограммов" and "30 кілаграмаў" are all {@code 30kg}. A quantity with its unit is a more specific detail than a
 * bare number.
 */
final class Units {

    /** The units as a regular expression (case-insensitive); short symbols must end the word ("га" is not "гарадоў"). */
    static final String PATTERN = "(?:kg|кг|km|км|ha|га|mw|мвт|gw|гвт|t)(?!\\p{L})|kilogram\\p{L}*|килограмм\\p{L}*"
            + "|кілаграм\\p{L}*|tonnes?|tons?|тонн\\p{L}*|тон(?:ы|аў|а)?(?!\\p{L})|kilomet\\p{L}*|километр\\p{L}*|кіламетр\\p{L}*"
            + "|hectares?|гектар\\p{L}*|megawatt\\p{L}*|мегават\\p{L}*|sq\\.?\\s?m(?!\\p{L})|кв\\.?\\s?м(?!\\p{L})"
            + "|square\\s+met\\p{L}*|квадратн\\p{L}*\\s+метр\\p{L}*";

    private Units() {
    }

    /** The normalised symbol of a unit matched by {@link #PATTERN}, or null when the text is no unit of measure. */
    static String of(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.equals("kg") || u.equals("кг") || u.startsWith("kilogram") || u.startsWith("килограмм") || u.startsWith("кілаграм")) {
            return "kg";
        }
        if (u.equals("t") || u.startsWith("tonne") || u.startsWith("ton") || u.startsWith("тон")) {
            return "t";
        }
        if (u.equals("km") || u.equals("км") || u.startsWith("kilomet") || u.startsWith("километр") || u.startsWith("кіламетр")) {
            return "km";
        }
        if (u.equals("ha") || u.equals("га") || u.startsWith("hectare") || u.startsWith("гектар")) {
            return "ha";
        }
        if (u.equals("mw") || u.equals("мвт") || u.startsWith("megawatt") || u.startsWith("мегават")) {
            return "mw";
        }
        if (u.equals("gw") || u.equals("гвт")) {
            return "gw";
        }
        if (u.startsWith("sq") || u.startsWith("кв") || u.startsWith("square") || u.startsWith("квадрат")) {
            return "m2";
        }
        return null;
    }
}
