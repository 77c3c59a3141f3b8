package org.policymonitor.platform.text;

import java.util.regex.Pattern;

/**
 * Text without its invisible format characters (Unicode category Cf): zero-width spaces and joiners, the soft hyphen,
 * the BOM, bidirectional marks and overrides. Nobody sees them, yet one inside a word hides it from the theme rules,
 * search and story grouping (the word is split, or is another string), and a right-to-left override turns what an
 * alert or the console shows around ("Trojan Source"). ingest-service removes them from every text it reads;
 * classifier-service's {@code /api/classify}, the console's rule tester and alert-service's search query do the same,
 * so that what an analyst pastes is read as an item's text is.
 */
public final class InvisibleCharacters {

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}+");

    private InvisibleCharacters() {
    }

    /** The text without them; the text itself when it has none. Null stays null. */
    public static String removed(String text) {
        if (text == null) {
            return null;
        }
        return INVISIBLE.matcher(text).replaceAll("");
    }
}
