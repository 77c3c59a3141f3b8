package org.policymonitor.alert.console;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;
import org.policymonitor.events.EventJson;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small JSON client for ingest-service's and classifier-service's APIs, with the console's service account. Every
 * failure becomes a {@link RemoteException} whose message a page can show (never the credentials).
 */
public final class RemoteApi {

    private static final Logger LOG = Logger.getLogger(RemoteApi.class);

    /** The other service could not be asked, or said no; the message is safe to show. */
    public static final class RemoteException extends RuntimeException {
        private final int status;
        private final transient JsonNode body;

        RemoteException(String message, int status, JsonNode body) {
            super(message);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        /** The problem+json body of a 4xx/5xx answer, if any. */
        public JsonNode body() {
            return body;
        }
    }

    private final String name;
    private final ConsoleConfig.Remote config;
    private final HttpClient http;

    RemoteApi(String name, ConsoleConfig.Remote config) {
        this.name = name;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public boolean configured() {
        return config.url().isPresent();
    }

    public String name() {
        return name;
    }

    public JsonNode get(String path) {
        return send(request(path).GET());
    }

    public JsonNode post(String path, Object body) {
        String json;
        try {
            json = body == null ? "" : EventJson.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the request to " + name, e);
        }
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        URI base = config.url().orElseThrow(() -> new RemoteException(name + " is not configured (policy.alert.console."
                + name.replace("-service", "") + ".url)", 0, null));
        String root = base.toString().replaceAll("/+$", "");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(config.timeout())
                .header("Accept", "application/json");
        if (config.username().isPresent()) {
            String token = config.username().get() + ":" + config.password().orElse("");
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warnf("%s %s failed: %s", request.method(), request.uri(), e.toString());
            throw new RemoteException(name + " did not answer (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", 0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(name + " call interrupted", 0, null);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 300) {
            String detail = body != null && body.hasNonNull("detail") ? body.get("detail").asText() : "";
            LOG.warnf("%s %s answered %d %s", request.method(), request.uri(), response.statusCode(), detail);
            throw new RemoteException(name + " answered HTTP " + response.statusCode()
                    + (detail.isEmpty() ? "" : ": " + detail), response.statusCode(), body);
        }
        return body;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
