package org.policymonitor.ingest.fetch;

import java.time.Duration;

/**
 * Limits of one fetch.
 *
 * @param connectTimeout time to open the connection
 * @param readTimeout    time for the whole answer (headers and body) once the request is sent
 * @param maxBodyBytes   largest body accepted, after decompression
 * @param maxRedirects   redirects followed before giving up
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, long maxBodyBytes, int maxRedirects,
                            String userAgent) {

    public static final String DEFAULT_USER_AGENT =
            "PolicyMonitor-Ingest/0.1 (+https://github.com/policy-monitor; monitoring of official news feeds)";

    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
                DEFAULT_USER_AGENT);
    }
}
