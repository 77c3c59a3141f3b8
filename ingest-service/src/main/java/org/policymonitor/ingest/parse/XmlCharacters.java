package org.policymonitor.ingest.parse;

/**
 * The characters XML 1.0 allows ({@code #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]}).
 * A feed that carries any other — raw, or as a numeric reference such as {@code &#8;} — is refused whole by a strict
 * parser, and a NUL in an item's text is refused by PostgreSQL downstream: they are dropped everywhere alike.
 */
final class XmlCharacters {

    private XmlCharacters() {
    }

    static boolean legal(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** The text without the characters XML forbids (lone surrogates included); the same instance when clean. */
    static String withoutIllegal(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!legal(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(s, i, next);
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }
}
