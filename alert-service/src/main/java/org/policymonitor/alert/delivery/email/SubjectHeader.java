package org.policymonitor.alert.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The Subject header for a subject Vert.x's mail encoder would damage. That encoder writes a header one UTF-16 unit
 * at a time, so each half of a surrogate pair — every character outside the BMP: emoji, some CJK — becomes "?"
 * ("… даных 🤖" arrived as "… даных ??"). Such a subject is written here as RFC 2047 encoded words of whole
 * characters, folded between words; every other subject is left to Vert.x, which encodes it correctly.
 */
final class SubjectHeader {

    /** UTF-8 bytes per encoded word: 60 base64 characters, a word of 72 with its delimiters (RFC 2047: at most 75). */
    private static final int BYTES_PER_WORD = 45;

    private SubjectHeader() {
    }

    /** Whether Vert.x would damage the subject: it has a character outside the Basic Multilingual Plane. */
    static boolean needsOwnEncoding(String subject) {
        return subject != null && subject.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    }

    /** The header's value: {@code =?UTF-8?B?…?=} words, none splitting a character, joined by folding white space. */
    static String encode(String subject) {
        StringBuilder header = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int wordBytes = 0;
        for (int i = 0; i < subject.length(); ) {
            int cp = subject.codePointAt(i);
            String character = subject.substring(i, i + Character.charCount(cp));
            int bytes = character.getBytes(StandardCharsets.UTF_8).length;
            if (wordBytes + bytes > BYTES_PER_WORD) {
                appendWord(header, word);
                word.setLength(0);
                wordBytes = 0;
            }
            word.append(character);
            wordBytes += bytes;
            i += character.length();
        }
        appendWord(header, word);
        return header.toString();
    }

    private static void appendWord(StringBuilder header, CharSequence word) {
        if (word.isEmpty()) {
            return;
        }
        if (!header.isEmpty()) {
            header.append("\n "); // folded as Vert.x folds its own encoded words
        }
        header.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(word.toString().getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }
}
