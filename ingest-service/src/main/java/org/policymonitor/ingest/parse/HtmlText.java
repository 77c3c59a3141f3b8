package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.policymonitor.platform.text.ComposedLetters;
import org.policymonitor.platform.text.InvisibleCharacters;
import org.policymonitor.platform.text.TextCut;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a description or body into plain text: tags removed, entities decoded (also when a feed
 * escaped them twice, as in {@code &amp;quot;}), block elements on lines of their own, whitespace collapsed,
 * scripts and styles dropped, invisible format characters removed, letters composed (NFC).
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer", "pre", "figure",
            "figcaption", "dd", "dt", "hr");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "svg",
            "template");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /**
     * Java's {@code \s}, every space separator (Unicode Zs: the no-break space, and typography's thin, narrow no-break,
     * figure, hair and ideographic ones — "1&#8239;500" is "1 500" for search, the acts and story grouping), the
     * zero-width space and the BOM.
     */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}\\u200B\\uFEFF]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

    private HtmlText() {
    }

    /** Plain text of the HTML, or null when it holds no text. */
    public static String toPlainText(String html) {
        return toPlainText(html, false);
    }

    /**
     * {@link #toPlainText} of a summary or a body (a feed item's description or content): without the words for
     * screen readers only and the "Read more" link ({@link LeadClutter}), which no reader sees as its text.
     */
    static String toSummaryText(String html) {
        return toPlainText(html, true);
    }

    private static String toPlainText(String html, boolean summary) {
        if (html == null || html.isBlank()) {
            return null;
        }
        boolean markup = hasMarkup(html);
        String text = markup ? render(html, summary) : Parser.unescapeEntities(html, false);
        if (ENTITY.matcher(text).find()) {
            // escaped twice by the feed ("&amp;laquo;" arrives as "&laquo;" after the first pass)
            text = Parser.unescapeEntities(text, false);
        }
        // "&amp;#8;" decodes to a control character here, after the XML parser: dropped like in the document
        text = XmlCharacters.withoutIllegal(text);
        // invisible format characters out (platform's InvisibleCharacters says why), letters composed
        text = composed(InvisibleCharacters.removed(text));
        // in plain text, line breaks are layout of the feed file (tabs, indentation), not paragraphs
        text = markup ? normalise(text) : SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * Plain text of the HTML on one line, or null when it holds no text: for titles, which the console, the API and
     * the alerts show as one line. Paragraphs and {@code <br>} become spaces, and so do the line breaks Java's
     * {@code \s} does not know — NEL (U+0085) and the Unicode line and paragraph separators — which would otherwise
     * break a title shown in a table or a mail header.
     */
    public static String toPlainLine(String html) {
        String text = toPlainText(html);
        return text == null ? null : LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Text that is text already (an Atom {@code type="text"} construct): nothing is taken for markup or an entity —
     * "&lt;b&gt;" and "&amp;amp;" stay as written —; characters XML does not allow and invisible format characters are
     * removed and whitespace collapsed, as in {@link #toPlainText}. Null when it holds no text.
     */
    public static String fromPlainText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = composed(InvisibleCharacters.removed(XmlCharacters.withoutIllegal(text)));
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }

    /** {@link #fromPlainText} on one line (NEL and the Unicode line and paragraph separators as spaces). */
    public static String lineOfPlainText(String text) {
        String t = fromPlainText(text);
        return t == null ? null : LINE_BREAKS.matcher(t).replaceAll(" ").strip();
    }

    /**
     * The text with its letters composed (NFC): "й" written as и + U+0306 (text from some editors and PDFs) is the
     * "й" every other source writes, for the theme rules, search and story grouping, which compare letters
     * ({@link ComposedLetters}, which classifier-service's {@code /api/classify} uses too).
     */
    static String composed(String text) {
        return ComposedLetters.of(text);
    }

    /** Plain text cut at a word boundary, with "…" when cut. */
    public static String truncate(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - 1);
        if (cut < maxChars / 2) {
            return TextCut.shortened(text, maxChars);
        }
        return text.substring(0, cut).strip() + TextCut.ELLIPSIS;
    }

    private static String render(String html, boolean summary) {
        Element body = Jsoup.parseBodyFragment(HtmlNesting.cut(html, "description")).body();
        if (summary && mayHoldClutter(html)) {
            LeadClutter.removeFrom(body);
        }
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideDropped(t)) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, body);
        return out.toString();
    }

    private static boolean insideDropped(Node node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && DROPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Spaces ({@link #SPACES}) collapsed inside lines, carriage returns dropped, blank lines removed, the ends of each
     * line trimmed ({@link String#strip()}). One pass into one builder: a regular expression per line allocated a
     * tenth of what reading a large feed did.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int from = 0;
        while (from <= n) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                to = n;
            }
            int lineStart = out.length();
            if (lineStart > 0) {
                out.append('\n');
            }
            int contentStart = out.length();
            boolean space = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    continue;
                }
                if (isSpace(c)) {
                    space = true;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
            int end = out.length();
            while (end > contentStart && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            int start = contentStart;
            while (start < end && Character.isWhitespace(out.charAt(start))) {
                start++;
            }
            if (start == end) {
                out.setLength(lineStart);
            } else {
                out.setLength(end);
                out.delete(contentStart, start);
            }
            from = to + 1;
        }
        return out.toString();
    }

    /** A character of {@link #SPACES}: Java's {@code \s}, a space separator (Zs), the zero-width space, the BOM. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u200B'
                || c == '\uFEFF' || c > '\u007F' && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Whether the HTML may hold {@link LeadClutter}: a link or a screen-reader class. Checked on the text first, so
     * that a description without either is not walked twice.
     */
    private static boolean mayHoldClutter(String html) {
        return html.contains("</a") || html.contains("</A") || html.contains("sr-only")
                || html.contains("screen-reader-text") || html.contains("visually-hidden");
    }

    /** Whether the text holds a tag ({@code <} and a letter, {@code /} or {@code !}), found without a matcher per call. */
    private static boolean hasMarkup(String html) {
        for (int i = html.indexOf('<'); i >= 0 && i < html.length() - 1; i = html.indexOf('<', i + 1)) {
            char c = html.charAt(i + 1);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/' || c == '!') {
                return true;
            }
        }
        return false;
    }
}
