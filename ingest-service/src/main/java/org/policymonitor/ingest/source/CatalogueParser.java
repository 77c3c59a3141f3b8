package org.policymonitor.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.PatternSyntaxException;
import org.policymonitor.events.UrlCanonicalizer;

import org.policymonitor.events.SourceIds;

import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.select.QueryParser;

/**
 * Reads a {@code sources.yaml} into a {@link SourceCatalogue}, checking every field and collecting every problem,
 * so that an operator sees all mistakes of a file at once ("sources[2] (nasb-en).pollInterval: ...").
 */
public final class CatalogueParser {

    /** The one version of the file's format there is (absent means it). */
    private static final int SUPPORTED_VERSION = 1;
    private static final Set<String> TOP_FIELDS = Set.of("version", "sources");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "name", "type", "url", "selectors", "linkPattern",
            "fallback", "language", "timezone", "pollInterval", "expectedCadence", "enabled", "fullText",
            "contentSelector", "dateOrder", "nextPage", "maxPages");
    private static final Set<String> ENDPOINT_FIELDS = Set.of("type", "url", "selectors", "linkPattern", "dateOrder",
            "nextPage", "maxPages");
    private static final Set<String> SELECTOR_FIELDS = Set.of("item", "link", "title", "date", "lead");
    private static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(1);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Clock clock;

    public CatalogueParser(Clock clock) {
        this.clock = clock;
    }

    public SourceCatalogue parse(byte[] bytes, String origin) throws InvalidCatalogueException {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = yaml.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogueException(origin, List.of("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new InvalidCatalogueException(origin, List.of("unreadable: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCatalogueException(origin, List.of("expected a mapping with 'version' and 'sources'"));
        }
        // a field the file's top does not know is a mistake like any other (an indentation slip puts a source's
        // field here): before, it was ignored while every field of a source was checked
        unknownFields(root, TOP_FIELDS, "", problems);
        JsonNode versionNode = root.get("version");
        if (versionNode != null && !versionNode.isNull()
                && !versionNode.asText().trim().equals(Integer.toString(SUPPORTED_VERSION))) {
            // read with asInt, any text was the default 1: "version: two" passed
            problems.add("version: '" + versionNode.asText() + "' is not supported (" + SUPPORTED_VERSION + ")");
        }
        JsonNode list = root.get("sources");
        if (list == null || !list.isArray()) {
            problems.add("sources: a list of sources is required");
            throw new InvalidCatalogueException(origin, problems);
        }
        List<SourceDefinition> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> readBy = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String where = "sources[" + i + "]"
                    + (node.hasNonNull("id") && node.get("id").isValueNode() ? " (" + node.get("id").asText() + ")" : "");
            List<String> before = new ArrayList<>(problems);
            SourceDefinition source = source(node, where, problems);
            if (source != null && problems.size() == before.size()) {
                if (!ids.add(source.id())) {
                    problems.add(where + ".id: duplicate id '" + source.id() + "'");
                } else {
                    sources.add(source);
                    readOnce(source, where, readBy, problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(origin, problems);
        }
        return new SourceCatalogue(SUPPORTED_VERSION, sources, origin, sha256(bytes), clock.instant());
    }

    /**
     * An enabled source reading a page another enabled source reads the same way (type, selectors, link pattern)
     * publishes each item twice under two ids — the same source added again under another id. The page is compared
     * as {@link #samePage} tells; a listing read with other selectors or link pattern is another source.
     */
    private static void readOnce(SourceDefinition source, String where, Map<String, String> readBy,
                                 List<String> problems) {
        if (!source.enabled()) {
            return;
        }
        String[][] endpoints = {{where + ".url", key(source.primary())},
                {where + ".fallback.url", source.fallback() == null ? null : key(source.fallback())}};
        for (String[] endpoint : endpoints) {
            if (endpoint[1] == null) {
                continue;
            }
            String earlier = readBy.putIfAbsent(endpoint[1], endpoint[0]);
            if (earlier != null && !earlier.startsWith(where + ".")) {
                problems.add(endpoint[0] + ": reads the same page as " + earlier + ", the same way: each item would be"
                        + " published twice, under two ids — remove one, or set enabled: false");
            }
        }
    }

    private static String key(Endpoint e) {
        return e.type() + " " + samePage(e.url()) + " " + e.selectors() + " "
                + (e.linkPattern() == null ? "" : e.linkPattern().pattern());
    }

    /**
     * The page a URL names, as an operator's second entry for it is likely written: canonical (host case, default
     * port, tracking parameters), and http or https, with or without a trailing slash alike.
     */
    static String samePage(URI url) {
        String canonical = UrlCanonicalizer.canonicalize(url.toString());
        String page = canonical.substring(canonical.indexOf("://") + 3);
        int query = page.indexOf('?');
        String path = query < 0 ? page : page.substring(0, query);
        return (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + (query < 0 ? "" : page.substring(query));
    }

    private SourceDefinition source(JsonNode node, String where, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(where + ": expected a mapping");
            return null;
        }
        unknownFields(node, SOURCE_FIELDS, where, problems);
        String id = text(node, "id");
        if (id == null && node.path("id").isContainerNode()) {
            problems.add(where + ".id: must be one value, not a list or a mapping");
        } else if (id == null) {
            problems.add(where + ".id: is required");
        } else if (!SourceIds.isValid(id)) {
            problems.add(where + ".id: '" + id + "' must be lower-case letters, digits, '.', '_' or '-' (max 100)");
        }
        Endpoint primary = endpoint(node, where, problems);
        Endpoint fallback = null;
        if (node.hasNonNull("fallback")) {
            JsonNode fb = node.get("fallback");
            if (!fb.isObject()) {
                problems.add(where + ".fallback: expected a mapping with type, url (and selectors for html)");
            } else {
                unknownFields(fb, ENDPOINT_FIELDS, where + ".fallback", problems);
                fallback = endpoint(fb, where + ".fallback", problems);
            }
        }
        String language = text(node, "language");
        if (language != null && !language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            problems.add(where + ".language: '" + language + "' is not a language code (en, ru, be)");
        }
        ZoneId zone = null;
        String tz = text(node, "timezone");
        if (tz != null) {
            try {
                zone = ZoneId.of(tz);
            } catch (RuntimeException e) {
                problems.add(where + ".timezone: '" + tz + "' is not a time zone (e.g. Europe/Minsk, +03:00)");
            }
        }
        Duration poll = duration(node, "pollInterval", where, problems);
        if (poll != null && poll.compareTo(MIN_POLL_INTERVAL) < 0) {
            problems.add(where + ".pollInterval: must be at least " + MIN_POLL_INTERVAL);
        }
        Duration cadence = duration(node, "expectedCadence", where, problems);
        boolean enabled = true;
        if (node.has("enabled")) {
            JsonNode e = node.get("enabled");
            if (!e.isBoolean()) {
                problems.add(where + ".enabled: true or false");
            } else {
                enabled = e.asBoolean();
            }
        }
        boolean fullText = false;
        if (node.has("fullText")) {
            JsonNode f = node.get("fullText");
            if (!f.isBoolean()) {
                problems.add(where + ".fullText: true or false");
            } else {
                fullText = f.asBoolean();
            }
        }
        String contentSelector = text(node, "contentSelector");
        if (contentSelector != null) {
            check(contentSelector, where + ".contentSelector", problems);
            if (!fullText) {
                problems.add(where + ".contentSelector: only used with fullText: true (the article page is read only then)");
            }
        }
        if (id == null || primary == null) {
            return null;
        }
        return new SourceDefinition(id, text(node, "name"), primary, fallback,
                language == null ? null : language.toLowerCase(Locale.ROOT), zone, poll, cadence, enabled, fullText,
                contentSelector);
    }

    private Endpoint endpoint(JsonNode node, String where, List<String> problems) {
        SourceType type = null;
        try {
            type = SourceType.fromWire(text(node, "type"));
        } catch (IllegalArgumentException e) {
            problems.add(where + ".type: " + e.getMessage());
        }
        URI url = null;
        String u = text(node, "url");
        if (u == null) {
            problems.add(where + ".url: is required");
        } else {
            try {
                url = URI.create(UrlCanonicalizer.withAsciiHost(u)); // президент.бел: a host to URI only in ASCII
                if (Endpoint.hasCredentials(url)) {
                    // never echoed: the text holds a password
                    problems.add(where + ".url: must not contain credentials (user:password@): they would show in "
                            + "logs, status events and the API, and are not sent");
                    url = null;
                } else if (url.getScheme() == null || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
                    problems.add(where + ".url: '" + u + "' must be an absolute http(s) URL");
                    url = null;
                } else if (Endpoint.portProblem(url) != null) {
                    problems.add(where + ".url: " + Endpoint.portProblem(url));
                    url = null;
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ".url: '" + u + "' is not a URL: " + e.getMessage());
            }
        }
        Selectors selectors = null;
        if (node.hasNonNull("selectors")) {
            JsonNode s = node.get("selectors");
            if (!s.isObject()) {
                problems.add(where + ".selectors: expected a mapping (item, link, title, date, lead)");
            } else {
                unknownFields(s, SELECTOR_FIELDS, where + ".selectors", problems);
                selectors = new Selectors(text(s, "item"), text(s, "link"), text(s, "title"), text(s, "date"),
                        text(s, "lead"));
                checkSelectors(selectors, where + ".selectors", problems);
            }
        }
        if (type == SourceType.HTML && (selectors == null || selectors.item() == null)) {
            problems.add(where + ".selectors.item: is required for an html source");
        }
        com.google.re2j.Pattern linkPattern = null;
        String lp = text(node, "linkPattern");
        if (lp != null) {
            try {
                linkPattern = com.google.re2j.Pattern.compile(lp);
            } catch (PatternSyntaxException e) {
                problems.add(where + ".linkPattern: not a regular expression: " + e.getDescription());
            }
        }
        DateOrder dateOrder = dateOrder(node, type, where, problems);
        Paging paging = paging(node, type, url, where, problems);
        if (type == null || url == null || (type == SourceType.HTML && (selectors == null || selectors.item() == null))) {
            return null;
        }
        return new Endpoint(type, url, selectors, linkPattern, dateOrder, paging);
    }

    /** An endpoint's {@code nextPage} and {@code maxPages}; problems recorded (checked only with a usable url). */
    private static Paging paging(JsonNode node, SourceType type, URI url, String where, List<String> problems) {
        Integer maxPages = null;
        JsonNode max = node.get("maxPages");
        if (max != null && !max.isNull()) {
            if (!max.canConvertToInt() || !max.isIntegralNumber()) {
                problems.add(where + ".maxPages: '" + max.asText() + "' is not a whole number (1-"
                        + Paging.MAX_PAGES_LIMIT + ")");
                return Paging.DEFAULT;
            }
            maxPages = max.asInt();
        }
        Paging paging = new Paging(text(node, "nextPage"), maxPages);
        String problem = type == null || url == null ? null : paging.problem(type, url, where);
        if (problem != null) {
            problems.add(problem);
            return Paging.DEFAULT;
        }
        return paging;
    }

    /** A listing's {@code dateOrder}, or null (day first) when not given or wrong (the problem is recorded). */
    private static DateOrder dateOrder(JsonNode node, SourceType type, String where, List<String> problems) {
        String text = text(node, "dateOrder");
        if (text == null) {
            return null;
        }
        DateOrder order = DateOrder.fromConfigName(text);
        if (order == null) {
            problems.add(where + ".dateOrder: '" + text + "' is not " + DateOrder.accepted());
        } else if (type == SourceType.RSS) {
            problems.add(where + ".dateOrder: only used with type html (a feed's dates are RFC 822 or ISO 8601)");
        }
        return order;
    }

    private static void checkSelectors(Selectors s, String where, List<String> problems) {
        s.invalid().forEach((field, problem) -> problems.add(where + "." + field + ": " + problem));
    }

    private static void check(String selector, String where, List<String> problems) {
        if (selector == null) {
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (RuntimeException e) {
            problems.add(where + ": '" + selector + "' is not a CSS selector: " + e.getMessage());
        }
    }

    private static Duration duration(JsonNode node, String field, String where, List<String> problems) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero()) {
                problems.add(where + "." + field + ": must be positive");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(where + "." + field + ": '" + value + "' is not an ISO-8601 duration (e.g. PT10M, P2D)");
            return null;
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                problems.add((where.isEmpty() ? "" : where + ".") + f + ": unknown field (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
