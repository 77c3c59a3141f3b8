package org.policymonitor.system.e2e;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP webhook receiver that records what arrives and verifies signatures the way the README tells
 * receivers to. It can answer slowly (asynchronously, the request thread is not blocked) to stretch a burst.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String deliveryId, String event, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Duration responseDelay = Duration.ZERO;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("X-PolicyMonitor-Delivery"), h.getFirst("X-PolicyMonitor-Event"),
                    h.getFirst("X-PolicyMonitor-Timestamp"), h.getFirst("X-PolicyMonitor-Signature"),
                    new String(body, StandardCharsets.UTF_8)));
            Runnable answer = () -> {
                try {
                    exchange.sendResponseHeaders(204, -1);
                } catch (IOException ignored) {
                    // the sender gave up (or was killed) before we answered: that is what a slow receiver sees
                } finally {
                    exchange.close();
                }
            };
            long delay = responseDelay.toMillis();
            if (delay == 0) {
                answer.run();
            } else {
                CompletableFuture.runAsync(answer, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS));
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void respondAfter(Duration delay) {
        this.responseDelay = delay;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** HMAC-SHA256 over "timestamp.body" with the subscription's secret, compared in constant time. */
    static boolean signatureValid(String secret, Received r) {
        if (r.timestamp() == null || r.signature() == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((r.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(r.body().getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    r.signature().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
