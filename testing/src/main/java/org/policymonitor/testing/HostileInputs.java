package org.policymonitor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks every operation of a service's OpenAPI document and sends hostile values for each path and query parameter
 * and each JSON body field (empty, "-", huge and negative numbers, long strings, wrong types, invalid UTF-8, unknown
 * enum values), one at a time. A service must answer all of them with a 4xx in {@code application/problem+json}
 * (or a success): a 5xx, or an error in another format, is a finding. Runs as a user who may call everything.
 */
public final class HostileInputs {

    /** A response that broke the rule. */
    public record Finding(String request, int status, String contentType, String body) {
        @Override
        public String toString() {
            return request + " → " + status + " " + contentType + " " + body;
        }
    }

    static final String LONG = "x".repeat(100_000);
    /** Query strings are limited by the HTTP server (414 before the application sees them): long, but not 100 KB. */
    static final String LONG_QUERY = "x".repeat(2_000);
    static final List<String> PARAMETER_VALUES = List.of("", "-", "%20", "0", "-1", "-2147483649", "2147483648",
            "20000000", "99999999999999999999", "1e309", "NaN", "true", "no-such-value", "%C3%28", "%00", "..%2F..",
            "2026-13-45", "%E2%80%AE", LONG_QUERY);
    static final List<JsonNode> FIELD_VALUES;

    static {
        JsonNodeFactory f = JsonNodeFactory.instance;
        FIELD_VALUES = List.of(f.textNode(""), f.textNode("-"), f.textNode(LONG), f.textNode("no-such-value"),
                f.textNode("\u0000"), f.textNode("\uD800"), f.numberNode(-1), f.numberNode(Long.MAX_VALUE),
                f.numberNode(new BigInteger("99999999999999999999999")), f.numberNode(1e308),
                f.booleanNode(true), f.nullNode(), f.arrayNode().add(f.objectNode()), f.objectNode().put("x", 1),
                f.arrayNode().add(LONG).add(-1));
    }

    private final URI base;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<Finding> findings = new ArrayList<>();
    private int requests;

    public HostileInputs(URI base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** @return every response that was a 5xx or a 4xx without problem+json */
    public List<Finding> walk(String openApiJson) throws IOException, InterruptedException {
        JsonNode api = mapper.readTree(openApiJson);
        forEachApiOperation(api, (method, path, op) -> walkOperation(api, method, path, op));
        return findings;
    }

    /**
     * Every operation with query parameters, sent once with a parameter it does not declare and once with each of its
     * single-valued parameters given twice: the answer must be a 400 in problem+json whose detail names the parameter
     * (a client that mistyped a filter must not get unfiltered results). Parameters whose schema is an array may
     * repeat and are not tried.
     *
     * @return every response that was not such a 400
     */
    public List<Finding> walkQueryParameterNames(String openApiJson) throws IOException, InterruptedException {
        JsonNode api = mapper.readTree(openApiJson);
        forEachApiOperation(api, (method, path, op) -> {
            List<JsonNode> query = new ArrayList<>();
            Map<String, String> pathValues = new LinkedHashMap<>();
            op.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    query.add(p);
                } else if ("path".equals(p.path("in").asText())) {
                    pathValues.put(p.path("name").asText(), "x");
                }
            });
            if (query.isEmpty()) {
                return;
            }
            JsonNode content = op.path("requestBody").path("content");
            String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            byte[] body = mediaType == null ? null : "<x/>".getBytes(StandardCharsets.UTF_8);
            String unknown = "noSuchParameter";
            expectNamed(unknown, send(method, path, pathValues, List.of(Map.entry(unknown, "1")),
                    mediaType, body));
            for (JsonNode p : query) {
                if ("array".equals(p.path("schema").path("type").asText())) {
                    continue;
                }
                String name = p.path("name").asText();
                expectNamed(name, send(method, path, pathValues,
                        List.of(Map.entry(name, "1"), Map.entry(name, "1")), mediaType, body));
            }
        });
        return findings;
    }

    /**
     * Every operation that takes a JSON body, sent a plausible body followed by a second JSON value
     * ({@code {…} {"b":2}}) and by garbage ({@code {…}garbage}): the answer must be a 400 in problem+json whose detail
     * says what follows the value — a body with two documents is not the one the client meant to send —, and a
     * plausible object with its first field given twice: a 400 naming the field.
     *
     * @return every response that was not such a 400
     */
    public List<Finding> walkTrailingContent(String openApiJson) throws IOException, InterruptedException {
        JsonNode api = mapper.readTree(openApiJson);
        forEachApiOperation(api, (method, path, op) -> {
            JsonNode content = op.path("requestBody").path("content");
            if (!content.has("application/json")) {
                return;
            }
            Map<String, String> pathValues = new LinkedHashMap<>();
            op.path("parameters").forEach(p -> {
                if ("path".equals(p.path("in").asText())) {
                    // an id of the path's type that exists nowhere: the body is read, nothing is changed
                    String type = p.path("schema").path("type").asText("string");
                    pathValues.put(p.path("name").asText(),
                            type.equals("integer") || type.equals("number") ? "987654321" : "x");
                }
            });
            String sample = mapper.writeValueAsString(sample(api, content.path("application/json").path("schema")));
            if (sample.startsWith("{\"")) {
                // a field given twice ({"name":"a","name":"b"}): which one did the client mean?
                String first = sample.substring(1, sample.indexOf(',') > 0 ? sample.indexOf(',') : sample.length() - 1);
                String twice = "{" + first + "," + sample.substring(1);
                String field = first.substring(1, first.indexOf('"', 1));
                Exchange exchange = send(method, path, pathValues, List.of(), "application/json",
                        twice.getBytes(StandardCharsets.UTF_8));
                expect400Saying("'" + field + "'", exchange, exchange.request() + " body " + abbreviate(twice));
            }
            for (String trailing : List.of(" {\"b\":2}", "garbage")) {
                Exchange exchange = send(method, path, pathValues, List.of(), "application/json",
                        (sample + trailing).getBytes(StandardCharsets.UTF_8));
                String said = trailing.startsWith(" ") ? "after its JSON value" : "'garbage'";
                expect400Saying(said, exchange, exchange.request() + " body " + abbreviate(sample + trailing));
            }
        });
        return findings;
    }

    /** What is done with each operation of the API ({@code /api/…} paths): its HTTP method, path and OpenAPI node. */
    @FunctionalInterface
    private interface OperationVisit {
        void visit(String method, String path, JsonNode operation) throws IOException, InterruptedException;
    }

    /** Every operation under {@code /api/} (a path's shared {@code parameters} entry is not an operation). */
    private static void forEachApiOperation(JsonNode api, OperationVisit visit) throws IOException, InterruptedException {
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase(Locale.ROOT);
                if (!method.equals("PARAMETERS")) {
                    visit.visit(method, path.getKey(), op.getValue());
                }
            }
        }
    }

    private void expectNamed(String parameter, Exchange exchange) {
        expect400Saying("'" + parameter + "'", exchange, exchange.request());
    }

    /** The answer must be a 400 in problem+json whose body says {@code said}; anything else is a finding. */
    private void expect400Saying(String said, Exchange exchange, String requestShown) {
        HttpResponse<String> response = exchange.response();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 400 || !contentType.startsWith("application/problem+json")
                || !response.body().contains(said)) {
            findings.add(new Finding(requestShown, response.statusCode(), contentType, abbreviate(response.body())));
        }
    }

    private record Exchange(String request, HttpResponse<String> response) {
    }

    private Exchange send(String method, String path, Map<String, String> pathValues,
                          List<Map.Entry<String, String>> query, String mediaType, byte[] body)
            throws IOException, InterruptedException {
        String p = path;
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", encodeRaw(e.getValue()));
        }
        StringBuilder q = new StringBuilder();
        query.forEach(e -> q.append(q.length() == 0 ? "?" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                .append('=').append(encodeRaw(e.getValue())));
        URI uri = URI.create(base.toString().replaceAll("/$", "") + p + q);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Accept", "application/json, */*");
        if (body != null) {
            request.header("Content-Type", mediaType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        requests++;
        return new Exchange(method + " " + abbreviate(uri.toString()),
                client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    public int requests() {
        return requests;
    }

    private void walkOperation(JsonNode api, String method, String path, JsonNode op)
            throws IOException, InterruptedException {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        Map<String, String> pathDefaults = new LinkedHashMap<>();
        Map<String, String> queryDefaults = new LinkedHashMap<>();
        for (JsonNode p : parameters) {
            String type = p.path("schema").path("type").asText("string");
            String name = p.path("name").asText();
            // path: ids that exist nowhere (so that no test's data is changed); query: only page and size, valid
            // (page × size at the largest size), so that varying another parameter reaches its own check
            String value = !(type.equals("integer") || type.equals("number")) ? "x"
                    : name.equals("size") ? "200" : name.equals("page") ? "0" : "987654321";
            if ("path".equals(p.path("in").asText())) {
                pathDefaults.put(name, value);
            } else if (name.equals("page") || name.equals("size")) {
                queryDefaults.put(name, value); // other query parameters stay unset: a bad default would hide the rest
            }
        }
        String mediaType = null;
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            mediaType = "application/json";
        } else if (content.fieldNames().hasNext()) {
            mediaType = content.fieldNames().next();
        }
        byte[] defaultBody = mediaType == null ? null
                : mediaType.equals("application/json") ? mapper.writeValueAsBytes(sample(api, content.path(mediaType).path("schema")))
                : "<x/>".getBytes(StandardCharsets.UTF_8);
        for (JsonNode p : parameters) {
            boolean inPath = "path".equals(p.path("in").asText());
            String name = p.path("name").asText();
            for (String v : PARAMETER_VALUES) {
                if (inPath && v.isEmpty()) {
                    continue; // an empty path segment is another URL
                }
                Map<String, String> pathValues = new LinkedHashMap<>(pathDefaults);
                Map<String, String> queryValues = new LinkedHashMap<>(queryDefaults);
                (inPath ? pathValues : queryValues).put(name, v);
                send(method, path, pathValues, queryValues, mediaType, defaultBody);
            }
        }
        if (mediaType == null) {
            send(method, path, pathDefaults, Map.of(), null, null);
            return;
        }
        for (byte[] body : List.of(new byte[0], "-".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
                "[]".getBytes(StandardCharsets.UTF_8), "{".getBytes(StandardCharsets.UTF_8),
                new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                ("\"" + LONG + "\"").getBytes(StandardCharsets.UTF_8))) {
            send(method, path, pathDefaults, Map.of(), mediaType, body);
        }
        if (mediaType.equals("application/json") && defaultBody != null) {
            JsonNode sample = mapper.readTree(defaultBody);
            if (sample instanceof ObjectNode object) {
                for (Iterator<String> fields = object.fieldNames(); fields.hasNext(); ) {
                    String field = fields.next();
                    for (JsonNode v : FIELD_VALUES) {
                        ObjectNode hostile = object.deepCopy();
                        hostile.set(field, v);
                        send(method, path, pathDefaults, Map.of(), mediaType, mapper.writeValueAsBytes(hostile));
                    }
                }
            }
        }
    }

    /**
     * A plausible body from the schema: each property with a value of its type (enums: the first value; a date-time a
     * date-time, which the service reads as it parses, before it could see what follows the body).
     */
    private JsonNode sample(JsonNode api, JsonNode schema) {
        JsonNode s = resolve(api, schema);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        switch (s.path("type").asText("object")) {
            case "string":
                return f.textNode(s.path("format").asText().equals("date-time") ? "2026-01-01T00:00:00Z" : "x");
            case "integer":
            case "number":
                return f.numberNode(1);
            case "boolean":
                return f.booleanNode(true);
            case "array":
                return f.arrayNode();
            default:
                ObjectNode o = f.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = p.next();
                    JsonNode prop = resolve(api, e.getValue());
                    o.set(e.getKey(), prop.has("properties") ? f.objectNode() : sample(api, prop));
                }
                return o;
        }
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asText();
            s = api.at(ref.substring(1));
        }
        if (s.has("allOf") && s.path("allOf").size() == 1) {
            return resolve(api, s.path("allOf").get(0));
        }
        return s;
    }

    private void send(String method, String path, Map<String, String> pathValues, Map<String, String> query,
                      String mediaType, byte[] body) throws IOException, InterruptedException {
        Exchange exchange = send(method, path, pathValues, List.copyOf(query.entrySet()), mediaType, body);
        HttpResponse<String> response = exchange.response();
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500 || (status >= 400 && !contentType.startsWith("application/problem+json"))) {
            String shown = body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8));
            findings.add(new Finding(exchange.request() + shown, status, contentType, abbreviate(response.body())));
        }
    }

    /** Keeps %XX escapes the value already has (to send invalid UTF-8 or NUL), encodes the rest. */
    private static String encodeRaw(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' && i + 2 < v.length() + 0 && v.substring(i + 1, Math.min(v.length(), i + 3)).matches("[0-9A-Fa-f]{2}")) {
                b.append(v, i, i + 3);
                i += 2;
            } else {
                b.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
