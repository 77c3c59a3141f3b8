package org.policymonitor.ingest.parse;

import io.micrometer.core.instrument.Metrics;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Set;

/**
 * Cuts HTML where its elements nest deeper than any page or description does, before jsoup reads it. Past its own
 * depth limit jsoup prunes its stack and searches its whole list of formatting elements at every further element, so
 * hostile markup — 80 000 tables each opened in the last, 1.3 MB — costs time quadratic in its nesting: 35–48 s for
 * one description on the build machine, a stalled poll (fetched bodies have size limits, but a megabyte is plenty).
 * What comes before the cut is kept; the cut is logged and counted ({@value #METRIC}, by {@code where}).
 * <p>
 * The depth is followed in one linear pass with {@link OpenElements}, which closes what HTML closes without an end
 * tag: a long listing whose {@code <li>}, {@code <p>}, {@code <tr>}/{@code <td>} or {@code <dt>}/{@code <dd>} are never
 * closed, each with a {@code <span>}, {@code <font>} or link left open inside, nests no deeper than a tidy one and is
 * not cut, while elements that really nest — {@code <div/>} too, which HTML reads as an open {@code div} — are counted.
 * Markup inside comments, scripts, styles and other raw text is not read.
 */
public final class HtmlNesting {

    /** The counter of cuts (Prometheus: {@code policy_ingest_html_cut_total{where}}). */
    public static final String METRIC = "policy.ingest.html.cut";
    /** Half jsoup's own limit (512), ten times what real pages nest. */
    public static final int MAX_DEPTH = 256;

    private static final Logger LOG = Logger.getLogger(HtmlNesting.class);
    /** Elements whose content is text, not markup, up to their end tag (not {@code noscript}: jsoup reads the markup
     *  in it when it parses a fragment, as descriptions are parsed). */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "plaintext");

    private HtmlNesting() {
    }

    /**
     * @param where what the HTML is, for the log and the metric: {@code description}, {@code page}, {@code article}
     * @return the HTML itself when it nests no deeper than {@link #MAX_DEPTH}, else its start up to the element (or the
     *         text) that goes deeper
     */
    public static String cut(String html, String where) {
        if (html == null) {
            return null;
        }
        int at = deeperThan(html, MAX_DEPTH, new int[1]);
        return at < 0 ? html : cutAt(html, at, where);
    }

    /** The deepest nesting of the HTML as followed here: never less than what jsoup builds of it (tests compare). */
    static int depth(String html) {
        int[] deepest = new int[1];
        deeperThan(html, Integer.MAX_VALUE, deepest);
        return deepest[0];
    }

    /** Where the HTML first nests deeper than {@code limit}, or -1; {@code deepest[0]} is set to the deepest seen. */
    private static int deeperThan(String html, int limit, int[] deepest) {
        OpenElements open = new OpenElements();
        int n = html.length();
        int textFrom = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            if (i > textFrom) {
                open.text();
                if (deeper(open, limit, deepest)) {
                    return textFrom;
                }
            }
            char next = html.charAt(i + 1);
            int end;
            if (html.startsWith("<!--", i)) {
                end = endOf(html, "-->", i + 4);
            } else if (next == '!' || next == '?') {
                end = endOf(html, ">", i + 2);
            } else if (next == '/') {
                int nameEnd = nameEnd(html, i + 2);
                if (nameEnd > i + 2) {
                    open.endTag(name(html, i + 2, nameEnd));
                }
                end = endOf(html, ">", nameEnd);
            } else if (isLetter(next)) {
                int nameEnd = nameEnd(html, i + 1);
                String name = name(html, i + 1, nameEnd);
                int tagEnd = tagEnd(html, nameEnd);
                boolean selfClosed = tagEnd > 0 && tagEnd < n && html.charAt(tagEnd - 1) == '/';
                String attributes = OpenElements.formatting(name) ? html.substring(nameEnd, tagEnd).trim() : null;
                open.startTag(name, attributes, selfClosed);
                if (deeper(open, limit, deepest)) {
                    return i;
                }
                if (RAW_TEXT.contains(name)) {
                    end = rawTextEnd(html, name, tagEnd + 1);
                    open.endTag(name);
                } else {
                    end = tagEnd + 1;
                }
            } else {
                i = html.indexOf('<', i + 1); // a '<' of the text
                continue;
            }
            textFrom = end;
            i = end >= n ? -1 : html.indexOf('<', end);
        }
        if (textFrom < n) {
            open.text();
            if (deeper(open, limit, deepest)) {
                return textFrom;
            }
        }
        return -1;
    }

    private static boolean deeper(OpenElements open, int limit, int[] deepest) {
        deepest[0] = Math.max(deepest[0], open.depth());
        return open.depth() > limit;
    }

    private static String cutAt(String html, int at, String where) {
        Metrics.counter(METRIC, "where", where).increment();
        LOG.warnf("HTML of a %s nests deeper than %d elements at character %d of %d: the rest (%d characters) is "
                + "left out (such nesting only serves to stall the parser)", where, MAX_DEPTH, at, html.length(),
                html.length() - at);
        return html.substring(0, at);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int nameEnd(String html, int from) {
        int j = from;
        while (j < html.length()) {
            char c = html.charAt(j);
            if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                break;
            }
            j++;
        }
        return j;
    }

    private static String name(String html, int from, int to) {
        return html.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** The index of the {@code >} that ends a start tag, quoted attribute values skipped; the length if none. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int j = from; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return html.length();
    }

    private static int endOf(String html, String marker, int from) {
        int at = html.indexOf(marker, from);
        return at < 0 ? html.length() : at + marker.length();
    }

    private static int rawTextEnd(String html, String name, int from) {
        String close = "</" + name;
        for (int j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 2)) {
            if (html.regionMatches(true, j, close, 0, close.length())) {
                return endOf(html, ">", j);
            }
        }
        return html.length();
    }
}
