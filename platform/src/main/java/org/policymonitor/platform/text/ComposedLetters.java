package org.policymonitor.platform.text;

import java.text.Normalizer;

/**
 * Text with its letters composed (NFC): "й" written as и + U+0306 (text from some editors and PDFs) is the "й" every
 * other source writes — for the theme rules, search and story grouping, which compare letters. ingest-service composes
 * every text it reads; classifier-service composes the texts analysts give {@code /api/classify}, so both are matched
 * alike.
 */
public final class ComposedLetters {

    private ComposedLetters() {
    }

    /** The text composed (NFC); checked first, so the composed text nearly every source has is not copied. Null stays null. */
    public static String of(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
