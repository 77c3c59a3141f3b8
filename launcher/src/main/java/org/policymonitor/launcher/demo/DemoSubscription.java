package org.policymonitor.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's e-mail subscription — every theme, one alert per item as it arrives, plus source-health notices —
 * created through the alert service's admin API ({@code POST /api/subscriptions}) unless it exists already.
 */
public final class DemoSubscription {

    public static final String NAME = "Demo: every theme, immediately";
    public static final String EMAIL = "demo@policy-monitor.example.org";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoSubscription() {
    }

    /** Creates the subscription if there is none with its name; returns its id. */
    public static long ensure(String alertBaseUrl, String adminUser, String adminPassword) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(alertBaseUrl + "/api/subscriptions");
        try {
            HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (list.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + list.statusCode() + ": " + list.body());
            }
            for (JsonNode s : JSON.readTree(list.body())) {
                if (NAME.equals(s.path("name").asText())) {
                    return s.path("id").asLong();
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", NAME);
            body.put("channel", "email");
            body.put("email", EMAIL);
            body.put("themes", List.of()); // empty: every theme
            body.put("mode", "immediate");
            body.put("sourceHealth", true);
            body.put("enabled", true);
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201 && created.statusCode() != 200) {
                throw new IllegalStateException("POST " + uri + " answered " + created.statusCode() + ": " + created.body());
            }
            return JSON.readTree(created.body()).path("id").asLong();
        } catch (IOException e) {
            throw new IllegalStateException("could not create the demo subscription at " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the demo subscription", e);
        }
    }
}
