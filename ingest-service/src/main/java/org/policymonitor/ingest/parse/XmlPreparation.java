package org.policymonitor.ingest.parse;

import org.jsoup.nodes.Entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the XML of real feeds acceptable to a strict parser without weakening its security:
 * <ul>
 *   <li>anything before the first {@code <} (blank lines, a stray BOM) is dropped, and so are comments before the
 *       XML declaration or the root element (an XML declaration after a comment is an error);</li>
 *   <li>characters XML 1.0 forbids (control characters) are dropped, and so are numeric references to them
 *       ({@code &#8;}, {@code &#x1F;});</li>
 *   <li>HTML named entities ({@code &nbsp;}, {@code &laquo;}) become numeric references, unknown ones and bare
 *       {@code &} become text — outside CDATA sections and comments only;</li>
 *   <li>a DOCTYPE without an internal subset (the RSS 0.91 Netscape declaration) is removed, so its DTD is never
 *       loaded; a DOCTYPE with an internal subset — where XXE and entity-expansion attacks live — is refused.</li>
 * </ul>
 */
final class XmlPreparation {

    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\b[^>\\[]*(\\[)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&(#\\d{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z_][\\w.-]{0,31});)?");

    private XmlPreparation() {
    }

    /** The document ready for the parser. @throws DoctypeRefused when it declares an internal DTD subset */
    static String prepare(String xml) throws DoctypeRefused {
        int start = xml.indexOf('<');
        String s = withoutLeadingComments(start > 0 ? xml.substring(start) : xml);
        s = dropIllegalCharacters(s);
        s = handleDoctype(s);
        return fixReferences(s);
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml")) {
            int end = head.indexOf("?>");
            head = end < 0 ? head : head.substring(end + 2).stripLeading();
        }
        while (head.startsWith("<!--")) {
            int end = head.indexOf("-->");
            if (end < 0) {
                break;
            }
            head = head.substring(end + 3).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body");
    }

    /** A body that starts as a JSON object or array does ({@code {"version": "https://jsonfeed.org/…}}). */
    static boolean looksLikeJson(String text) {
        String head = text.stripLeading();
        if (!head.isEmpty() && head.charAt(0) == '\uFEFF') {
            head = head.substring(1).stripLeading();
        }
        return head.startsWith("{") || (head.startsWith("[") && !head.startsWith("[CDATA"));
    }

    private static String withoutLeadingComments(String s) {
        String rest = s;
        while (rest.startsWith("<!--")) {
            int end = rest.indexOf("-->");
            if (end < 0) {
                return rest; // an unclosed comment: the parser says what is wrong
            }
            rest = rest.substring(end + 3).stripLeading();
        }
        return rest;
    }

    private static String handleDoctype(String s) throws DoctypeRefused {
        Matcher m = DOCTYPE.matcher(s);
        if (!m.find()) {
            return s;
        }
        if (m.group(1) != null) {
            throw new DoctypeRefused("the document declares a DOCTYPE with an internal subset (entity definitions): "
                    + "refused, since entities are never expanded or resolved");
        }
        int end = s.indexOf('>', m.start());
        return s.substring(0, m.start()) + s.substring(end + 1);
    }

    private static String dropIllegalCharacters(String s) {
        return XmlCharacters.withoutIllegal(s);
    }

    private static String fixReferences(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 64);
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("<![CDATA[", i)) {
                i = copyUntil(s, i, "]]>", out);
            } else if (s.startsWith("<!--", i)) {
                i = copyUntil(s, i, "-->", out);
            } else if (s.charAt(i) == '&') {
                Matcher m = REFERENCE.matcher(s).region(i, Math.min(s.length(), i + 40));
                m.lookingAt();
                if (m.group(1) == null) {
                    out.append("&amp;");
                    i++;
                } else if (m.group(2) == null) {
                    // a numeric reference to a character XML forbids (&#8;, &#x1F;) fails the parser like the raw
                    // character would: dropped the same way; legal ones (&#9;, &#10;, &#8212;) are kept as written
                    if (XmlCharacters.legal(codePoint(m.group(1)))) {
                        out.append(m.group());
                    }
                    i = m.end();
                } else if (XML_ENTITIES.contains(m.group(2))) {
                    out.append(m.group());
                    i = m.end();
                } else {
                    String decoded = Entities.isNamedEntity(m.group(2)) ? Entities.getByName(m.group(2)) : "";
                    if (decoded.isEmpty()) {
                        out.append("&amp;").append(m.group(2)).append(';');
                    } else {
                        decoded.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
                    }
                    i = m.end();
                }
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The code point of "#123;" or "#x1F;"; -1 (illegal) when out of range. */
    private static int codePoint(String reference) {
        String digits = reference.substring(1, reference.length() - 1);
        try {
            return digits.startsWith("x") || digits.startsWith("X")
                    ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int copyUntil(String s, int from, String end, StringBuilder out) {
        int close = s.indexOf(end, from);
        int stop = close < 0 ? s.length() : close + end.length();
        out.append(s, from, stop);
        return stop;
    }

    /** A DOCTYPE with an internal subset. */
    static final class DoctypeRefused extends Exception {
        DoctypeRefused(String message) {
            super(message);
        }
    }
}
