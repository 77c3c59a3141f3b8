package org.policymonitor.ingest.parse;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceFailure;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom with Rome. Rome turns dates into {@code java.util.Date}, losing the offset the
 * source wrote; a second, streaming pass over the same (already accepted) XML therefore collects each item's raw
 * date text, guid and language, which are then read by {@link DateParser} with their offset kept.
 */
public final class FeedParser {

    static final int MAX_SUMMARY_CHARS = 2_000;
    static final int MAX_CONTENT_CHARS = 100_000;
    /** Date elements of an item, most specific first. */
    private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "issued", "date", "created",
            "updated", "modified");
    private static final XMLInputFactory STAX = secureStax();
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern HTTP_SCHEME = Pattern.compile("(?i)https?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /**
     * @param xml       the decoded document
     * @param base      the document's URL, against which relative links are resolved
     * @param language  the source's language, used when neither the item nor the feed declares one
     * @param zone      the zone of dates without an offset
     */
    public ParsedDocument parse(String xml, URI base, String language, ZoneId zone) throws SourceFailure {
        if (XmlPreparation.looksLikeHtml(xml)) {
            throw new SourceFailure(FailureReason.NOT_A_FEED, "expected an RSS or Atom feed, got an HTML page");
        }
        String prepared;
        try {
            prepared = XmlPreparation.prepare(xml);
        } catch (XmlPreparation.DoctypeRefused e) {
            throw new SourceFailure(FailureReason.REFUSED, e.getMessage());
        }
        SyndFeed feed = build(prepared);
        List<RawItem> raw = rawItems(prepared);
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = raw.size() == entries.size();
        String feedLanguage = normaliseLanguage(feed.getLanguage());
        if (feedLanguage == null && aligned && !raw.isEmpty()) {
            feedLanguage = raw.get(0).feedLanguage;
        }
        String fallbackLanguage = feedLanguage != null ? feedLanguage : normaliseLanguage(language);
        List<ParsedItem> items = new ArrayList<>(entries.size());
        int skipped = 0;
        for (int i = 0; i < entries.size(); i++) {
            ParsedItem item = item(entries.get(i), aligned ? raw.get(i) : null, base, fallbackLanguage, zone);
            if (item == null) {
                skipped++;
            } else {
                items.add(item);
            }
        }
        return new ParsedDocument(feed.getFeedType(), HtmlText.toPlainText(feed.getTitle()), fallbackLanguage, items,
                skipped);
    }

    private static SyndFeed build(String xml) throws SourceFailure {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        input.setAllowDoctypes(false); // the default; stated because it is what keeps XXE out
        input.setXmlHealerOn(true);
        try {
            return input.build(new StringReader(xml));
        } catch (FeedException e) {
            String message = rootMessage(e);
            if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
                throw new SourceFailure(FailureReason.REFUSED, "the document declares a DOCTYPE: refused", e);
            }
            if (message.contains("Invalid document") || message.contains("not a") || message.contains("Unsupported")) {
                throw new SourceFailure(FailureReason.NOT_A_FEED, "XML but not RSS or Atom: " + message, e);
            }
            throw new SourceFailure(FailureReason.PARSE_ERROR, "not well-formed XML: " + message, e);
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(FailureReason.NOT_A_FEED, "XML but not RSS or Atom: " + rootMessage(e), e);
        } catch (RuntimeException e) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, "could not read the feed: " + rootMessage(e), e);
        }
    }

    private ParsedItem item(SyndEntry entry, RawItem raw, URI base, String language, ZoneId zone) {
        String guid = raw != null ? raw.guid : entry.getUri();
        String link = resolve(base, firstNonBlank(entry.getLink(), alternateLink(entry)));
        if (link == null && guid != null && HTTP_URL.matcher(guid).matches()) {
            link = guid; // a permalink guid is the link when the item has none
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
            java.util.Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            published = d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC);
        }
        String summary = HtmlText.toPlainText(entry.getDescription() == null ? null : entry.getDescription().getValue());
        String content = content(entry);
        if (summary == null && content != null) {
            summary = content;
        }
        String itemLanguage = raw != null && raw.language != null ? raw.language : language;
        return new ParsedItem(link, guid == null ? null : guid.trim(), HtmlText.toPlainText(entry.getTitle()),
                HtmlText.truncate(summary, MAX_SUMMARY_CHARS), HtmlText.truncate(content, MAX_CONTENT_CHARS),
                itemLanguage, categories(entry), author(entry), published, rawDate);
    }

    private static String content(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            String t = HtmlText.toPlainText(c.getValue());
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
            String n = HtmlText.toPlainText(c.getName());
            if (n != null) {
                names.add(n);
            }
        }
        return List.copyOf(names);
    }

    private static String author(SyndEntry entry) {
        String author = HtmlText.toPlainText(entry.getAuthor());
        if (author == null && !entry.getAuthors().isEmpty()) {
            SyndPerson p = entry.getAuthors().get(0);
            author = HtmlText.toPlainText(p.getName() != null ? p.getName() : p.getEmail());
        }
        return author;
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
        String h = href.strip().replace(" ", "%20");
        try {
            URI uri = (base == null ? new URI(h) : base.resolve(new URI(h))).normalize();
            if (uri.getScheme() == null || !HTTP_SCHEME.matcher(uri.getScheme()).matches() || uri.getHost() == null) {
                return null;
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

    static String normaliseLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(primary).matches() ? primary : null;
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

    // ---- the streaming pass: raw date, guid and language of each item, in document order ----

    private static final class RawItem {
        String guid;
        String date;
        int dateRank = Integer.MAX_VALUE;
        String language;
        String feedLanguage;
    }

    private static List<RawItem> rawItems(String xml) {
        List<RawItem> items = new ArrayList<>();
        try {
            XMLStreamReader r = STAX.createXMLStreamReader(new StringReader(xml));
            String rootLanguage = null;
            RawItem current = null;
            int itemDepth = -1;
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    String lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                    if (depth == 1) {
                        rootLanguage = normaliseLanguage(lang);
                    }
                    if (current == null && (name.equals("item") || name.equals("entry"))) {
                        current = new RawItem();
                        current.language = normaliseLanguage(lang);
                        current.feedLanguage = rootLanguage;
                        itemDepth = depth;
                        items.add(current);
                    } else if (current != null && depth == itemDepth + 1) {
                        readField(r, name, current);
                        depth--; // readField consumed the element up to its end tag
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (current != null && depth == itemDepth) {
                        current = null;
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            return List.of(); // Rome read the document; without raw values its dates (in UTC) are used
        }
        return items;
    }

    private static void readField(XMLStreamReader r, String name, RawItem item) throws XMLStreamException {
        int rank = DATE_ELEMENTS.indexOf(name);
        boolean guid = name.equals("guid") || (name.equals("id") && r.getNamespaceURI() != null
                && r.getNamespaceURI().toLowerCase(Locale.ROOT).contains("atom"));
        if (rank < 0 && !guid) {
            skipElement(r);
            return;
        }
        String text = r.getElementText().strip();
        if (text.isEmpty()) {
            return;
        }
        if (guid && item.guid == null) {
            item.guid = text;
        } else if (rank >= 0 && rank < item.dateRank) {
            item.date = text;
            item.dateRank = rank;
        }
    }

    private static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int level = 1;
        while (level > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                level--;
            }
        }
    }

    private static XMLInputFactory secureStax() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

}
