package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a news listing page with the source's CSS selectors. A listing whose item selector matches nothing is a
 * failure, not an empty success: it is how a site redesign shows up.
 */
public final class ListingParser {

    /** Spaces around a date's separators, as a date split over several elements reads: "09 .01.26", "19 : 51". */
    /** Fewer characters of text than this in a body that loads scripts: the page is rendered in the browser. */
    private static final int MIN_TEXT_OF_A_RENDERED_PAGE = 200;
    /** Where a date element keeps its date, in this order; "" is its text. */
    private static final List<String> DATE_ATTRIBUTES = List.of("datetime", "data-datetime", "content",
            "data-timestamp", "data-time", "data-date", "title", "");
    private static final Pattern SPLIT_DATE = Pattern.compile("\\s*([./:])\\s*");

    public ParsedDocument parse(String html, URI base, Endpoint endpoint, String language, ZoneId zone)
            throws SourceFailure {
        Selectors sel = endpoint.selectors();
        Document doc = Jsoup.parse(HtmlNesting.cut(html, "page"), base == null ? "" : base.toString());
        Elements elements;
        try {
            elements = doc.select(sel.item());
        } catch (RuntimeException e) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, "item selector '" + sel.item() + "' is invalid: "
                    + e.getMessage(), e);
        }
        if (elements.isEmpty()) {
            String hint = looksLikeFeed(html) ? " (the page is an RSS/Atom feed: configure type rss)"
                    : builtByScript(doc) ? " (the page has almost no text but " + doc.select("script").size()
                    + " scripts: it is probably built by JavaScript in the browser, which is not run here — "
                    + "no selector can find its items; use the site's feed, the JSON the page loads, or another page)"
                    : "";
            throw new SourceFailure(FailureReason.PARSE_ERROR,
                    "the item selector '" + sel.item() + "' matched nothing on the page" + hint);
        }
        String pageLanguage = FeedParser.normaliseLanguage(doc.select("html").attr("lang"));
        String itemLanguage = pageLanguage != null ? pageLanguage : FeedParser.normaliseLanguage(language);
        URI linkBase = linkBase(doc, base);
        List<ParsedItem> items = new ArrayList<>();
        Set<String> links = new HashSet<>();
        int skipped = 0;
        for (Element element : elements) {
            ParsedItem item = item(element, linkBase, endpoint, itemLanguage, zone);
            if (item == null) {
                skipped++;
            } else if (links.add(UrlCanonicalizer.canonicalize(item.link()))) {
                // one page shown twice (the lead story and again in the list, once with #comments or utm_…): one item
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, elements.size() + " elements matched '" + sel.item()
                    + "' but none had a usable link (" + sel.link()
                    + (endpoint.linkPattern() == null ? "" : " matching " + endpoint.linkPattern()) + ")");
        }
        return new ParsedDocument("html", HtmlText.toPlainLine(doc.title()), itemLanguage, items, skipped);
    }

    /** What a browser resolves the page's links against: its first {@code <base href>}, else the page's URL. */
    private static URI linkBase(Document doc, URI pageUrl) {
        Element baseElement = doc.selectFirst("base[href]");
        String declared = baseElement == null ? null : FeedParser.resolve(pageUrl, baseElement.attr("href"));
        return declared == null ? pageUrl : URI.create(declared);
    }

    /**
     * A page whose body, scripts and {@code <noscript>} notices left out, has next to no text while it loads scripts:
     * an application shell that the browser fills in, so a missing item is no selector's fault.
     */
    private static boolean builtByScript(Document doc) {
        if (doc.select("script").isEmpty() || doc.body() == null) {
            return false;
        }
        Element body = doc.body().clone();
        body.select("script, noscript, style, template").remove();
        return body.text().strip().length() < MIN_TEXT_OF_A_RENDERED_PAGE;
    }

    private ParsedItem item(Element element, URI base, Endpoint endpoint, String language, ZoneId zone) {
        Selectors sel = endpoint.selectors();
        Element linkElement = element.is(sel.link()) ? element : element.selectFirst(sel.link());
        if (linkElement == null && element.hasAttr("href")) {
            linkElement = element;
        }
        if (linkElement == null) {
            return null;
        }
        String link = FeedParser.resolve(base, linkElement.attr("href"));
        if (link == null || (endpoint.linkPattern() != null && !endpoint.linkPattern().matcher(link).find())) {
            return null;
        }
        String title = title(element, sel.title(), HtmlText.toPlainLine(linkElement.text()));
        String lead = text(element, sel.lead());
        if (lead != null && lead.equals(title)) {
            lead = null;
        }
        String rawDate = null;
        OffsetDateTime published = null;
        if (sel.date() != null) {
            // the first element that holds a readable date wins: a listing often has several small labels; in each,
            // the first readable of its date attributes and its text ("2 hours ago" over a data-timestamp, a full date
            // in a title tooltip)
            search:
            for (Element d : element.select(sel.date())) {
                for (String attribute : DATE_ATTRIBUTES) {
                    String candidate = attribute.isEmpty() ? d.text().strip() : d.attr(attribute).strip();
                    if (candidate.isEmpty()) {
                        continue;
                    }
                    OffsetDateTime parsed = DateParser.parse(candidate, zone);
                    if (parsed == null) {
                        // a date written across elements (BelTA: <div class=day>09</div><div class=month_year>.01.26</div>)
                        // reads "09 .01.26" as text: joined again at its separators
                        parsed = DateParser.parse(SPLIT_DATE.matcher(candidate).replaceAll("$1"), zone);
                    }
                    if (rawDate == null || parsed != null) {
                        rawDate = candidate;
                        published = parsed;
                    }
                    if (parsed != null) {
                        break search;
                    }
                }
            }
        }
        return new ParsedItem(link, null, title, lead == null ? null : HtmlText.truncate(lead, FeedParser.MAX_SUMMARY_CHARS),
                null, language, List.of(), null, published, rawDate);
    }

    /**
     * The item's title. The title selector's alternatives are tried in the order they are written (a priority, not
     * the page's order), each one's matches in page order, and the first non-blank text that is not a date wins: a
     * card often shows its date in a heading of its own ({@code <h6 class="coh-heading">November 20, 2026</h6>}
     * before the {@code <h5>} headline on UNDP), and a date is never a headline while a real one is there. Without
     * such a match the link's text is the title; a date is used only when the item offers nothing else.
     */
    static String title(Element element, String selector, String linkText) {
        String dateLabel = null;
        for (String alternative : SelectorAlternatives.of(selector)) {
            for (Element candidate : element.select(alternative)) {
                String text = HtmlText.toPlainLine(candidate.text());
                if (text == null || text.isBlank()) {
                    continue;
                }
                if (!DateParser.looksLikeDate(text)) {
                    return text;
                }
                if (dateLabel == null) {
                    dateLabel = text;
                }
            }
        }
        if (linkText != null && !linkText.isBlank() && !DateParser.looksLikeDate(linkText)) {
            return linkText;
        }
        return dateLabel != null ? dateLabel : linkText;
    }

    private static String text(Element element, String selector) {
        if (selector == null) {
            return null;
        }
        Element e = element.selectFirst(selector);
        return e == null ? null : HtmlText.toPlainText(e.text());
    }


    private static boolean looksLikeFeed(String text) {
        String head = text.substring(0, Math.min(text.length(), 512));
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }
}
