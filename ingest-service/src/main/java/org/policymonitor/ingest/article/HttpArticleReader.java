package org.policymonitor.ingest.article;

import org.jboss.logging.Logger;
import org.policymonitor.ingest.fetch.FetchResult;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.parse.Charsets;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.platform.net.AddressPolicy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an article page over HTTP with the feeds' {@link HttpFetcher} — one request at a time per host, timeouts, a
 * body size limit, bounded redirects with every hop's address checked, the project's User-Agent — after asking the
 * host's {@link RobotsTxt}, and extracts its main text with {@link MainTextExtractor}.
 * <p>
 * Address rules: an article link comes from the feed, i.e. from the site, not from the operator. Links to one of
 * the source's own endpoints' sites — host and port, 80 and 443 standing for each other — may be internal (the
 * operator chose that site; a public host may still not redirect inside); links to any other host or port must be
 * public addresses unless {@code allowPrivateAddresses} — a feed cannot send us to an internal service, nor to
 * another service on its own internal host ({@link AddressPolicy#publicOrSites}).
 */
public final class HttpArticleReader implements ArticleReader {

    private static final Logger LOG = Logger.getLogger(HttpArticleReader.class);

    private final HttpFetcher fetcher;
    private final RobotsTxt robots;
    private final MainTextExtractor extractor;
    private final boolean allowPrivateAddresses;

    /** @param fetcher a fetcher sharing the feeds' {@code HostGate} (politeness is per host, whatever is fetched) */
    public HttpArticleReader(HttpFetcher fetcher, RobotsTxt robots, MainTextExtractor extractor,
                             boolean allowPrivateAddresses) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.extractor = extractor;
        this.allowPrivateAddresses = allowPrivateAddresses;
    }

    @Override
    public ArticleText read(SourceDefinition source, String url) {
        return read(source, url, addresses(source));
    }

    /** As {@link #read(SourceDefinition, String)} under the caller's address rules (a preview's: public only). */
    public ArticleText read(SourceDefinition source, String url, AddressPolicy addresses) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            return ArticleText.unavailable(0, ArticleFailure.INVALID_LINK.describe("not an absolute http(s) URL: " + url));
        }
        RobotsTxt.Verdict verdict = robots.check(uri, addresses);
        if (!verdict.allowed()) {
            return ArticleText.unavailable(0, verdict.reason());
        }
        FetchResult page;
        try {
            page = fetcher.fetch(uri, Validators.NONE, addresses);
        } catch (SourceFailure f) {
            int status = f.httpStatus();
            if (status == 404 || status == 410) {
                return ArticleText.gone(status);
            }
            return ArticleText.unavailable(status, failure(f).describe(f.getMessage()));
        }
        if (page.redirected() != 0 && RedirectedAway.from(uri, page.finalUrl())) {
            // the site's answer for a deleted article: its text is the home page's or the section's, not the article's
            return ArticleText.gone(page.redirected(), ArticleFailure.GONE.describe("HTTP " + page.redirected()
                    + " to " + page.finalUrl() + ", the site's home page or the article's section, not the article"));
        }
        if (!looksLikeHtml(page)) {
            return ArticleText.unavailable(page.status(), ArticleFailure.NOT_HTML.describe("the link answers "
                    + (page.contentType() == null ? "a document that is not HTML" : page.contentType())));
        }
        try {
            String html = Charsets.decode(page.body(), page.contentType(), DocumentParser.fallbackCharset(source.language()));
            MainTextExtractor.Result result = extractor.extract(html, page.finalUrl().toString(), source.contentSelector());
            if (result.failure() == ArticleFailure.GONE) {
                return ArticleText.gone(page.status(), result.failure().describe("HTTP " + page.status() + " with "
                        + result.problem()));
            }
            return result.found() ? ArticleText.text(page.status(), result.text())
                    : ArticleText.unavailable(page.status(), result.failure().describe(result.problem()));
        } catch (RuntimeException | StackOverflowError e) {
            // a pathological page must cost this item its content, never the poll
            LOG.warnf("source %s: extraction failed on %s: %s", source.id(), uri, e.toString());
            return ArticleText.unavailable(page.status(), ArticleFailure.PARSE_ERROR.describe(
                    "the page could not be read: " + e.getClass().getSimpleName()));
        }
    }

    private AddressPolicy addresses(SourceDefinition source) {
        if (allowPrivateAddresses) {
            return AddressPolicy.ANY;
        }
        List<URI> ownSites = new ArrayList<>();
        for (Endpoint e : new Endpoint[]{source.primary(), source.fallback()}) {
            if (e != null) {
                ownSites.add(e.url());
            }
        }
        return AddressPolicy.publicOrSites(ownSites);
    }

    private static ArticleFailure failure(SourceFailure f) {
        return switch (f.reason()) {
            case HTTP_STATUS -> ArticleFailure.HTTP_STATUS;
            case TIMEOUT -> ArticleFailure.TIMEOUT;
            case TOO_LARGE -> ArticleFailure.TOO_LARGE;
            case REDIRECT -> ArticleFailure.REDIRECT;
            case PARSE_ERROR -> ArticleFailure.PARSE_ERROR;
            default -> ArticleFailure.CONNECTION; // connection, and the address rules' refusals
        };
    }

    private static boolean looksLikeHtml(FetchResult page) {
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.startsWith("text/plain")) {
            return false;
        }
        byte[] b = page.body();
        return !(b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F');
    }
}
