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
 *   <li>UTF-16 without a byte order mark shows in its zero bytes ({@code 3C 00 3F 00} is {@code <?} in UTF-16LE,
 *       XML 1.0 appendix F): the bytes decide the byte order, whatever a label says;</li>
 *   <li>bytes that are valid UTF-8 and contain non-ASCII text are UTF-8 (text in a single-byte Cyrillic or Latin
 *       charset is practically never valid UTF-8, so this test is reliable), also with a few bytes that are not —
 *       at most one for two valid sequences ({@link #mostlyUtf8}) —, which are read as "�" as a browser shows them;</li>
 *   <li>otherwise the charset declared by the HTTP header, then by the XML prolog or HTML {@code meta}, when it is
 *       not UTF-8 (it has just been shown wrong) nor UTF-16/32 (no zero bytes: wrong too). When the header and the
 *       document name different charsets, the one whose text reads as text wins ({@link #oddities}): a server-wide
 *       default ({@code iso-8859-1}, {@code koi8-r}) in front of a windows-1251 feed turns Cyrillic into accented
 *       Latin or into words of swapped case, which the right charset does not; on a tie the header wins;</li>
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
        Charset utf16 = utf16ByZeroBytes(body);
        if (utf16 != null) {
            return utf16;
        }
        boolean ascii = isAscii(body);
        if (!ascii && mostlyUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        Charset header = usable(headerCharset(contentType), ascii);
        Charset document = usable(declaredInDocument(body), ascii);
        if (header != null && document != null && !header.equals(document) && !ascii) {
            return oddities(body, document) < oddities(body, header) ? document : header;
        }
        if (header != null) {
            return header;
        }
        if (document != null) {
            return document;
        }
        return ascii ? StandardCharsets.UTF_8 : fallback;
    }

    /** A declared charset the bytes have not already shown wrong: UTF-8 for non-ASCII bytes, UTF-16/32 for any. */
    private static Charset usable(Charset declared, boolean ascii) {
        if (declared == null || declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")) {
            return null;
        }
        return ascii || !declared.equals(StandardCharsets.UTF_8) ? declared : null;
    }

    /**
     * UTF-16LE or UTF-16BE told by where the zero bytes are in the first 512 bytes (text and markup are mostly
     * ASCII or Cyrillic, whose high or low byte is zero or small), or null for an 8-bit document.
     */
    static Charset utf16ByZeroBytes(byte[] b) {
        int pairs = Math.min(b.length, 512) / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            zeroEven += b[2 * i] == 0 ? 1 : 0;
            zeroOdd += b[2 * i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 3 && zeroEven * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 3 && zeroOdd * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * How much the body decoded in this charset does not read as text: control characters and box drawing, words
     * whose case swaps from lower to upper ({@code нОВОСТИ}: KOI8-R read as windows-1251 and back), words of
     * accented Latin letters only ({@code Íîâîñòè}: windows-1251 read as Latin-1) and words mixing Latin and
     * Cyrillic letters.
     */
    static int oddities(byte[] body, Charset charset) {
        String text = new String(body, 0, Math.min(body.length, 16384), charset);
        int odd = 0;
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (wordStart < 0) {
                    wordStart = i;
                } else if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                    odd++;
                }
                continue;
            }
            if (wordStart >= 0) {
                odd += oddWord(text.substring(wordStart, i));
                wordStart = -1;
            }
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                    || (c >= '\u2500' && c <= '\u259F')) {
                odd++;
            }
        }
        return odd;
    }

    private static int oddWord(String word) {
        boolean latin = false;
        boolean asciiLetter = false;
        boolean cyrillic = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            latin |= script == Character.UnicodeScript.LATIN;
            asciiLetter |= c < 0x80;
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
        }
        if (latin && cyrillic) {
            return 1;
        }
        return latin && !asciiLetter && word.length() >= 3 ? 1 : 0;
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
            // aliases seen on real sites that Java does not know, and the WHATWG labels browsers read that it does
            // not (x-cp1251, koi, koi8-ru, x-mac-cyrillic): otherwise the page is read in the fallback, as mojibake
            n = switch (n) {
                case "utf8" -> "utf-8";
                case "win-1251", "cp-1251", "windows1251", "x-cp1251" -> "windows-1251";
                case "koi8r", "koi" -> "koi8-r";
                case "koi8-ru" -> "koi8-u";
                case "x-mac-cyrillic", "x-mac-ukrainian" -> "x-maccyrillic";
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
     * True when the non-ASCII bytes form valid UTF-8 sequences, at least two for each byte that does not: a UTF-8 page
     * with windows-1252 quotes pasted into it, or a lead a CMS cut inside a letter, is still a UTF-8 page — a browser
     * shows those bytes as "�" and the rest as written —, while text in a single-byte charset fails on almost every
     * letter (all-caps Belarusian in windows-1251, whose "І", "Ё" and "Ў" after a capital look like UTF-8, the worst
     * case measured: 6 valid sequences for 32 invalid bytes; KOI8-R and windows-1252 text close to none). Until 7
     * December 2026 it took 20 valid sequences for each invalid byte, so an English page labelled UTF-8 with 30
     * typographic quotes and two pasted 0x92 bytes was read as windows-1252, every headline in mojibake.
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
        return valid > 0 && invalid * 2 <= valid;
    }
}
