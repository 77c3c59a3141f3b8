package org.policymonitor.classifier.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.platform.security.PasswordHashes;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of the authenticated read path: {@code GET /api/themes} with HTTP Basic for a user whose hash has the
 * production cost (bcrypt 12), one request after another on a kept-alive connection, as a script that reads items
 * one by one would. Prints median and p99; asserts nothing about time. Not part of the default build:
 * {@code ./mvnw -pl classifier-service -am verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=AuthenticatedReadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(AuthenticatedReadBenchmark.ProductionCostUser.class)
class AuthenticatedReadBenchmark {

    static final String PASSWORD = "bench-password-of-some-length";
    static final int WARMUP = 10;
    static final int REQUESTS = Integer.getInteger("bench.requests", 100);

    /** A user whose hash has the cost shipped hashes have ({@link PasswordHashes#hash}: 12). */
    public static class ProductionCostUser implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policy.auth.users.bench.password-hash", PasswordHashes.hash(PASSWORD),
                    "policy.auth.users.bench.roles", "analyst");
        }
    }

    @TestHTTPResource("/api/themes")
    URL themes;

    @Test
    void authenticatedReads() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(themes.toString()))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("bench:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        for (int i = 0; i < WARMUP; i++) {
            assertThat(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        }
        long[] micros = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            int status = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            micros[i] = (System.nanoTime() - started) / 1_000;
            assertThat(status).isEqualTo(200);
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "authenticated GET /api/themes, bcrypt cost 12, %d sequential requests: "
                        + "median %.1f ms, p99 %.1f ms, max %.1f ms%n", REQUESTS, micros[REQUESTS / 2] / 1000.0,
                micros[(int) Math.ceil(REQUESTS * 0.99) - 1] / 1000.0, micros[REQUESTS - 1] / 1000.0);
    }
}
