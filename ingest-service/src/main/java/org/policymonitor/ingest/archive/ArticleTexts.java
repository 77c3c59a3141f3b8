package org.policymonitor.ingest.archive;

import org.policymonitor.ingest.poll.FieldLimits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The forms of an article's main text the archive compares. Two texts are the same version when their words are the
 * same: whitespace of any kind and amount (line breaks, non-breaking spaces, paragraph breaks), zero-width characters
 * and Unicode composition differences do not count, nor do the counters and relative times of the article's short
 * lines of facts ({@link VolatileFacts}). Pure logic.
 */
public final class ArticleTexts {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private ArticleTexts() {
    }

    /**
     * The text as kept in the archive and published as the item's content: capped like every item's content (so that
     * the first version, which went through the poll's field limits, compares equal to a re-check of the same page).
     */
    public static String stored(String text) {
        return text == null ? null : FieldLimits.content(text.strip());
    }

    /** The words of the text separated by single spaces, without its {@link VolatileFacts}: what is hashed and compared. */
    public static String canonical(String text) {
        if (text == null) {
            return "";
        }
        return WHITESPACE.matcher(VolatileFacts.without(visible(text))).replaceAll(" ").strip();
    }

    /** The text composed (NFC) and without its invisible characters: what {@link #canonical} reads the words of. */
    static String visible(String text) {
        return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
    }

    public static List<String> words(String text) {
        String c = canonical(text);
        return c.isEmpty() ? List.of() : List.of(c.split(" "));
    }

    /** SHA-256 (hex) of the canonical form. */
    public static String hash(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
