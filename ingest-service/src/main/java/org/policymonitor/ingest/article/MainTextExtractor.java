package org.policymonitor.ingest.article;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.policymonitor.ingest.parse.BlockedPage;
import org.policymonitor.ingest.parse.HtmlNesting;
import org.policymonitor.ingest.parse.NotFoundPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Extracts the main text of an article page as {@link ParagraphText}.
 * <p>
 * Generic pages go through Readability4J (a port of Mozilla Readability — Firefox's reader view — on jsoup), which
 * scores blocks by text density and drops menus, sidebars, comment and "related" blocks. Before it, a short pre-pass
 * removes what Readability's class-name rules do not know but official sites carry: cookie and consent notices,
 * share bars, subscription boxes, dialogs, and elements marked as navigation or page chrome by their ARIA role.
 * A source's {@code contentSelector} replaces the generic extraction: the text of every element it matches, in
 * document order, with the same boilerplate removed inside them.
 */
public final class MainTextExtractor {

    /** Class or id words that mark page furniture, never article text. */
    private static final Set<String> FURNITURE_WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "share",
            "sharing", "social", "subscribe", "subscription", "newsletter", "breadcrumb", "breadcrumbs", "related",
            "advert", "advertisement", "popup", "modal", "toolbar");
    private static final String FURNITURE_ELEMENTS = "script, style, noscript, template, iframe, object, embed, svg, "
            + "nav, aside, form, dialog, button, [role=navigation], [role=banner], [role=contentinfo], [role=dialog], "
            + "[role=alertdialog], [role=complementary], [role=search], [aria-hidden=true], [hidden]";
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{Alnum}]+");
    /**
     * Readability's scoring walks ancestors and descendants of every block: its time grows with depth times size
     * (measured: 1 000 nested divs 22 s, 40 000 elements 6 s on the build machine). Real article pages are well
     * inside these limits (a few thousand elements, depth under 60); a page beyond them is refused, not read for
     * a minute.
     */
    static final int MAX_DEPTH = 128;
    static final int MAX_ELEMENTS = 25_000;

    /**
     * The text, or why there is none ({@link ArticleFailure#NO_TEXT}, {@link ArticleFailure#TOO_COMPLEX},
     * {@link ArticleFailure#GONE} for a "page not found" page: {@link NotFoundPage}, or {@link ArticleFailure#BLOCKED}
     * for a bot check or a login wall: {@link BlockedPage}).
     */
    public record Result(String text, ArticleFailure failure, String problem) {
        static Result of(String text, String emptyProblem) {
            return text == null || text.isBlank() ? noText(emptyProblem) : new Result(text, null, null);
        }

        static Result noText(String problem) {
            return new Result(null, ArticleFailure.NO_TEXT, problem);
        }

        public boolean found() {
            return text != null;
        }
    }

    /**
     * @param html            the decoded page
     * @param pageUrl         its URL (after redirects), for relative links
     * @param contentSelector a CSS selector replacing the generic extraction, or null
     */
    public Result extract(String html, String pageUrl, String contentSelector) {
        // markup nested deeper than HtmlNesting allows would cost jsoup minutes; only its start is parsed, to say why
        String readable = HtmlNesting.cut(html, "article");
        Document doc = Jsoup.parse(readable, pageUrl == null ? "" : pageUrl);
        String tooComplex = tooComplex(doc);
        if (tooComplex == null && readable != html) {
            tooComplex = "the page is nested more than " + HtmlNesting.MAX_DEPTH + " elements deep: not read";
        }
        if (tooComplex != null) {
            return new Result(null, ArticleFailure.TOO_COMPLEX, tooComplex);
        }
        if (contentSelector != null) {
            return selected(doc, contentSelector);
        }
        String title = doc.title(); // Readability rewrites the document; what the page says of itself is read first
        Element heading = doc.selectFirst("h1");
        boolean passwordField = doc.selectFirst("input[type=password]") != null; // forms go with the furniture
        removeFurniture(doc.body());
        Article article = new Readability4JExtended(pageUrl == null ? "" : pageUrl, doc).parse();
        Element content = article.getArticleContent();
        String text = content == null ? null : ParagraphText.of(content);
        String notFound = NotFoundPage.saying(title, heading == null ? null : heading.text(), text);
        if (notFound != null) {
            return new Result(null, ArticleFailure.GONE, "a page that says the page is not found (" + notFound + ")");
        }
        String blocked = BlockedPage.saying(title, heading == null ? null : heading.text(), text, passwordField);
        if (blocked != null) {
            return new Result(null, ArticleFailure.BLOCKED, blocked + " instead of the article");
        }
        return Result.of(text, "no main text found on the page");
    }

    private static Result selected(Document doc, String selector) {
        Elements matches = doc.select(selector);
        if (matches.isEmpty()) {
            return Result.noText("the content selector '" + selector + "' matched nothing on the page");
        }
        StringBuilder text = new StringBuilder();
        for (Element match : matches) {
            if (hasAncestorIn(match, matches)) {
                continue; // a nested match is already part of its ancestor's text
            }
            Element copy = match.clone();
            removeFurniture(copy);
            String part = ParagraphText.of(copy);
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n\n").append(part);
            }
        }
        return Result.of(text.toString(), "the content selector '" + selector + "' matched only elements without text");
    }

    /** Why the page is too large or too deep to read, or null. */
    private static String tooComplex(Document doc) {
        int[] elements = {0};
        int[] deepest = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element) {
                    elements[0]++;
                    deepest[0] = Math.max(deepest[0], depth);
                }
                return elements[0] > MAX_ELEMENTS || deepest[0] > MAX_DEPTH ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, doc);
        if (deepest[0] > MAX_DEPTH) {
            return "the page is nested more than " + MAX_DEPTH + " elements deep: not read";
        }
        if (elements[0] > MAX_ELEMENTS) {
            return "the page has more than " + MAX_ELEMENTS + " elements: not read";
        }
        return null;
    }

    /** Removes furniture below {@code root} (never {@code root} itself). */
    static void removeFurniture(Element root) {
        if (root == null) {
            return;
        }
        for (Element e : root.select(FURNITURE_ELEMENTS)) {
            if (e != root) {
                e.remove();
            }
        }
        // a page's own header and footer, not the header of the article inside <article>/<main>
        for (Element e : root.select("header, footer")) {
            if (e != root && e.closest("article, main") == null) {
                e.remove();
            }
        }
        for (Element e : root.select("[class], [id]")) {
            if (e != root && e.parent() != null && isFurniture(e)) {
                e.remove();
            }
        }
    }

    private static boolean isFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : WORD_SPLIT.split(names)) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestorIn(Element e, Elements set) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (set.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
