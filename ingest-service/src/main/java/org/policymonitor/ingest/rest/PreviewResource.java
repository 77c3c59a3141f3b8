package org.policymonitor.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jsoup.select.QueryParser;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.ingest.article.ArticleText;
import org.policymonitor.ingest.article.HttpArticleReader;
import org.policymonitor.ingest.fetch.FetchResult;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.parse.ParsedDocument;
import org.policymonitor.ingest.parse.ParsedItem;
import org.policymonitor.ingest.poll.FieldLimits;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.ingest.source.SourceType;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What a source would produce, without publishing or storing anything: either a URL the service fetches (admin
 * only; private and loopback addresses refused unless {@code policy.preview.allow-private-addresses=true}), or a
 * document sent in the body. A document that does not parse is a 422 saying why.
 */
@Path("/api/preview")
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {

    @Inject
    HttpFetcher fetcher;

    @Inject
    DocumentParser parser;

    @Inject
    HttpArticleReader articles;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "policy.preview.allow-private-addresses", defaultValue = "false")
    boolean allowPrivateAddresses;

    /**
     * A URL to fetch, how to read it, and (optionally) the language and zone to assume; with {@code fullText} the
     * first item's article is read too (its main text, or with {@code contentSelector} that selector's text).
     */
    public record PreviewRequest(String url, String type, Selectors selectors, String linkPattern, String language,
                                 String timezone, Boolean fullText, String contentSelector) {
    }

    /** What reading the first item's article gave, as the poll would publish it in the item's content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticlePreview(String url, String outcome, int httpStatus, String text, String reason) {
        static ArticlePreview of(String url, ArticleText a) {
            return new ArticlePreview(url, a.outcome().name().toLowerCase(Locale.ROOT), a.httpStatus(),
                    a.text() == null ? null : FieldLimits.content(a.text()), a.reason());
        }
    }

    /** The items the document yields. */
    public record PreviewResult(String url, String format, String title, String language, int count, int skipped,
                                long unparseableDates, List<ParsedItem> items,
                                @JsonInclude(JsonInclude.Include.NON_NULL) ArticlePreview firstArticle) {
        static PreviewResult of(String url, ParsedDocument d) {
            return new PreviewResult(url, d.format(), d.title(), d.language(), d.items().size(), d.skipped(),
                    d.unparseableDates(), d.items(), null);
        }

        PreviewResult withFirstArticle(ArticlePreview article) {
            return new PreviewResult(url, format, title, language, count, skipped, unparseableDates, items, article);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Fetch a URL and show the items it would produce (nothing is published or stored)")
    public PreviewResult previewUrl(PreviewRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw ProblemException.invalidField("url", "is required");
        }
        URI url;
        try {
            url = URI.create(request.url().strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("url", "not a URL: " + e.getMessage());
        }
        if (url.getScheme() == null || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
            throw ProblemException.invalidField("url", "must be an absolute http(s) URL");
        }
        AddressPolicy addresses = allowPrivateAddresses ? AddressPolicy.ANY : AddressPolicy.publicOnly();
        try {
            addresses.check(url);
        } catch (AddressPolicy.BlockedAddressException e) {
            throw ProblemException.invalidField("url", e.getMessage());
        }
        Endpoint endpoint = endpoint(type(request.type(), null), url, request.selectors(), request.linkPattern());
        ZoneId zone = zone(request.timezone());
        FetchResult fetched;
        try {
            fetched = fetcher.fetch(url, Validators.NONE, addresses);
        } catch (SourceFailure f) {
            throw new ProblemException(Problem.of(502, "could not fetch " + url + ": " + f.describe()));
        }
        PreviewResult result = PreviewResult.of(url.toString(), parse(fetched.body(), fetched.contentType(),
                fetched.finalUrl(), endpoint, request.language(), zone));
        return Boolean.TRUE.equals(request.fullText()) ? withFirstArticle(result, request, endpoint, addresses) : result;
    }

    /** The first item's article read as a poll would, under the preview's address rules. */
    private PreviewResult withFirstArticle(PreviewResult result, PreviewRequest request, Endpoint endpoint,
                                           AddressPolicy addresses) {
        String selector = request.contentSelector() == null || request.contentSelector().isBlank() ? null
                : request.contentSelector().strip();
        if (selector != null) {
            try {
                QueryParser.parse(selector);
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("contentSelector", "not a CSS selector: " + e.getMessage());
            }
        }
        if (result.items().isEmpty() || result.items().get(0).link() == null) {
            return result;
        }
        String link = UrlCanonicalizer.canonicalize(result.items().get(0).link());
        SourceDefinition source = new SourceDefinition("preview", "preview", endpoint, null,
                request.language() == null ? null : request.language().toLowerCase(Locale.ROOT), null, null, null,
                true, true, selector);
        return result.withFirstArticle(ArticlePreview.of(link, articles.read(source, link, addresses)));
    }

    @POST
    @Consumes({"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "text/html"})
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Show the items a document sent in the body would produce (type=rss|html; for html the "
            + "selectors as JSON in 'selectors' or as item/link/title/date/lead parameters)")
    public PreviewResult previewDocument(byte[] body, @jakarta.ws.rs.core.Context HttpHeaders headers,
                                         @QueryParam("type") String type, @QueryParam("selectors") String selectors,
                                         @QueryParam("item") String item, @QueryParam("link") String link,
                                         @QueryParam("title") String title, @QueryParam("date") String date,
                                         @QueryParam("lead") String lead, @QueryParam("linkPattern") String linkPattern,
                                         @QueryParam("baseUrl") String baseUrl, @QueryParam("language") String language,
                                         @QueryParam("timezone") String timezone) {
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        URI base;
        try {
            base = URI.create(baseUrl == null || baseUrl.isBlank() ? "http://preview.invalid/" : baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("baseUrl", "not a URL: " + e.getMessage());
        }
        Selectors sel = selectors != null && !selectors.isBlank() ? selectorsFromJson(selectors)
                : item == null ? null : new Selectors(item, link, title, date, lead);
        Endpoint endpoint = endpoint(type(type, contentType), base, sel, linkPattern);
        return PreviewResult.of(null, parse(body, contentType, base, endpoint, language, zone(timezone)));
    }

    private ParsedDocument parse(byte[] body, String contentType, URI base, Endpoint endpoint, String language,
                                 ZoneId zone) {
        try {
            return parser.parse(body, contentType, base, endpoint,
                    language == null ? null : language.toLowerCase(Locale.ROOT), zone);
        } catch (SourceFailure f) {
            throw ProblemException.unprocessable("the document does not yield items: " + f.describe());
        }
    }

    private static SourceType type(String type, String contentType) {
        if (type == null || type.isBlank()) {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")
                    ? SourceType.HTML : SourceType.RSS;
        }
        try {
            return SourceType.fromWire(type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", e.getMessage());
        }
    }

    private static Endpoint endpoint(SourceType type, URI url, Selectors selectors, String linkPattern) {
        if (type == SourceType.HTML && (selectors == null || selectors.item() == null)) {
            throw ProblemException.invalidField("selectors.item", "is required to read an html listing");
        }
        com.google.re2j.Pattern pattern = null;
        if (linkPattern != null && !linkPattern.isBlank()) {
            try {
                pattern = com.google.re2j.Pattern.compile(linkPattern);
            } catch (com.google.re2j.PatternSyntaxException e) {
                throw ProblemException.invalidField("linkPattern", "not a regular expression: " + e.getDescription());
            }
        }
        return new Endpoint(type, url, type == SourceType.HTML ? selectors : null, pattern);
    }

    private Selectors selectorsFromJson(String json) {
        try {
            JsonNode n = mapper.readTree(json);
            return new Selectors(text(n, "item"), text(n, "link"), text(n, "title"), text(n, "date"), text(n, "lead"));
        } catch (Exception e) {
            throw ProblemException.invalidField("selectors", "not a JSON object of selectors: " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static ZoneId zone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timezone", "not a time zone: " + timezone);
        }
    }

}
