package org.policymonitor.ingest.parse;

import org.policymonitor.events.UrlCanonicalizer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a listing holds that are never one of its news: the listing itself, another of its pages ({@code ?page=2},
 * 1C-Bitrix's {@code ?PAGEN_1=2}, Joomla's {@code ?start=10}, WordPress's {@code /page/2/}) and the site's home page.
 * An item selector reaches them in a pager row, a "next" link or a "Категория: Новости" link back to the listing; a
 * query on the listing's own path that is not paging ({@code ?ELEMENT_ID=4521}) names an article. Pure logic.
 */
final class ListingLinks {

    /** Query parameters that only choose a page of a listing. */
    private static final Pattern PAGING_PARAMETER = Pattern.compile(
            "page|paged|pg|pagen_\\d+|start|limitstart|offset|per_page|limit|from");
    /** WordPress and many others: the n-th page of a listing at {@code …/page/n/}. */
    private static final Pattern PAGE_SEGMENT = Pattern.compile("/page/\\d+/?$");
    /** A site's home page under its script's name. */
    private static final Pattern HOME_SCRIPT = Pattern.compile("/index\\.(?:php|html?|aspx?|jsp)");

    private ListingLinks() {
    }

    /**
     * @param page the listing's URL (null: nothing is recognised)
     * @param link an absolute link of the page
     */
    static boolean isListingItselfOrHome(URI page, String link) {
        if (page == null || link == null) {
            return false;
        }
        URI l;
        URI p;
        try {
            l = URI.create(UrlCanonicalizer.canonicalize(link));
            p = URI.create(UrlCanonicalizer.canonicalize(page.toString()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (l.getHost() == null || !l.getHost().equalsIgnoreCase(String.valueOf(p.getHost()))
                || l.getPort() != p.getPort()) {
            return false;
        }
        String query = l.getRawQuery();
        String path = l.getRawPath() == null || l.getRawPath().isEmpty() ? "/" : l.getRawPath();
        if (query == null && (path.equals("/") || HOME_SCRIPT.matcher(path).matches())) {
            return true;
        }
        return listingPath(path).equals(listingPath(p.getRawPath())) && onlyPaging(query);
    }

    /**
     * The key under which two links of one page are one article: the canonical link with letters outside ASCII
     * percent-encoded in UTF-8 and every escape's hex digits in upper case — {@code /новости/1},
     * {@code /%D0%BD%D0%BE…/1} and {@code /%d0%bd%d0%be…/1} are one page to a browser (RFC 3986 §6.2.2.1), and so are
     * the forms {@link AddressForms} names ({@code https://www.site/news/7}, {@code http://site/news/7/}). Only for
     * telling repeats apart: the item keeps the link as the page wrote it, and its id the canonical link (changing
     * that would give items already published a new id).
     */
    static String sameArticleKey(String link) {
        String canonical = UrlCanonicalizer.canonicalize(link);
        if (canonical == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(canonical.length() + 16);
        for (int i = 0; i < canonical.length(); ) {
            int c = canonical.codePointAt(i);
            if (c == '%' && i + 2 < canonical.length()) {
                key.append('%').append(canonical.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                i += 3;
                continue;
            }
            if (c < 0x80) {
                key.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    key.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
            i += Character.charCount(c);
        }
        // and http or https, www. or not, an end slash or not: one page too (a "top story" block's full address)
        return AddressForms.key(key.toString());
    }

    /** Query parameters whose value counts a listing's pages (or the items before a page: Joomla's {@code start}). */
    private static final Pattern PAGE_NUMBER_PARAMETER = Pattern.compile(
            "page|paged|pg|pagen_\\d+|start|limitstart|offset|from");
    private static final Pattern PAGE_SEGMENT_NUMBER = Pattern.compile("/page/(\\d{1,6})/?$");

    /**
     * Which page of its listing a URL is, by the number its paging parameter or {@code /page/n/} segment gives
     * ({@code ?page=3} → 3, {@code ?PAGEN_1=2} → 2, {@code /page/4/} → 4, {@code ?start=20} → 20: an offset counts
     * the same way); null when it names none (a listing's first page is usually written without one).
     */
    static Integer pageNumber(URI url) {
        if (url == null) {
            return null;
        }
        Matcher segment = PAGE_SEGMENT_NUMBER.matcher(url.getRawPath() == null ? "" : url.getRawPath());
        if (segment.find()) {
            return Integer.valueOf(segment.group(1));
        }
        String query = url.getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && PAGE_NUMBER_PARAMETER.matcher(pair.substring(0, eq).toLowerCase(Locale.ROOT)).matches()
                    && pair.substring(eq + 1).matches("\\d{1,6}")) {
                return Integer.valueOf(pair.substring(eq + 1));
            }
        }
        return null;
    }

    /**
     * Whether {@code link} is a page of the listing {@code page} is a page of: the same host, port and listing path
     * ({@code /page/n/} aside), a query of paging parameters only. The site's home page is not, unless it is the
     * listing.
     */
    static boolean isPageOf(URI page, String link) {
        if (!isListingItselfOrHome(page, link)) {
            return false;
        }
        try {
            return listingPath(URI.create(UrlCanonicalizer.canonicalize(link)).getRawPath()).equals(
                    listingPath(URI.create(UrlCanonicalizer.canonicalize(page.toString())).getRawPath()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@link #isPageOf}, with a page number ({@link #pageNumber}). */
    static boolean isNumberedPageOf(URI page, String link) {
        return isPageOf(page, link) && pageNumber(URI.create(UrlCanonicalizer.canonicalize(link))) != null;
    }

    private static String listingPath(String path) {
        String p = PAGE_SEGMENT.matcher(path == null || path.isEmpty() ? "/" : path).replaceFirst("/");
        return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
    }

    private static boolean onlyPaging(String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        for (String pair : query.split("&")) {
            String name = (pair.indexOf('=') < 0 ? pair : pair.substring(0, pair.indexOf('='))).toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !PAGING_PARAMETER.matcher(name).matches()) {
                return false;
            }
        }
        return true;
    }
}
