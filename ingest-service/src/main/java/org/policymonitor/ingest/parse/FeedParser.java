package org.policymonitor.ingest.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.policymonitor.events.LanguageTags;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.ingest.fetch.LinkText;
import org.policymonitor.ingest.fetch.RelativeLinks;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceFailure;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom in one pass over the document: the XML is parsed once, by {@link SecureXml}, into
 * a JDOM document that Rome reads as a feed. Rome turns dates into {@code java.util.Date}, losing the offset the
 * source wrote, so each item's raw date text, guid and language are read from the same document, and then by
 * {@link DateParser} with their offset kept.
 */
public final class FeedParser {

    static final int MAX_SUMMARY_CHARS = 2_000;
    static final int MAX_CONTENT_CHARS = 100_000;
    /** Date elements of an item, most specific first. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "date", "created",
            "updated", "modified");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern HTTP_SCHEME = Pattern.compile("(?i)https?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Namespace RDF = Namespace.getNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    /**
     * @param xml       the decoded document
     * @param base      the document's URL, against which relative links are resolved
     * @param language  the source's language, used when neither the item nor the feed declares one
     * @param zone      the zone of dates without an offset
     */
    public ParsedDocument parse(String xml, URI base, String language, ZoneId zone) throws SourceFailure {
        if (XmlPreparation.looksLikeHtml(xml)) {
            throw HtmlInsteadOfFeed.failure(xml, base);
        }
        if (XmlPreparation.looksLikeJson(xml)) {
            throw new SourceFailure(FailureReason.NOT_A_FEED, "expected an RSS or Atom feed, got JSON (a JSON Feed or "
                    + "an API answer, which is not read: use the site's RSS/Atom feed or its HTML listing)");
        }
        String prepared;
        try {
            prepared = XmlPreparation.prepare(xml);
        } catch (XmlPreparation.DoctypeRefused e) {
            throw new SourceFailure(FailureReason.REFUSED, e.getMessage());
        }
        Document document = read(prepared);
        List<RawItem> raw = rawItems(document, base);
        SyndFeed feed = buildWithoutItemDates(document, raw);
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = raw.size() == entries.size();
        String feedLanguage = normaliseLanguage(feed.getLanguage());
        if (feedLanguage == null && aligned && !raw.isEmpty()) {
            feedLanguage = raw.get(0).feedLanguage;
        }
        String fallbackLanguage = feedLanguage != null ? feedLanguage : normaliseLanguage(language);
        boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom_1");
        List<ParsedItem> items = new ArrayList<>(entries.size());
        int skipped = 0;
        for (int i = 0; i < entries.size(); i++) {
            ParsedItem item = item(entries.get(i), aligned ? raw.get(i) : null, base, fallbackLanguage, zone, atom);
            if (item == null) {
                skipped++;
            } else {
                items.add(item);
            }
        }
        String title = atom && feed.getTitleEx() != null ? line(feed.getTitleEx(), true) : HtmlText.toPlainLine(feed.getTitle());
        return new ParsedDocument(feed.getFeedType(), title, fallbackLanguage, items, skipped,
                withoutIdentity(skipped, entries.size()), NextPageLinks.ofFeed(document, base));
    }

    /**
     * What to say of items that have neither a link nor an id (guid, Atom id, a permalink, an enclosure): RSS allows an
     * item of a title and a description only, and an item is known by its link or its id, so they cannot be published.
     * Said in the poll's answer, the health reason and the recent errors (the document's warning): until 7 December
     * 2026 only the preview counted them, and a feed of such items polled "ok" publishing nothing. Null when none.
     */
    private static String withoutIdentity(int skipped, int entries) {
        if (skipped == 0) {
            return null;
        }
        return skipped + " of the " + entries + " items have neither a link nor an id (guid, Atom id, enclosure; a "
                + "mailto: or javascript: link is none): not published, as an item is known by one of them — if the "
                + "site's listing links each item, read that (type html with selectors)";
    }

    private static Document read(String xml) throws SourceFailure {
        try {
            return SecureXml.read(xml);
        } catch (JDOMException | IOException e) {
            throw unreadable(e);
        } catch (RuntimeException e) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, "could not read the feed: " + rootMessage(e), e);
        }
    }

    /**
     * Rome parses every date it meets with up to thirty {@code SimpleDateFormat} masks, W3C ones first, each a new
     * formatter and calendar: for a feed of 10 000 items, 800 MB of the 1.2 GB its reading allocated. The items' dates
     * are read from the document by {@link DateParser} (see {@link #rawItems}), so Rome is given the document without
     * them; only when its entries do not line up with the items found here — then Rome's dates are the fallback — are
     * they put back and the feed built again.
     */
    private static SyndFeed buildWithoutItemDates(Document document, List<RawItem> raw) throws SourceFailure {
        List<Element> detached = new ArrayList<>();
        List<Element> parents = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (RawItem item : raw) {
            for (int i = item.dates.size() - 1; i >= 0; i--) { // from the last: the earlier positions stay valid
                Element date = item.dates.get(i);
                Element parent = date.getParentElement();
                positions.add(parent.indexOf(date));
                parents.add(parent);
                detached.add(date);
                date.detach();
            }
        }
        SyndFeed feed = build(document);
        if (feed.getEntries().size() != raw.size() && !detached.isEmpty()) {
            for (int i = detached.size() - 1; i >= 0; i--) { // in the reverse order: each back where it stood
                parents.get(i).addContent(positions.get(i), detached.get(i));
            }
            feed = build(document);
        }
        return feed;
    }

    private static SyndFeed build(Document document) throws SourceFailure {
        try {
            return new SyndFeedInput(false, Locale.ROOT).build(document);
        } catch (FeedException e) {
            throw unreadable(e);
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(FailureReason.NOT_A_FEED, "XML but not RSS or Atom: " + rootMessage(e), e);
        } catch (RuntimeException e) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, "could not read the feed: " + rootMessage(e), e);
        }
    }

    private static SourceFailure unreadable(Exception e) {
        String message = rootMessage(e);
        if (message.contains(SecureXml.DEPTH_ERROR) || message.contains(SecureXml.DEPTH_PROPERTY)) {
            return new SourceFailure(FailureReason.REFUSED, "the document nests elements deeper than "
                    + SecureXml.MAX_DEPTH + " levels: refused", e);
        }
        if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
            return new SourceFailure(FailureReason.REFUSED, "the document declares a DOCTYPE: refused", e);
        }
        if (message.contains("Invalid document") || message.contains("not a") || message.contains("Unsupported")) {
            return new SourceFailure(FailureReason.NOT_A_FEED, "XML but not RSS or Atom: " + message, e);
        }
        return new SourceFailure(FailureReason.PARSE_ERROR, "not well-formed XML: " + message, e);
    }

    private ParsedItem item(SyndEntry entry, RawItem raw, URI base, String language, ZoneId zone, boolean atom) {
        String guid = raw != null ? raw.guid : entry.getUri();
        URI itemBase = raw != null && raw.base != null ? raw.base : base; // xml:base, else the document's URL
        String link = resolve(itemBase, firstNonBlank(firstNonBlank(webPageLink(entry), entry.getLink()),
                alternateLink(entry)));
        if (link == null && raw != null && raw.about != null && HTTP_URL.matcher(raw.about).matches()) {
            // an RSS 1.0 item names its URL in rdf:about, and some generators leave out the <link> it also requires
            link = resolve(null, raw.about);
        }
        if (link == null && guid != null && HTTP_URL.matcher(guid).matches()) {
            // a permalink guid is the link when the item has none. One with a backslash is read as a link is, the '\'
            // a '/' as a browser opens it; any other keeps its text (so the guid that repeats it, and the item's id, stay)
            link = guid.indexOf('\\') >= 0 ? resolve(null, guid) : withoutUserInfo(guid);
        }
        if (link == null) {
            // an item that is only a file (a decree as PDF, a recording) is known by the file's URL
            link = resolve(itemBase, enclosureUrl(entry));
        }
        if (guid != null && (guid.isBlank() || guid.equals(link) || guid.equals(entry.getLink()))) {
            // a guid that only repeats the link identifies the item no better than its canonical link does
            guid = null;
        }
        if (link == null && guid == null) {
            return null;
        }
        String rawDate = raw != null ? raw.date : null;
        OffsetDateTime published = DateParser.parse(rawDate, zone);
        if (raw == null || rawDate == null) {
            Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            published = d == null ? null : DateParser.plausible(d.toInstant().atOffset(ZoneOffset.UTC), Instant.now());
        }
        String summary = text(entry.getDescription(), atom);
        String content = content(entry, atom);
        if (summary == null && content != null) {
            summary = content;
        }
        String itemLanguage = raw != null && raw.language != null ? raw.language : language;
        String title = atom && entry.getTitleEx() != null ? line(entry.getTitleEx(), true) : HtmlText.toPlainLine(entry.getTitle());
        return new ParsedItem(link, guid == null ? null : guid.trim(), title,
                HtmlText.truncate(summary, MAX_SUMMARY_CHARS), HtmlText.truncate(content, MAX_CONTENT_CHARS),
                itemLanguage, categories(entry), author(entry), published, rawDate);
    }

    /**
     * Plain text of a description or content. An Atom 1.0 text construct says what it holds (RFC 4287 §3.1):
     * {@code type="text"}, also when no type is given, is text — "&lt;b&gt;" in it is what the author wrote (a title
     * about HTML, "a &lt; b"), neither markup to strip nor entities to decode; {@code html} and {@code xhtml} are
     * markup. RSS says nothing of the kind, and its descriptions are HTML in practice.
     */
    private static String text(SyndContent c, boolean atom) {
        if (c == null) {
            return null;
        }
        return atom && isText(c.getType()) ? HtmlText.fromPlainText(c.getValue()) : HtmlText.toSummaryText(c.getValue());
    }

    /** {@link #text} on one line, for titles. */
    private static String line(SyndContent c, boolean atom) {
        return atom && isText(c.getType()) ? HtmlText.lineOfPlainText(c.getValue()) : HtmlText.toPlainLine(c.getValue());
    }

    private static boolean isText(String atomType) {
        return atomType == null || atomType.equals("text") || atomType.equals("text/plain");
    }

    private static String content(SyndEntry entry, boolean atom) {
        StringBuilder text = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            String t = text(c, atom);
            if (t != null) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(t);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static List<String> categories(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndCategory c : entry.getCategories()) {
            String n = HtmlText.toPlainLine(c.getName());
            if (n != null) {
                names.add(n);
            }
        }
        return List.copyOf(names);
    }

    private static String author(SyndEntry entry) {
        String author = HtmlText.toPlainLine(entry.getAuthor());
        if (author == null && !entry.getAuthors().isEmpty()) {
            SyndPerson p = entry.getAuthors().get(0);
            author = HtmlText.toPlainLine(p.getName() != null ? p.getName() : p.getEmail());
        }
        return author;
    }

    private static String enclosureUrl(SyndEntry entry) {
        for (SyndEnclosure e : entry.getEnclosures()) {
            if (e.getUrl() != null && !e.getUrl().isBlank()) {
                return e.getUrl();
            }
        }
        return null;
    }

    /**
     * Of an entry's {@code rel="alternate"} links (Atom allows several: the decree as a web page and as a PDF), the web
     * page ({@code text/html}, XHTML), else one without a type; null when there is neither — then the first alternate
     * is the link, as before. Until 7 December 2026 the first was taken whatever its type: a feed listing the PDF
     * first linked every item to its file.
     */
    private static String webPageLink(SyndEntry entry) {
        String untyped = null;
        for (SyndLink l : entry.getLinks()) {
            if (l.getHref() == null || l.getHref().isBlank() || l.getRel() != null && !l.getRel().equals("alternate")) {
                continue;
            }
            String type = l.getType() == null ? "" : l.getType().strip().toLowerCase(Locale.ROOT);
            if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
                return l.getHref();
            }
            if (type.isEmpty() && untyped == null) {
                untyped = l.getHref();
            }
        }
        return untyped;
    }

    private static String alternateLink(SyndEntry entry) {
        for (SyndLink l : entry.getLinks()) {
            if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                return l.getHref();
            }
        }
        return null;
    }

    /** Resolves a link against the document URL; null when it is not a usable http(s) link. */
    static String resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        // a host in Unicode (президент.бел) is no host to java.net.URI: written in ASCII first, as browsers do
        String h = UrlCanonicalizer.withAsciiHost(LinkText.asUriText(href.strip()));
        try {
            URI uri = (base == null ? new URI(h) : RelativeLinks.resolve(base, new URI(h))).normalize();
            if (uri.getScheme() == null || !HTTP_SCHEME.matcher(uri.getScheme()).matches() || uri.getHost() == null) {
                return null;
            }
            if (uri.getRawUserInfo() != null) {
                uri = new URI(withoutUserInfo(uri.toString()));
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (!path.startsWith("/../") && !path.equals("/..")) {
                return uri.toString();
            }
            // "../" above the root: browsers (RFC 3986 5.2.4) drop it, java.net.URI keeps it
            while (path.startsWith("/../")) {
                path = path.substring(3);
            }
            if (path.equals("/..")) {
                path = "/";
            }
            return uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * The link without the user info of its authority ({@code user:password@}): it is no part of where the link leads,
     * and a published link is read by every analyst and subscriber — a site's credentials must not be re-published,
     * and {@code https://www.belta.by@evil.example/} must not show a trusted name where the host is read (trial28).
     * Anything else is returned as it is.
     */
    static String withoutUserInfo(String link) {
        int scheme = link.indexOf("://");
        if (scheme < 0) {
            return link;
        }
        int authorityStart = scheme + 3;
        // a backslash ends the authority, as a browser reads it: http://user:pw@host\@evil/ opens host
        int authorityEnd = UrlCanonicalizer.authorityEnd(link, authorityStart);
        int at = link.lastIndexOf('@', authorityEnd - 1);
        return at < authorityStart ? link : link.substring(0, authorityStart) + link.substring(at + 1);
    }

    /** The primary subtag of a language tag, 2–3 letters; null for none ("-", "_", "--en": {@link LanguageTags}). */
    static String normaliseLanguage(String lang) {
        String primary = LanguageTags.primary(lang);
        return primary != null && LANGUAGE.matcher(primary).matches() ? primary : null;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? t.getMessage() : root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    // ---- the raw date, guid and language of each item, in document order ----

    private static final class RawItem {
        String guid;
        String date;
        int dateRank = Integer.MAX_VALUE;
        String language;
        String feedLanguage;
        /** An RSS 1.0 item's {@code rdf:about}: its URL, read when it has no link. */
        String about;
        /** The item's {@code xml:base} resolved down from the root, or null when none is declared. */
        URI base;
        /** Its date elements, in document order, that Rome need not parse. */
        final List<Element> dates = new ArrayList<>(2);
    }

    /**
     * Every {@code item} or {@code entry} element not inside another, wherever it stands (RSS 1.0 puts them beside
     * the channel, RSS 2.0 inside it, Atom under the feed). The walk keeps its own stack: a hostile document nested
     * a million levels deep costs memory bounded by the body limit, never the thread's stack.
     */
    private static List<RawItem> rawItems(Document document, URI documentUrl) {
        Element root = document.getRootElement();
        String rootLanguage = normaliseLanguage(root.getAttributeValue("lang", Namespace.XML_NAMESPACE));
        List<RawItem> items = new ArrayList<>();
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            String name = element.getName();
            if (name.equals("item") || name.equals("entry")) {
                RawItem item = rawItem(element, rootLanguage);
                item.base = xmlBase(element, documentUrl);
                items.add(item);
                continue;
            }
            List<Element> children = element.getChildren();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i)); // reversed onto the stack: taken off in document order
            }
        }
        return items;
    }

    /**
     * The base URI of an item's relative links (XML Base, which Atom requires and some RSS feeds use): every
     * {@code xml:base} from the root down to the item, each resolved against the one above it and the outermost
     * against the document's URL. A base that does not come out as an http(s) URL is ignored (it would turn every
     * link of the item into one that cannot be fetched). Null when the item has no {@code xml:base} above it.
     */
    private static URI xmlBase(Element item, URI documentUrl) {
        Deque<String> declared = new ArrayDeque<>();
        for (Element e = item; e != null; e = e.getParentElement()) {
            String b = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (b != null && !b.isBlank()) {
                declared.push(b); // pushed from the item upwards: taken off from the root down
            }
        }
        if (declared.isEmpty()) {
            return null;
        }
        URI current = documentUrl;
        for (String b : declared) {
            String resolved = resolve(current, b);
            if (resolved != null) {
                current = URI.create(resolved);
            }
        }
        return current;
    }

    private static RawItem rawItem(Element element, String rootLanguage) {
        RawItem item = new RawItem();
        item.language = normaliseLanguage(element.getAttributeValue("lang", Namespace.XML_NAMESPACE));
        item.feedLanguage = rootLanguage;
        item.about = element.getAttributeValue("about", RDF);
        for (Element field : element.getChildren()) {
            String name = field.getName();
            int rank = DATE_ELEMENTS.indexOf(name);
            boolean guid = name.equals("guid") || (name.equals("id")
                    && field.getNamespaceURI().toLowerCase(Locale.ROOT).contains("atom"));
            if (rank < 0 && !guid) {
                continue;
            }
            if (rank >= 0) {
                item.dates.add(field);
            }
            String text = field.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (guid && item.guid == null) {
                item.guid = text;
            } else if (rank >= 0 && rank < item.dateRank) {
                item.date = text;
                item.dateRank = rank;
            }
        }
        return item;
    }
}
