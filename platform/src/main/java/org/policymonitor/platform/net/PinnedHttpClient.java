package org.policymonitor.platform.net;

import org.policymonitor.platform.cache.LruMaps;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The JDK HTTP client, pinned to an address {@link AddressPolicy#resolve} checked: the request goes to the IP
 * literal, with the original name as {@code Host} header and, over TLS, as SNI server name, against which the JDK
 * also verifies the certificate (its trust manager checks the SNI name first). So the name is resolved once, by the
 * policy, and the client never resolves it again — no window for DNS rebinding between check and connection.
 * <p>
 * Why this way: the JDK client (Java 17) has no resolver hook, and a global resolver or a second client library would
 * change every service's HTTP stack; pinning per request keeps the JDK client, its timeouts and body handlers.
 * The JDK forbids setting {@code Host} unless {@code jdk.httpclient.allowRestrictedHeaders} names it, so this class
 * sets that property before the JDK client is first used (and fails fast, naming the flag, if it was too late).
 * HTTP/1.1 only: over HTTP/2 the authority would be the IP.
 */
public final class PinnedHttpClient {

    static {
        String allowed = System.getProperty("jdk.httpclient.allowRestrictedHeaders", "");
        if (!allowed.toLowerCase(Locale.ROOT).matches("(^|.*,)\\s*host\\s*(,.*|$)")) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", allowed.isBlank() ? "host" : allowed + ",host");
        }
    }

    private static final int MAX_TLS_CLIENTS = 64;

    private final Duration connectTimeout;
    private final SSLContext sslContext;
    private final HttpClient plain;
    /** One client per TLS host name: the SNI name is a client setting in the JDK. Bounded, least recently used go. */
    private final Map<String, HttpClient> tls = LruMaps.bounded(MAX_TLS_CLIENTS);

    /** TLS with the JVM's default context, fetched at the first {@code https} request ({@link DefaultTlsOnDemand}). */
    public PinnedHttpClient(Duration connectTimeout) {
        this(connectTimeout, new DefaultTlsOnDemand());
    }

    public PinnedHttpClient(Duration connectTimeout, SSLContext sslContext) {
        this.connectTimeout = connectTimeout;
        this.sslContext = sslContext;
        // given a context and parameters, the JDK client asks the context for nothing until a TLS handshake, which
        // this client never makes: a service that sends only plain HTTP never loads the JDK's TLS stack
        this.plain = builder().sslContext(sslContext).sslParameters(new SSLParameters()).build();
        try {
            HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).header("Host", "example.org");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the JDK HTTP client was used before the Host header could be allowed: "
                    + "start the JVM with -Djdk.httpclient.allowRestrictedHeaders=host", e);
        }
    }

    /** Sends to {@code target.address()}; the request's URI keeps naming the host (its host part is replaced here). */
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, AddressPolicy.Resolved target,
                                                            HttpResponse.BodyHandler<T> handler) {
        return clientFor(request.uri(), target).sendAsync(pin(request, target), handler);
    }

    public <T> HttpResponse<T> send(HttpRequest request, AddressPolicy.Resolved target,
                                    HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return clientFor(request.uri(), target).send(pin(request, target), handler);
    }

    private HttpClient clientFor(URI uri, AddressPolicy.Resolved target) {
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return plain;
        }
        String name = target.host().toLowerCase(Locale.ROOT);
        synchronized (tls) {
            return tls.computeIfAbsent(name, n -> {
                SSLParameters parameters = sslContext.getDefaultSSLParameters();
                if (!isIpLiteral(n)) {
                    parameters.setServerNames(List.of(new SNIHostName(n)));
                }
                return builder().sslContext(sslContext).sslParameters(parameters).build();
            });
        }
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER) // the callers follow redirects, re-checking every hop
                .proxy(HttpClient.Builder.NO_PROXY) // a proxy would resolve the name again
                .version(HttpClient.Version.HTTP_1_1);
    }

    static HttpRequest pin(HttpRequest request, AddressPolicy.Resolved target) {
        URI uri = request.uri();
        String ip = target.address().getHostAddress();
        if (target.address() instanceof Inet6Address) {
            int scope = ip.indexOf('%');
            ip = "[" + (scope < 0 ? ip : ip.substring(0, scope)) + "]";
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        URI pinned = URI.create(uri.getScheme() + "://" + ip + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        HttpRequest.Builder b = HttpRequest.newBuilder(pinned)
                .method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()))
                .expectContinue(request.expectContinue())
                .version(HttpClient.Version.HTTP_1_1);
        request.timeout().ifPresent(b::timeout);
        request.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(v -> b.header(name, v));
            }
        });
        String host = uri.getHost();
        b.header("Host", host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        return b.build();
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }
}
