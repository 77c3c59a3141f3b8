package org.policymonitor.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jsoup.select.QueryParser;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.ingest.article.ArticleText;
import org.policymonitor.ingest.config.PreviewConfig;
import org.policymonitor.ingest.article.HttpArticleReader;
import org.policymonitor.ingest.fetch.FetchResult;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.fetch.RelativeLinks;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.parse.ErrorAnswerPage;
import org.policymonitor.ingest.parse.ParsedDocument;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceIds;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.ingest.poll.FieldLimits;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.CatalogueHolder;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.DateOrder;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.OwnSite;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.ingest.source.SourceType;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What a source would produce, without publishing or storing anything: either a URL the service fetches (admin
 * only; private and loopback addresses refused unless {@code policy.preview.allow-private-addresses=true}), or a
 * document sent in the body. A document that does not parse is a 422 saying why.
 * <p>
 * The items are built by the poll's own mapping ({@link SourcePoller#toFeedItems}), so a preview shows what would be
 * published: the same ids (for the source named by {@code sourceId}), canonical links, capped texts, dates and order.
 */
@Path("/api/preview")
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {

    @Inject
    HttpFetcher fetcher;

    @Inject
    DocumentParser parser;

    @Inject
    ObjectMapper mapper;

    @Inject
    CatalogueHolder catalogue;

    @Inject
    HttpArticleReader articles;

    @Inject
    Clock clock;

    /** The source id of a preview that names none: the ids shown are then those of a source with this id. */
    static final String UNNAMED_SOURCE = "preview";

    @Inject
    PreviewConfig config;

    /**
     * A URL to fetch, how to read it, and (optionally) the language and zone to assume. {@code sourceId} names the
     * source the items' ids are computed for; a catalogued source also gives its name, language and zone, and — when
     * no URL is given — its primary endpoint (URL, type, selectors, link pattern, date order) and its full-text settings.
     * {@code dateOrder} ({@code day-first}, the default, or {@code month-first}) is how a listing writes a numeric date
     * both readings allow ({@code 11/05/2026}). With
     * {@code fullText} the first item's article is read too (its main text, or with {@code contentSelector} that
     * selector's text).
     */
    public record PreviewRequest(String url, String type, Selectors selectors, String linkPattern, String language,
                                 String timezone, String sourceId, Boolean fullText, String contentSelector,
                                 String dateOrder) {
    }

    /** What reading the first item's article gave, as the poll would publish it in the item's content. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticlePreview(String url, String outcome, int httpStatus, String text, String reason) {
        static ArticlePreview of(String url, ArticleText a) {
            return new ArticlePreview(url, a.outcome().name().toLowerCase(Locale.ROOT), a.httpStatus(),
                    a.text() == null ? null : FieldLimits.content(a.text()), a.reason());
        }
    }

    /**
     * The items the document yields, exactly as a poll of the source would publish them (oldest first).
     *
     * @param nextPage the page a poll reads next when every item of this one is new (the page's next-page link, or
     *                 the source's {@code nextPage} template), or null: then a poll that finds every item new reports
     *                 a possible gap — {@code paging} says why
     * @param paging   what a poll would make of the next page when it cannot follow it, or null
     */
    public record PreviewResult(String url, String sourceId, String format, String title, String language, int count,
                                int skipped, long unparseableDates,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String warning, List<FeedItem> items,
                                @JsonInclude(JsonInclude.Include.NON_NULL) ArticlePreview firstArticle,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String nextPage,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String paging) {
        static PreviewResult of(String url, SourceDefinition source, ParsedDocument d, List<FeedItem> items,
                                URI page, Endpoint endpoint) {
            URI next = endpoint.paging().template()
                    ? RelativeLinks.resolve(endpoint.url(), URI.create(endpoint.paging().pageLink(2))) : d.nextPage();
            String paging = null;
            if (next == null) {
                paging = "the document links no next page the service recognises: a poll that finds every item new reports"
                        + " a possible gap (set nextPage to the next-page link's selector or a URL template with {page})";
            } else if (!OwnSite.same(next, page) && !OwnSite.same(next, endpoint.url())) {
                paging = "the next page " + next + " is on another site: a poll does not read it";
                next = null;
            }
            return new PreviewResult(url, source.id(), d.format(), d.title(), d.language(), items.size(), d.skipped(),
                    d.unparseableDates(), d.warning(), items, null, next == null ? null : next.toString(), paging);
        }

        PreviewResult withFirstArticle(ArticlePreview article) {
            return new PreviewResult(url, sourceId, format, title, language, count, skipped, unparseableDates, warning,
                    items, article, nextPage, paging);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Fetch a URL and show the items it would produce (nothing is published or stored)")
    public PreviewResult previewUrl(PreviewRequest request) {
        if (request == null) {
            throw ProblemException.invalidField("url", "is required");
        }
        SourceDefinition catalogued = catalogued(request.sourceId());
        boolean fromCatalogue = (request.url() == null || request.url().isBlank()) && catalogued != null;
        if (!fromCatalogue && (request.url() == null || request.url().isBlank())) {
            throw ProblemException.invalidField("url", "is required (or the sourceId of a catalogued source)");
        }
        URI url;
        try {
            // a host in Unicode (президент.бел) is read in ASCII, as the catalogue reads it: java.net.URI sees no host
            url = fromCatalogue ? catalogued.primary().url()
                    : URI.create(UrlCanonicalizer.withAsciiHost(request.url().strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("url", "not a URL: " + e.getMessage());
        }
        if (Endpoint.hasCredentials(url)) {
            // never echoed, nor fetched: the fetcher sends no credentials, and failure messages would log them
            throw ProblemException.invalidField("url", "must not contain credentials (user:password@)");
        }
        if (url.getScheme() == null || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
            throw ProblemException.invalidField("url", "must be an absolute http(s) URL");
        }
        if (Endpoint.portProblem(url) != null) {
            throw ProblemException.invalidField("url", Endpoint.portProblem(url));
        }
        // the request is checked whole before the host is looked up: a bad selector is named even when the
        // address would be refused too, and no DNS query is made for a request that cannot be read
        Endpoint endpoint = fromCatalogue ? catalogued.primary()
                : endpoint(type(request.type(), null), url, request.selectors(), request.linkPattern(),
                request.dateOrder());
        AddressPolicy addresses = config.allowPrivateAddresses() ? AddressPolicy.ANY : AddressPolicy.publicOnly();
        try {
            addresses.check(url);
        } catch (AddressPolicy.BlockedAddressException e) {
            throw ProblemException.invalidField("url", e.getMessage());
        }
        SourceDefinition source = source(request.sourceId(), catalogued, endpoint, request.language(),
                request.timezone());
        FetchResult fetched;
        try {
            fetched = fetcher.fetch(url, Validators.NONE, addresses);
        } catch (SourceFailure f) {
            // a bot check answered with 403 or 503 is named as in a poll
            throw new ProblemException(Problem.of(502, "could not fetch " + url + ": "
                    + ErrorAnswerPage.explained(f).describe()));
        }
        PreviewResult result = preview(url.toString(), source, fetched.body(), fetched.contentType(),
                fetched.finalUrl(), endpoint);
        boolean fullText = request.fullText() != null ? request.fullText()
                : catalogued != null && catalogued.fullText();
        return fullText ? withFirstArticle(result, source, request, catalogued, addresses) : result;
    }

    /** The first item's article read as a poll would, under the preview's address rules. */
    private PreviewResult withFirstArticle(PreviewResult result, SourceDefinition source, PreviewRequest request,
                                           SourceDefinition catalogued, AddressPolicy addresses) {
        String selector = request.contentSelector() != null && !request.contentSelector().isBlank()
                ? request.contentSelector().strip() : catalogued == null ? null : catalogued.contentSelector();
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
        String link = result.items().get(0).link();
        SourceDefinition reading = new SourceDefinition(source.id(), source.name(), source.primary(), null,
                source.language(), source.timezone(), null, null, true, true, selector);
        return result.withFirstArticle(ArticlePreview.of(link, articles.read(reading, link, addresses)));
    }

    @POST
    @Consumes({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
            "text/html", "application/xhtml+xml"})
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Show the items a document sent in the body would produce (type=rss|html; for html the "
            + "selectors as JSON in 'selectors' or as item/link/title/date/lead parameters)")
    public PreviewResult previewDocument(byte[] body, @Context HttpHeaders headers,
                                         @QueryParam("type") String type, @QueryParam("selectors") String selectors,
                                         @QueryParam("item") String item, @QueryParam("link") String link,
                                         @QueryParam("title") String title, @QueryParam("date") String date,
                                         @QueryParam("lead") String lead, @QueryParam("linkPattern") String linkPattern,
                                         @QueryParam("baseUrl") String baseUrl, @QueryParam("language") String language,
                                         @QueryParam("timezone") String timezone,
                                         @QueryParam("sourceId") String sourceId,
                                         @QueryParam("dateOrder") String dateOrder) {
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        URI base;
        try {
            base = URI.create(baseUrl == null || baseUrl.isBlank() ? "http://preview.invalid/"
                    : UrlCanonicalizer.withAsciiHost(baseUrl.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("baseUrl", "not a URL: " + e.getMessage());
        }
        if (base.getScheme() == null || !base.getScheme().matches("(?i)https?") || base.getHost() == null) {
            // the page's links are resolved against it: a relative or non-web base left every link unusable, and
            // the 422 blamed the page ("none had a usable link") for what the request said
            throw ProblemException.invalidField("baseUrl", "must be an absolute http(s) URL (the page's address)");
        }
        Selectors sel = selectors != null && !selectors.isBlank() ? selectorsFromJson(selectors)
                : item == null ? null : new Selectors(item, link, title, date, lead);
        // a feed a CMS served as text/html, previewed with the header it came with: the body says what it is
        SourceType documentType = (type == null || type.isBlank()) && sel == null && DocumentParser.looksLikeFeed(body)
                ? SourceType.RSS : type(type, contentType);
        Endpoint endpoint = endpoint(documentType, base, sel, linkPattern, dateOrder);
        SourceDefinition source = source(sourceId, catalogued(sourceId), endpoint, language, timezone);
        return preview(null, source, body, contentType, base, endpoint);
    }

    /** Parses as a poll of {@code source} would, and maps the items with the poll's own mapping. */
    private PreviewResult preview(String url, SourceDefinition source, byte[] body, String contentType, URI base,
                                  Endpoint endpoint) {
        ParsedDocument document;
        try {
            document = parser.parse(body, contentType, base, endpoint, source.language(), source.timezone());
        } catch (SourceFailure f) {
            throw ProblemException.unprocessable("the document does not yield items: " + f.describe());
        }
        return PreviewResult.of(url, source, document, SourcePoller.toFeedItems(source, document, clock.instant()),
                base, endpoint);
    }

    private SourceDefinition catalogued(String sourceId) {
        return sourceId == null || sourceId.isBlank() ? null
                : catalogue.current().find(sourceId.strip()).orElse(null);
    }

    /**
     * The source the items are built for: the catalogued one (its name, and its language and zone unless the request
     * gives others), else one with the given id — or {@value #UNNAMED_SOURCE} — and the request's language and zone.
     */
    private static SourceDefinition source(String sourceId, SourceDefinition catalogued, Endpoint endpoint,
                                           String language, String timezone) {
        String lang = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (catalogued != null) {
            return new SourceDefinition(catalogued.id(), catalogued.name(), endpoint, null,
                    lang != null ? lang : catalogued.language(),
                    timezone == null || timezone.isBlank() ? catalogued.timezone() : zone(timezone),
                    catalogued.pollInterval(), catalogued.expectedCadence(), catalogued.enabled());
        }
        String id = sourceId == null || sourceId.isBlank() ? UNNAMED_SOURCE : sourceId.strip();
        if (!SourceIds.isValid(id)) {
            // as the catalogue words it: the ids shown would be those of a source no catalogue can hold
            throw ProblemException.invalidField("sourceId", "'" + id + "' must be lower-case letters, digits, '.', "
                    + "'_' or '-' (max 100)");
        }
        return new SourceDefinition(id, id, endpoint, null, lang, zone(timezone), null, null, true);
    }

    private static SourceType type(String type, String contentType) {
        if (type == null || type.isBlank()) {
            String media = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            return media.startsWith("text/html") || media.startsWith("application/xhtml+xml")
                    ? SourceType.HTML : SourceType.RSS;
        }
        try {
            return SourceType.fromWire(type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", e.getMessage());
        }
    }

    private static Endpoint endpoint(SourceType type, URI url, Selectors selectors, String linkPattern,
                                     String dateOrder) {
        if (type == SourceType.HTML && (selectors == null || selectors.item() == null)) {
            throw ProblemException.invalidField("selectors.item", "is required to read an html listing");
        }
        if (type == SourceType.HTML) {
            // as the catalogue checks them: a bad title, date, link or lead selector was first parsed inside the
            // first item, and surfaced as a 500 with an error id instead of naming the field
            List<Problem.FieldError> invalid = selectors.invalid().entrySet().stream()
                    .map(bad -> new Problem.FieldError("selectors." + bad.getKey(), bad.getValue())).toList();
            if (!invalid.isEmpty()) {
                throw ProblemException.invalidFields(invalid);
            }
        }
        Pattern pattern = null;
        if (linkPattern != null && !linkPattern.isBlank()) {
            try {
                pattern = Pattern.compile(linkPattern);
            } catch (PatternSyntaxException e) {
                throw ProblemException.invalidField("linkPattern", "not a regular expression: " + e.getDescription());
            }
        }
        DateOrder order = DateOrder.fromConfigName(dateOrder);
        if (dateOrder != null && !dateOrder.isBlank() && order == null) {
            throw ProblemException.invalidField("dateOrder", "'" + dateOrder + "' is not " + DateOrder.accepted());
        }
        return new Endpoint(type, url, type == SourceType.HTML ? selectors : null, pattern, order);
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
