package org.policymonitor.ingest.fetch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Servers that answer as no fixture did, on a real local HTTP server: each answer is a result or a
 * {@link SourceFailure} whose reason and message say what the server did — never another exception, never a
 * secret of the server's in the message.
 */
class HostileServersTest {

    static FeedServer server;
    static final byte[] BODY = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(StandardCharsets.UTF_8);
    final HttpFetcher fetcher = new HttpFetcher(new FetchSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 100_000, 3,
            FetchSettings.DEFAULT_USER_AGENT), new HostGate(), Clock.systemUTC());

    @BeforeAll
    static void start() {
        server = new FeedServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI url(String path) {
        return URI.create(server.url(path));
    }

    private SourceFailure failureOf(String path) {
        try {
            FetchResult r = fetcher.fetch(url(path), Validators.NONE, AddressPolicy.ANY);
            throw new AssertionError("expected a failure from " + path + ", got HTTP " + r.status());
        } catch (SourceFailure f) {
            return f;
        }
    }

    /**
     * A cookie check in front of a site (nginx's testcookie module, a CMS asking "are cookies on?"): the first answer
     * sets a cookie and redirects to the same address, and only a request that sends the cookie back gets the page. A
     * browser or a feed reader passes it in one more hop; until trial29 the fetcher sent no cookie, so it was redirected
     * to the same address until {@code redirect: more than 3 redirects} and the source failed for ever. A cookie is now
     * kept for the redirects of the one fetch that got it and sent only to the host that set it, by its path: the next
     * fetch starts without it, and another host on the way never sees it.
     */
    @Test
    void aCookieCheckThatRedirectsToItselfIsPassedWithinTheFetch() throws SourceFailure {
        server.serve("/cookie-check/rss", exchange -> String.join("; ", exchange.getRequestHeaders()
                .getOrDefault("Cookie", List.of())).contains("visited=1")
                ? Reply.of(200, "application/rss+xml", BODY)
                : Reply.of(302, null, new byte[0]).header("Set-Cookie", "visited=1; Path=/; HttpOnly")
                        .header("Location", "/cookie-check/rss"));
        FetchResult r = fetcher.fetch(url("/cookie-check/rss"), Validators.NONE, AddressPolicy.ANY);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(BODY);
        assertThat(server.hits("/cookie-check/rss")).isEqualTo(2);
        // the next fetch starts without it: one check again, never a cookie jar across polls
        fetcher.fetch(url("/cookie-check/rss"), Validators.NONE, AddressPolicy.ANY);
        assertThat(server.hits("/cookie-check/rss")).isEqualTo(4);

        // set by one host, never sent to another on the way (127.0.0.1 → localhost), nor one with another Domain
        // or another path
        List<String> seen = new ArrayList<>();
        server.serve("/cookie-away/a", Reply.of(302, null, new byte[0])
                .header("Set-Cookie", "session=s3cret; Path=/")
                .header("Location", server.url("/cookie-away/b").replace("127.0.0.1", "localhost")));
        server.serve("/cookie-away/b", exchange -> {
            seen.add(String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())));
            return Reply.of(302, null, new byte[0]).header("Set-Cookie", "other=1; Domain=evil.example; Path=/")
                    .header("Location", "/cookie-away/c");
        });
        server.serve("/cookie-away/c", exchange -> {
            seen.add(String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())));
            return Reply.of(302, null, new byte[0]).header("Set-Cookie", "narrow=1; Path=/cookie-away/only-here")
                    .header("Location", "/cookie-away/d");
        });
        server.serve("/cookie-away/d", exchange -> {
            seen.add(String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())));
            return Reply.of(200, "application/rss+xml", BODY);
        });
        assertThat(fetcher.fetch(url("/cookie-away/a"), Validators.NONE, AddressPolicy.ANY).status()).isEqualTo(200);
        assertThat(seen).containsExactly("", "", "");
    }

    /**
     * A 304 answers a conditional request. Sent to a request without validators (a misconfigured cache, a server
     * that answers 304 to everything) it means nothing can be read: taken as "not modified", the source was polled
     * "successfully" for ever and never published an item, and a preview blamed the page for an empty body.
     */
    @Test
    void a304ToARequestWithoutValidatorsIsAFailureSayingSo() throws SourceFailure {
        server.serve("/always-304", Reply.of(304, null, new byte[0]));
        SourceFailure f = failureOf("/always-304");
        assertThat(f.reason()).isEqualTo(FailureReason.HTTP_STATUS);
        assertThat(f.httpStatus()).isEqualTo(304);
        assertThat(f.getMessage()).isEqualTo("HTTP 304 Not Modified from " + url("/always-304")
                + " to a request that sent no validators (If-None-Match, If-Modified-Since): nothing to read");

        // with validators a 304 is what it says, and the validators are kept
        FetchResult r = fetcher.fetch(url("/always-304"), new Validators("\"v1\"", null), AddressPolicy.ANY);
        assertThat(r.notModified()).isTrue();
        assertThat(r.validators().etag()).isEqualTo("\"v1\"");
    }

    /**
     * A redirect to a URL with credentials ({@code user:password@}): the catalogue and the preview refuse such a URL
     * because the fetcher sends no credentials and the URL ends up in logs, status events and the API. A server's
     * redirect must not smuggle one in (it was followed and, being permanent, named in the "moved" note).
     */
    @Test
    void aRedirectToAUrlWithCredentialsIsRefusedWithoutEchoingThem() {
        server.serve("/to-credentials", Reply.of(301, null, new byte[0])
                .header("Location", "http://feeduser:s3cret@127.0.0.1:" + server.port() + "/final"));
        server.serve("/final", Reply.of(200, "application/rss+xml", BODY));
        SourceFailure f = failureOf("/to-credentials");
        assertThat(f.reason()).isEqualTo(FailureReason.REDIRECT);
        assertThat(f.getMessage()).isEqualTo("redirect from " + url("/to-credentials")
                + " to a URL with credentials (user:password@), refused");
        assertThat(f.getMessage()).doesNotContain("s3cret", "feeduser");
        assertThat(server.hits("/final")).isZero();
    }

    /** A redirect to a port no connection can use is the server's error, named as such (was "unexpected …"). */
    @Test
    void aRedirectToAPortOutOfRangeIsARedirectFailure() {
        server.serve("/to-bad-port", Reply.of(302, null, new byte[0]).header("Location", "http://127.0.0.1:99999/x"));
        SourceFailure f = failureOf("/to-bad-port");
        assertThat(f.reason()).isEqualTo(FailureReason.REDIRECT);
        assertThat(f.getMessage()).isEqualTo("redirect from " + url("/to-bad-port")
                + " to http://127.0.0.1:99999/x: port 99999 is not a TCP port (1-65535)");
    }

    @Test
    void redirectsThatCannotBeFollowedFailWithTheirReason() {
        server.serve("/no-host", Reply.of(302, null, new byte[0]).header("Location", "http:///feed"));
        assertThat(failureOf("/no-host").getMessage()).contains("no host");
        server.serve("/ping", Reply.of(301, null, new byte[0]).header("Location", "/pong"));
        server.serve("/pong", Reply.of(301, null, new byte[0]).header("Location", "/ping"));
        SourceFailure loop = failureOf("/ping");
        assertThat(loop.reason()).isEqualTo(FailureReason.REDIRECT);
        assertThat(loop.getMessage()).isEqualTo("more than 3 redirects from " + url("/ping"));
        // to https on a server that speaks plain HTTP: a connection failure, not a hang
        server.serve("/to-https", Reply.of(302, null, new byte[0])
                .header("Location", "https://127.0.0.1:" + server.port() + "/final"));
        SourceFailure tls = failureOf("/to-https");
        assertThat(tls.reason()).isIn(FailureReason.CONNECTION, FailureReason.TIMEOUT);
        server.serve("/to-gopher", Reply.of(302, null, new byte[0]).header("Location", "gopher://127.0.0.1/feed"));
        assertThat(failureOf("/to-gopher").getMessage()).isEqualTo("redirect to a non-http(s) URL: gopher://127.0.0.1/feed");
    }

    /**
     * RFC 9110 §5.6.7: a recipient must accept all three forms of an HTTP date — IMF-fixdate, the obsolete RFC 850
     * form and asctime. Only the first was read; the other two were ignored and the source was polled again after
     * the backoff's minute however long the server had asked it to wait. A number of seconds too large for a long
     * is a long wait (the cap), not no wait.
     */
    @Test
    void retryAfterInEveryFormHttpAllows() {
        Instant now = Instant.parse("1994-11-06T08:49:07Z");
        assertThat(HttpFetcher.parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpFetcher.parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpFetcher.parseRetryAfter("Sun Nov  6 08:49:37 1994", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(HttpFetcher.parseRetryAfter("99999999999999999999", now)).isEqualTo(Duration.ofHours(24));
        // a date in the past: now; far in the future: the cap; garbage, a fraction, a negative number: unreadable
        assertThat(HttpFetcher.parseRetryAfter("Sat, 05 Nov 1994 08:49:37 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(HttpFetcher.parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now)).isEqualTo(Duration.ofHours(24));
        assertThat(HttpFetcher.parseRetryAfter("soon", now)).isNull();
        assertThat(HttpFetcher.parseRetryAfter("1.5", now)).isNull();
        assertThat(HttpFetcher.parseRetryAfter("-30", now)).isNull();
    }

    @Test
    void a503WithRetryAfterInTheObsoleteDateFormIsHonoured() {
        Instant in10Minutes = Instant.now().plusSeconds(600);
        String rfc850 = DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC).format(in10Minutes);
        server.serve("/busy", Reply.text(503, "busy").header("Retry-After", rfc850));
        SourceFailure f = failureOf("/busy");
        assertThat(f.retryAfter()).isBetween(Duration.ofSeconds(500), Duration.ofSeconds(601));
    }

    @Test
    void badContentEncodingsAreParseErrorsWithTheirName() throws IOException {
        server.serve("/br", Reply.of(200, "application/rss+xml", BODY).header("Content-Encoding", "br"));
        assertThat(failureOf("/br").getMessage()).isEqualTo("unsupported Content-Encoding br");
        byte[] gz = gzip(BODY);
        server.serve("/cut-gzip", Reply.of(200, "application/rss+xml", Arrays.copyOf(gz, gz.length / 2))
                .header("Content-Encoding", "gzip"));
        SourceFailure cut = failureOf("/cut-gzip");
        assertThat(cut.reason()).isEqualTo(FailureReason.PARSE_ERROR);
        assertThat(cut.getMessage()).startsWith("corrupt gzip body");
        server.serve("/not-gzip", Reply.of(200, "application/rss+xml", BODY).header("Content-Encoding", "gzip"));
        assertThat(failureOf("/not-gzip").getMessage()).startsWith("corrupt gzip body");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
