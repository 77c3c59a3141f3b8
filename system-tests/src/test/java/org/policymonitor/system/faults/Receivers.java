package org.policymonitor.system.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Real webhook receivers on one HTTP server, one per path ({@code /hook/NAME}), each with a behaviour the suite
 * switches while a scenario runs: answer 204, answer 500, answer slowly, or <em>stall</em> — send the response
 * headers, then nothing until {@link #release released}. Every request is recorded with its delivery id, the time
 * it arrived and, once answered, whether it was accepted (2xx, body complete).
 */
final class Receivers implements AutoCloseable {

    enum Behaviour { ACCEPT, FAIL_500, SLOW, STALL }

    /** One request as the receiver saw it. */
    static final class Receipt {
        final String endpoint;
        final String deliveryId;
        final String body;
        final Instant arrived;
        volatile boolean accepted;

        Receipt(String endpoint, String deliveryId, String body, Instant arrived) {
            this.endpoint = endpoint;
            this.deliveryId = deliveryId;
            this.body = body;
            this.arrived = arrived;
        }
    }

    private static final Duration SLOW_ANSWER = Duration.ofMillis(150);
    /** A stalled answer is completed at the latest after this, so that no test thread waits forever. */
    private static final Duration LONGEST_STALL = Duration.ofMinutes(10);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-receiver");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final CountDownLatch stallGate = new CountDownLatch(1);

    Receivers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        // stalled requests hold their thread: a cached pool never runs out while they wait
        server.setExecutor(threads);
        server.createContext("/hook/", this::handle);
        server.start();
    }

    /** Declares an endpoint and returns its URL. */
    String endpoint(String name, Behaviour behaviour) {
        behaviours.put(name, behaviour);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + name;
    }

    void behave(String name, Behaviour behaviour) {
        behaviours.put(name, behaviour);
    }

    /** Ends every stall: held answers get their body now; the endpoint then behaves as told (ACCEPT, say). */
    void release() {
        stallGate.countDown();
    }

    List<Receipt> receipts(String endpoint) {
        return receipts.stream().filter(r -> r.endpoint.equals(endpoint)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String name = exchange.getRequestURI().getPath().substring("/hook/".length());
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        Receipt receipt = new Receipt(name, exchange.getRequestHeaders().getFirst("X-PolicyMonitor-Delivery"),
                new String(request, StandardCharsets.UTF_8), Instant.now());
        receipts.add(receipt);
        Behaviour behaviour = behaviours.getOrDefault(name, Behaviour.ACCEPT);
        try {
            switch (behaviour) {
                case ACCEPT -> answer(exchange, receipt, 200, false);
                case FAIL_500 -> answer(exchange, receipt, 500, false);
                case SLOW -> {
                    sleep(SLOW_ANSWER);
                    answer(exchange, receipt, 200, false);
                }
                case STALL -> answer(exchange, receipt, 200, true);
            }
        } catch (IOException e) {
            // the sender gave up (a deadline, or it was killed) before the answer was complete
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, Receipt receipt, int status, boolean stallAfterHeaders) throws IOException {
        byte[] body = (status == 200 ? "{\"ok\":true}" : "{\"error\":\"receiver failing\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        // the status line and headers go out now (sendResponseHeaders flushes them); the body is owed
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        if (stallAfterHeaders) {
            try {
                stallGate.await(LONGEST_STALL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        out.write(body);
        out.close();
        receipt.accepted = status / 100 == 2;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
