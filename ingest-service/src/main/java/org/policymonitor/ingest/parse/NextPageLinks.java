package org.policymonitor.ingest.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.policymonitor.events.UrlCanonicalizer;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The next page of a listing or feed, the way sites link it. Pure logic; whether the page is read (same site, not read
 * before, the page limit) is the poll's decision.
 * <p>
 * A listing, in this order of trust: the operator's selector; {@code <link rel="next">} / {@code <a rel="next">}; a
 * pager link named "next" in words ("Next", "Далее", "Следующая", "Наступная", "Older posts"… in its text, title or
 * aria-label) or by its class ({@code .next}, {@code .pager-next}, {@code .pagination__next}); a pager link that is
 * only an arrow ("›", "»", "→"; a doubled "»»" is the last page); else the link to the listing's following numbered page ({@code ?page=N},
 * {@code /page/N/}, {@code PAGEN_1=N}, {@code ?start=N}: the smallest number above this page's). Links marked as the
 * previous, first or last page are never it. A feed: RFC 5005's {@code <atom:link rel="next">} of the feed or channel.
 */
public final class NextPageLinks {

    /** A pager link's words that mean "the next page", lower-cased, arrows and punctuation around them dropped. */
    private static final Set<String> NEXT_WORDS = Set.of("next", "next page", "older", "older posts", "older entries",
            "older news", "more news", "далее", "дальше", "следующая", "следующая страница", "след", "вперед",
            "вперёд", "наступная", "наступная старонка", "далей", "наперад", "ещё новости", "еще новости");
    /** A pager link that is only an arrow: next, unless words or a class say otherwise (then it is a "last" link). */
    private static final Set<String> NEXT_ARROWS = Set.of("›", "»", "→", ">", "⟩", "▶", "►");
    /** Words and rel values of links that are some other page of the pager. */
    private static final Pattern OTHER_PAGE = Pattern.compile(
            "(?iu)\\b(prev|previous|first|last|newer|back|start)\\b|пред|назад|перв|последн|папяр|апошн|«|‹|←");
    private static final Pattern NEXT_CLASS = Pattern.compile("(?i)(?:^|[-_\\s])next(?:$|[-_\\s])|^next");
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Punct}«»‹›→←…]+|[\\s\\p{Punct}«»‹›→←…]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");

    private NextPageLinks() {
    }

    /**
     * @param doc      the parsed page
     * @param linkBase what the page's links resolve against (its {@code <base href>}, else its URL)
     * @param page     the page's URL
     * @param selector the operator's selector of the next-page link, or null
     * @return the next page's absolute URL, or null when the page links none
     */
    public static URI ofListing(Document doc, URI linkBase, URI page, String selector) {
        if (selector != null) {
            for (Element e : doc.select(selector)) {
                Element link = e.hasAttr("href") ? e : e.selectFirst("a[href]");
                URI next = link == null ? null : resolved(linkBase, page, link.attr("href"));
                if (next != null) {
                    return next;
                }
            }
            return null; // the operator's choice is the rule: no guessing past it
        }
        URI byRel = first(doc.select("link[href][rel], a[href][rel]").stream()
                .filter(NextPageLinks::relNext).toList(), linkBase, page);
        if (byRel != null) {
            return byRel;
        }
        // a card's "Далее →" read-more link says "next" too: a word, class or arrow counts only in the page's pager
        // or on a link to another page of the listing
        Elements anchors = doc.select("a[href]");
        URI byWords = firstPagerLink(anchors.stream().filter(a -> !otherPage(a) && (namedNext(a) || classedNext(a)))
                .toList(), linkBase, page);
        if (byWords != null) {
            return byWords;
        }
        URI byArrow = firstPagerLink(anchors.stream().filter(a -> !otherPage(a)
                && NEXT_ARROWS.contains(SPACES.matcher(a.text()).replaceAll("").strip())).toList(), linkBase, page);
        return byArrow != null ? byArrow : numbered(anchors, linkBase, page);
    }

    /** RFC 5005 §3: the feed's (Atom) or channel's (RSS 2.0) {@code atom:link rel="next"}, resolved; null when none. */
    public static URI ofFeed(org.jdom2.Document feed, URI base) {
        org.jdom2.Element root = feed.getRootElement();
        org.jdom2.Element holder = "rss".equals(root.getName()) ? root.getChild("channel") : root;
        if (holder == null) {
            return null;
        }
        for (org.jdom2.Element link : holder.getChildren()) {
            boolean atomLink = "link".equals(link.getName())
                    && link.getNamespaceURI().toLowerCase(Locale.ROOT).contains("atom");
            if (atomLink && "next".equalsIgnoreCase(link.getAttributeValue("rel", "").strip())) {
                String resolved = FeedParser.resolve(base, link.getAttributeValue("href"));
                if (resolved != null && !samePage(base, resolved)) {
                    return URI.create(resolved);
                }
            }
        }
        return null;
    }

    private static boolean relNext(Element e) {
        for (String rel : e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (rel.equals("next")) {
                return true;
            }
        }
        return false;
    }

    /** Its text, title or aria-label is one of the words for "next" (with an arrow or not: "Далее »", "Next ›"). */
    private static boolean namedNext(Element a) {
        for (String name : List.of(a.text(), a.attr("title"), a.attr("aria-label"))) {
            String words = EDGES.matcher(SPACES.matcher(name).replaceAll(" ").strip()).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            if (NEXT_WORDS.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** The link, or the pager item it sits in, has a class saying "next" ({@code next}, {@code pager__item--next}). */
    private static boolean classedNext(Element a) {
        for (Element e : List.of(a, a.parent() == null ? a : a.parent())) {
            for (String c : e.classNames()) {
                if (NEXT_CLASS.matcher(c).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A link the page marks, in words, rel or class, as the previous, first or last page. */
    private static boolean otherPage(Element a) {
        String said = a.text() + " " + a.attr("title") + " " + a.attr("aria-label") + " " + a.attr("rel") + " "
                + a.className() + " " + (a.parent() == null ? "" : a.parent().className());
        return OTHER_PAGE.matcher(said).find();
    }

    /** The link to the listing's numbered page just after this one, or null. */
    private static URI numbered(Elements anchors, URI linkBase, URI page) {
        Integer current = ListingLinks.pageNumber(page);
        URI best = null;
        int bestNumber = Integer.MAX_VALUE;
        for (Element a : anchors) {
            URI link = otherPage(a) ? null : resolved(linkBase, page, a.attr("href"));
            if (link == null || !ListingLinks.isNumberedPageOf(page, link.toString())) {
                continue;
            }
            int number = ListingLinks.pageNumber(link);
            // a first page written without a number: its pager's "1" is the page itself on a site counting from 1
            boolean itself = current == null && number == 1 && a.text().strip().equals("1");
            if (number > (current == null ? 0 : current) && !itself && number < bestNumber) {
                best = link;
                bestNumber = number;
            }
        }
        return best;
    }

    /** The first of the links that sits in a pager or leads to another page of the listing. */
    private static URI firstPagerLink(List<Element> links, URI linkBase, URI page) {
        for (Element link : links) {
            URI next = resolved(linkBase, page, link.attr("href"));
            if (next != null && (inPager(link) || ListingLinks.isPageOf(page, next.toString()))) {
                return next;
            }
        }
        return null;
    }

    /**
     * Whether the link sits in the page's pager: a {@code nav}, or an element whose class or id says pagination,
     * pager, paging, page navigation (Bitrix's {@code modern-page-navigation}, WordPress's {@code nav-links}).
     */
    private static boolean inPager(Element link) {
        int depth = 0;
        for (Element e = link.parent(); e != null && depth < 5; e = e.parent(), depth++) {
            String named = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (e.tagName().equals("nav") || named.contains("pag") || named.contains("navigation")
                    || named.contains("nav-links")) {
                return true;
            }
        }
        return false;
    }

    private static URI first(List<Element> links, URI linkBase, URI page) {
        for (Element link : links) {
            URI next = resolved(linkBase, page, link.attr("href"));
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    /** The link resolved as a browser would, or null when it is no http(s) URL or is the page itself. */
    private static URI resolved(URI linkBase, URI page, String href) {
        String resolved = FeedParser.resolve(linkBase, href);
        if (resolved == null || samePage(page, resolved)) {
            return null;
        }
        try {
            return URI.create(resolved);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean samePage(URI page, String link) {
        return page != null && UrlCanonicalizer.canonicalize(page.toString()).equals(UrlCanonicalizer.canonicalize(link));
    }
}
