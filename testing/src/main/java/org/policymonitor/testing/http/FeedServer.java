package org.policymonitor.testing.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server (JDK, 127.0.0.1, a free port) serving programmable feeds and pages to the service under test:
 * a route per path answers a fixed {@link Reply} or one computed from the request (status, headers, body, and a
 * delay for slow sites); it counts hits, keeps the last User-Agent and measures concurrency. Unknown paths get 404.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Function<HttpExchange, Reply>> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastUserAgent = new ConcurrentHashMap<>();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger slowConcurrent = new AtomicInteger();
    private final AtomicInteger maxSlowConcurrent = new AtomicInteger();

    /** An answer. */
    public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {
        public static Reply of(int status, String contentType, byte[] body) {
            Map<String, String> h = new LinkedHashMap<>();
            if (contentType != null) {
                h.put("Content-Type", contentType);
            }
            return new Reply(status, h, body, Duration.ZERO);
        }

        public static Reply text(int status, String body) {
            return of(status, "text/plain", body.getBytes(StandardCharsets.UTF_8));
        }

        public Reply header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, delay);
        }

        public Reply delayed(Duration d) {
            return new Reply(status, headers, body, d);
        }
    }

    public FeedServer() {
        this("127.0.0.1");
    }

    public FeedServer(String host) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public void serve(String path, Reply reply) {
        routes.put(path, ex -> reply);
    }

    public void serve(String path, Function<HttpExchange, Reply> responder) {
        routes.put(path, responder);
    }

    /** A feed with an ETag: answers 304 when the client sends it back. */
    public void serveFeed(String path, byte[] body, String contentType, String etag) {
        routes.put(path, ex -> etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))
                ? Reply.of(304, null, new byte[0]).header("ETag", etag)
                : Reply.of(200, contentType, body).header("ETag", etag));
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public String lastUserAgent(String path) {
        return lastUserAgent.get(path);
    }

    public int maxConcurrentRequests() {
        return maxConcurrent.get();
    }

    /** Most delayed answers being prepared at the same moment (measured during the delay only, so exact). */
    public int maxConcurrentDelayedRequests() {
        return maxSlowConcurrent.get();
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        try (ex) {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String ua = ex.getRequestHeaders().getFirst("User-Agent");
            if (ua != null) {
                lastUserAgent.put(path, ua);
            }
            Function<HttpExchange, Reply> route = routes.get(path);
            Reply reply = route == null ? Reply.text(404, "no route " + path) : route.apply(ex);
            if (!reply.delay().isZero()) {
                maxSlowConcurrent.accumulateAndGet(slowConcurrent.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(reply.delay().toMillis()); // the server is slow on purpose (timeouts, overlapping polls)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    slowConcurrent.decrementAndGet();
                }
            }
            reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            byte[] body = reply.body() == null ? new byte[0] : reply.body();
            if (reply.status() == 304 || body.length == 0) {
                ex.sendResponseHeaders(reply.status(), -1);
            } else {
                ex.sendResponseHeaders(reply.status(), body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                } catch (IOException clientGone) {
                    // the client stopped reading (size limit, timeout): expected in those tests
                }
            }
        } finally {
            concurrent.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
