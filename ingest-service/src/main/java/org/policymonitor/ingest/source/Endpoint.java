package org.policymonitor.ingest.source;

import java.net.URI;
import java.util.Objects;
import com.google.re2j.Pattern;


/**
 * Where and how to read a source: a feed, or a listing with its selectors.
 *
 * @param linkPattern listings only, optional: an item's resolved link must contain a match (e.g. {@code /eng/news/\d+/});
 *                    RE2 syntax, matched in linear time (a pattern an analyst types must not pin a thread)
 * @param dateOrder   how the page writes a numeric date both readings allow ({@code 11/05/2026}); day first unless
 *                    the catalogue says {@code dateOrder: month-first}
 * @param paging      how a poll reaches the next pages ({@code nextPage}, {@code maxPages}); never null
 */
public record Endpoint(SourceType type, URI url, Selectors selectors, Pattern linkPattern, DateOrder dateOrder,
                       Paging paging) {

    public Endpoint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        dateOrder = dateOrder == null ? DateOrder.DAY_FIRST : dateOrder;
        paging = paging == null ? Paging.DEFAULT : paging;
        if (type == SourceType.HTML && (selectors == null || selectors.item() == null)) {
            throw new IllegalArgumentException("an html endpoint needs selectors.item");
        }
    }

    /** An endpoint whose next pages are found on the page, as many as the service reads by default. */
    public Endpoint(SourceType type, URI url, Selectors selectors, Pattern linkPattern, DateOrder dateOrder) {
        this(type, url, selectors, linkPattern, dateOrder, Paging.DEFAULT);
    }

    /** An endpoint that writes numeric dates day first. */
    public Endpoint(SourceType type, URI url, Selectors selectors, Pattern linkPattern) {
        this(type, url, selectors, linkPattern, DateOrder.DAY_FIRST, Paging.DEFAULT);
    }

    public static Endpoint feed(URI url) {
        return new Endpoint(SourceType.RSS, url, null, null);
    }

    public static Endpoint listing(URI url, Selectors selectors) {
        return new Endpoint(SourceType.HTML, url, selectors, null);
    }

    /**
     * Whether a URL carries credentials ({@code user:password@host}, also where Java cannot parse the host): such a
     * URL is refused, never echoed — the fetcher sends no credentials, and the URL shows in logs and the API.
     */
    public static boolean hasCredentials(URI url) {
        return url.getRawUserInfo() != null
                || (url.getHost() == null && url.getRawAuthority() != null && url.getRawAuthority().contains("@"));
    }

    /**
     * What is wrong with the URL's port, or null: {@link URI} reads any digits as one, and a fetch from port 0 or past
     * 65535 fails every time ("port out of range") — an error of the URL, to be named where it is given.
     */
    public static String portProblem(URI url) {
        int port = url.getPort();
        return port == 0 || port > 65535 ? "port " + port + " is not a TCP port (1-65535)" : null;
    }
}
