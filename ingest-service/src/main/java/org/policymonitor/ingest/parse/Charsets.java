package org.policymonitor.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a fetched body to text. Real sites are sloppy: a server says {@code charset=utf-8} in front of a
 * windows-1251 feed, or says nothing at all. The order used here:
 * <ol>
 *   <li>a byte order mark wins;</li>
 *   <li>bytes that are valid UTF-8 and contain non-ASCII text are UTF-8 (text in a single-byte Cyrillic or Latin
 *       charset is practically never valid UTF-8, so this test is reliable);</li>
 *   <li>otherwise the charset declared by the HTTP header, then by the XML prolog or HTML {@code meta}, when it is
 *       not UTF-8 (it has just been shown wrong);</li>
 *   <li>otherwise the caller's fallback (windows-1251 for Russian or Belarusian sources, else windows-1252).</li>
 * </ol>
 */
public final class Charsets {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern PROLOG_ENCODING = Pattern.compile("(?i)<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");

    private Charsets() {
    }

    /** The decoded text, without a byte order mark. */
    public static String decode(byte[] body, String contentType, Charset fallback) {
        return new String(body, bomLength(body), body.length - bomLength(body), detect(body, contentType, fallback));
    }

    public static Charset detect(byte[] body, String contentType, Charset fallback) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        boolean ascii = isAscii(body);
        if (!ascii && mostlyUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        for (Charset declared : new Charset[]{headerCharset(contentType), declaredInDocument(body)}) {
            if (declared != null && (ascii || !declared.equals(StandardCharsets.UTF_8))) {
                return declared;
            }
        }
        return ascii ? StandardCharsets.UTF_8 : fallback;
    }

    /** The charset parameter of a Content-Type header, or null when absent or unknown. */
    public static Charset headerCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? forName(m.group(1)) : null;
    }

    /** The encoding of the XML prolog or the HTML meta charset in the first bytes, or null. */
    static Charset declaredInDocument(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = PROLOG_ENCODING.matcher(head);
        if (m.find()) {
            return forName(m.group(1));
        }
        m = META_CHARSET.matcher(head);
        return m.find() ? forName(m.group(1)) : null;
    }

    static Charset forName(String name) {
        try {
            String n = name.trim().toLowerCase(Locale.ROOT);
            // aliases seen on real sites that Java does not know
            n = switch (n) {
                case "utf8" -> "utf-8";
                case "win-1251", "cp-1251", "windows1251" -> "windows-1251";
                case "koi8r" -> "koi8-r";
                default -> n;
            };
            Charset charset = Charset.forName(n);
            // "us-ascii" or "iso-8859-1" are often declared for text that is really windows-1252
            return charset.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252") : charset;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        Charset bom = fromBom(b);
        if (bom == null) {
            return 0;
        }
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the non-ASCII bytes form valid UTF-8 sequences, allowing a few stray bytes (a UTF-8 page with one
     * pasted windows-1252 quote is still a UTF-8 page; a windows-1251 page fails on almost every Cyrillic letter).
     */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int extra;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
            } else {
                invalid++;
                i++;
                continue;
            }
            boolean ok = i + extra < b.length; // a sequence cut by the end of the body counts as invalid
            for (int k = 1; ok && k <= extra; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += extra + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > 0 && invalid * 20 <= valid;
    }
}
