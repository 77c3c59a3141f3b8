package org.policymonitor.ingest.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised form of an article's main text: paragraphs (block elements, list items, headings, line breaks)
 * separated by one blank line, whitespace inside a paragraph collapsed to single spaces, Unicode in NFC, no markup.
 * <p>
 * The archive hashes and diffs this text, so it depends on the words and the paragraph structure only: attributes,
 * inline tags ({@code <b>}, {@code <span class=…>}), entities versus characters, indentation and wrapping of the
 * HTML never change it. {@code parse.HtmlText} is not reused: it keeps single line breaks for summaries, while the
 * archive's word diff needs stable paragraph boundaries.
 */
public final class ParagraphText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "dl", "dd", "dt", "tr",
            "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header",
            "footer", "main", "pre", "figure", "figcaption", "hr", "address", "caption");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed",
            "svg", "template", "button", "select", "textarea", "input");
    /** Every kind of white space, including no-break and zero-width spaces and the byte order mark. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

    private ParagraphText() {
    }

    /** The element's text as paragraphs; empty when it holds no text. */
    public static String of(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int dropped; // depth inside a dropped element: its text is never article text

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (DROPPED.contains(e.normalName())) {
                        dropped++;
                    } else if (dropped == 0 && BLOCKS.contains(e.normalName())) {
                        flush(paragraphs, current);
                    }
                } else if (dropped == 0 && node instanceof TextNode t) {
                    current.append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (DROPPED.contains(e.normalName())) {
                        dropped--;
                    } else if (dropped == 0 && BLOCKS.contains(e.normalName())) {
                        flush(paragraphs, current);
                    }
                }
            }
        }, root);
        flush(paragraphs, current);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        if (current.isEmpty()) {
            return;
        }
        String p = collapse(current.toString());
        current.setLength(0);
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
    }

    private static String collapse(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }
}
