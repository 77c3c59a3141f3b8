package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.ingest.source.DateOrder;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    /** Where a link of no text has its name: its tooltip, else what a screen reader says of it. */
    private static final List<String> LINK_NAME_ATTRIBUTES = List.of("title", "aria-label");
    /** Where a picture inside such a link has its name: its text alternative, else its tooltip. */
    private static final List<String> IMAGE_NAME_ATTRIBUTES = List.of("alt", "title");
    /**
     * Different links a news item's element may hold — the article, its category, its author, a source, a related
     * page — besides tags and links back to the listing; more in every element is a list, not an item.
     */
    static final int MAX_ARTICLE_LINKS_OF_AN_ITEM = 5;

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
            // a bot check in front of the listing is no page built by script, and a 404 page no changed layout
            String standIn = StandInPage.of(doc);
            String hint = standIn != null ? ": the page is " + standIn
                    : looksLikeFeed(html) ? " (the page is an RSS/Atom feed: configure type rss)"
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
        Set<Element> containers = containers(elements);
        List<ParsedItem> items = new ArrayList<>();
        Map<String, Integer> byLink = new HashMap<>();
        int skipped = 0;
        int crowded = 0;
        SelectorMisses misses = new SelectorMisses(sel);
        for (Element element : elements) {
            ParsedItem item = containers.contains(element) ? null
                    : item(element, linkBase, base, endpoint, itemLanguage, zone, endpoint.dateOrder());
            if (item == null) {
                skipped++;
                continue;
            }
            misses.item(element);
            if (articleLinks(element, linkBase, base) > MAX_ARTICLE_LINKS_OF_AN_ITEM) {
                crowded++;
            }
            Integer earlier = byLink.putIfAbsent(ListingLinks.sameArticleKey(item.link()), items.size());
            if (earlier == null) {
                items.add(item);
            } else {
                // one page shown twice (the lead story again in the list, once with #comments or utm_…, once with
                // its path percent-encoded): one item, the first, with what only the later showing gives (a "top
                // news" block shows no date)
                items.set(earlier, completed(items.get(earlier), item));
            }
        }
        if (!items.isEmpty() && crowded == elements.size() - skipped) {
            // every element that gave an item holds a list's worth of articles: the selector names the list or
            // the page, and all but one article per element would be dropped without a word
            throw new SourceFailure(FailureReason.PARSE_ERROR, "the item selector '" + sel.item() + "' matched "
                    + crowded + (crowded == 1 ? " element" : " elements") + " holding more than "
                    + MAX_ARTICLE_LINKS_OF_AN_ITEM + " different links each: it selects the list or the page, not one"
                    + " element per news item (only the first link of each would be read) — choose the element"
                    + " around each news item, e.g. 'ul.news > li'");
        }
        if (items.isEmpty()) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, elements.size() + " elements matched '" + sel.item()
                    + "' but none had a usable link (" + sel.link()
                    + (endpoint.linkPattern() == null ? "" : " matching " + endpoint.linkPattern()) + ")");
        }
        DateOrder pageOrder = PageDateOrder.of(items, endpoint.dateOrder());
        if (pageOrder != endpoint.dateOrder()) {
            items = PageDateOrder.reread(items, date -> readDate(date, zone, pageOrder));
        }
        return new ParsedDocument("html", HtmlText.toPlainLine(doc.title()), itemLanguage, items, skipped,
                misses.warning(), NextPageLinks.ofListing(doc, linkBase, base, endpoint.paging().selector()));
    }

    /** A date as written, or as it reads joined again at its separators ({@code 09 .01.26}); null when neither reads. */
    private static OffsetDateTime readDate(String text, ZoneId zone, DateOrder order) {
        OffsetDateTime parsed = DateParser.parse(text, zone, order);
        return parsed != null ? parsed : DateParser.parse(SPLIT_DATE.matcher(text).replaceAll("$1"), zone, order);
    }

    /** What a browser resolves the page's links against: its first {@code <base href>}, else the page's URL. */
    private static URI linkBase(Document doc, URI pageUrl) {
        Element baseElement = doc.selectFirst("base[href]");
        String declared = baseElement == null ? null : FeedParser.resolve(pageUrl, baseElement.attr("href"));
        return declared == null ? pageUrl : URI.create(declared);
    }

    /**
     * The matched elements that hold other matched elements: the wrappers of the items ({@code div} matches the list
     * and each card), whose first link — the menu's, the section's — is no news. Each walk up stops at an ancestor
     * already known, whose own walk went on above it.
     */
    private static Set<Element> containers(Elements elements) {
        Set<Element> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        matched.addAll(elements);
        Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : elements) {
            for (Element up = element.parent(); up != null; up = up.parent()) {
                if (matched.contains(up) && !containers.add(up)) {
                    break;
                }
            }
        }
        return containers;
    }

    /** The first showing of an item, with the date, lead and title it lacked taken from a later showing. */
    private static ParsedItem completed(ParsedItem first, ParsedItem later) {
        boolean date = first.publishedAt() == null && (later.publishedAt() != null || first.publishedRaw() == null);
        return new ParsedItem(first.link(), first.guid(), first.title() != null ? first.title() : later.title(),
                first.summary() != null ? first.summary() : later.summary(), first.content(), first.language(),
                first.categories(), first.author(), date ? later.publishedAt() : first.publishedAt(),
                date ? later.publishedRaw() : first.publishedRaw());
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

    private ParsedItem item(Element element, URI base, URI page, Endpoint endpoint, String language, ZoneId zone,
                            DateOrder order) {
        Selectors sel = endpoint.selectors();
        Element titleElement = titleElement(element, sel.title());
        Element linkElement = null;
        String link = null;
        for (Element candidate : linkCandidates(element, sel, titleElement)) {
            String resolved = FeedParser.resolve(base, candidate.attr("href"));
            if (resolved != null && (endpoint.linkPattern() == null || endpoint.linkPattern().matcher(resolved).find())
                    && !ListingLinks.isListingItselfOrHome(page, resolved)) {
                linkElement = candidate;
                link = resolved;
                break;
            }
        }
        if (linkElement == null) {
            return null;
        }
        String title = title(element, sel.title(), linkElement, link, base);
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
                    // cleaned as titles are (control and invisible characters out, spaces collapsed): the text is
                    // published as publishedRaw when it reads as no date, and until 7 December 2026 kept a CMS's U+0001
                    String candidate = HtmlText.lineOfPlainText(attribute.isEmpty() ? d.text() : d.attr(attribute));
                    if (candidate == null) {
                        continue;
                    }
                    OffsetDateTime parsed = DateParser.parse(candidate, zone, order);
                    if (parsed == null && attribute.isEmpty()) {
                        // a date written across elements reads as their texts run together when nothing stands
                        // between them (<span>04</span><span>декабря 2026</span>: "04декабря 2026"): apart, as a
                        // browser lays them out
                        String apart = textsApart(d);
                        // BelTA: <div class=day>09</div><div class=month_year>.01.26</div> reads "09 .01.26": joined
                        // again at its separators
                        OffsetDateTime read = readDate(apart, zone, order);
                        if (read != null) {
                            parsed = read;
                            candidate = HtmlText.lineOfPlainText(apart);
                        }
                    } else if (parsed == null) {
                        parsed = DateParser.parse(SPLIT_DATE.matcher(candidate).replaceAll("$1"), zone, order);
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
        if (rawDate == null) {
            // no date written beside the headline: the day its link names (/2026/12/05/slug/), if it names one —
            // publishedRaw stays null, as nothing was written where the date is read
            published = LinkDates.of(link, zone, Instant.now());
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
        return title(element, selector, null, linkText, null, null);
    }

    private static String title(Element element, String selector, Element linkElement, String link, URI base) {
        return title(element, selector, linkElement, HtmlText.toPlainLine(linkElement.text()), link, base);
    }

    /**
     * Without a title selector's match: the link's text when it is a headline, else the text of another link of the
     * item to the same article (a card's first link often wraps only its picture, or says "Подробнее"), else the
     * item's heading, else the text alternative of the link's picture; a date, or the link's words, only when the
     * item offers nothing else.
     */
    private static String title(Element element, String selector, Element linkElement, String linkText, String link,
                                URI base) {
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
        if (Headlines.isHeadline(linkText)) {
            return linkText;
        }
        if (link != null) {
            String article = ListingLinks.sameArticleKey(link);
            for (Element other : element.select("a[href]")) {
                String text = HtmlText.toPlainLine(other.text());
                if (other != linkElement && Headlines.isHeadline(text)
                        && article.equals(ListingLinks.sameArticleKey(FeedParser.resolve(base, other.attr("href"))))) {
                    return text;
                }
            }
        }
        for (Element heading : element.select(HEADINGS)) {
            String text = HtmlText.toPlainLine(heading.text());
            if (Headlines.isHeadline(text)) {
                return text;
            }
        }
        if (linkElement != null) {
            // a link of no text names its article in an attribute: the tooltip or the name a screen reader says of
            // the link (a card that is one big link over its picture, an icon link), else its picture's text
            // alternative or tooltip (trial29: such cards were published untitled)
            for (String attribute : LINK_NAME_ATTRIBUTES) {
                String named = HtmlText.toPlainLine(linkElement.attr(attribute));
                if (Headlines.isHeadline(named)) {
                    return named;
                }
            }
            for (Element image : linkElement.select("img[alt], img[title]")) {
                for (String attribute : IMAGE_NAME_ATTRIBUTES) {
                    String named = HtmlText.toPlainLine(image.attr(attribute));
                    if (Headlines.isHeadline(named)) {
                        return named;
                    }
                }
            }
        }
        if (linkText != null && !linkText.isBlank() && !DateParser.looksLikeDate(linkText)) {
            return linkText;
        }
        return dateLabel != null ? dateLabel : linkText == null || linkText.isBlank() ? null : linkText;
    }

    /** The element the title selector's first match that is no date, or null. */
    private static Element titleElement(Element element, String selector) {
        for (String alternative : SelectorAlternatives.of(selector)) {
            for (Element candidate : element.select(alternative)) {
                String text = HtmlText.toPlainLine(candidate.text());
                if (text != null && !text.isBlank() && !DateParser.looksLikeDate(text)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The item's links matching the link selector, the likeliest article link first: the one the title element is
     * or holds or sits in, else one in a heading, then the others in page order — links marked as a category or tag
     * ({@code rel="tag"}, {@code rel="category tag"}) last. So a card that prints its category ("Категория:
     * Новости") or a rubric before the headline is known by the headline's link. The item itself when it is a link.
     */
    private static List<Element> linkCandidates(Element element, Selectors sel, Element titleElement) {
        List<Element> found = new ArrayList<>();
        if (element.is(sel.link())) {
            found.add(element);
        }
        element.select(sel.link()).stream().filter(e -> e != element).forEach(found::add);
        if (found.isEmpty() && element.hasAttr("href")) {
            found.add(element);
        }
        List<Element> ordered = new ArrayList<>(found.size());
        if (titleElement != null) {
            for (Element e : found) {
                if (within(titleElement, e) || within(e, titleElement)) {
                    ordered.add(e);
                }
            }
        }
        for (Element e : found) {
            if (!ordered.contains(e) && inHeading(e, element)) {
                ordered.add(e);
            }
        }
        found.stream().filter(e -> !ordered.contains(e) && !taxonomy(e)).forEach(ordered::add);
        found.stream().filter(e -> !ordered.contains(e)).forEach(ordered::add);
        return ordered;
    }

    /**
     * How many different pages the element links to, tags, categories and links back to the listing or home left
     * out; counting stops past {@link #MAX_ARTICLE_LINKS_OF_AN_ITEM}.
     */
    private static int articleLinks(Element element, URI base, URI page) {
        Set<String> links = new HashSet<>();
        for (Element a : element.select("a[href]")) {
            String link = taxonomy(a) ? null : FeedParser.resolve(base, a.attr("href"));
            if (link != null && !ListingLinks.isListingItselfOrHome(page, link)
                    && links.add(UrlCanonicalizer.canonicalize(link)) && links.size() > MAX_ARTICLE_LINKS_OF_AN_ITEM) {
                break;
            }
        }
        return links.size();
    }

    /** Whether {@code inner} is {@code outer} or inside it. */
    private static boolean within(Element inner, Element outer) {
        for (Element e = inner; e != null; e = e.parent()) {
            if (e == outer) {
                return true;
            }
        }
        return false;
    }

    /** Whether the link is in a heading (h1–h6) of the item, or holds one. */
    private static boolean inHeading(Element link, Element item) {
        for (Element e = link; e != null && e != item; e = e.parent()) {
            if (e.is(HEADINGS)) {
                return true;
            }
        }
        return link.selectFirst(HEADINGS) != null;
    }

    /** A link the page marks as a category or tag of the item (rel-tag, WordPress's {@code rel="category tag"}). */
    private static boolean taxonomy(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (rel.equals("tag") || rel.equals("category")) {
                return true;
            }
        }
        return false;
    }

    /** The element's texts with a space between each two, as a browser lays out inline elements set side by side. */
    private static String textsApart(Element element) {
        StringBuilder b = new StringBuilder();
        element.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                b.append(' ').append(t.text());
            }
        });
        return SPACES.matcher(b).replaceAll(" ").strip();
    }

    private static String text(Element element, String selector) {
        if (selector == null) {
            return null;
        }
        Element e = element.selectFirst(selector);
        return e == null ? null : HtmlText.toPlainText(LeadClutter.without(e).text());
    }


    static boolean looksLikeFeed(String text) {
        String head = text.substring(0, Math.min(text.length(), 512));
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
    }
}
