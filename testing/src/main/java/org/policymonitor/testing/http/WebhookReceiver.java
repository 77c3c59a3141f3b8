package org.policymonitor.testing.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Real webhook receivers on one HTTP server (JDK, 127.0.0.1, a free port), one per path: {@link #url()} is
 * {@code /hook}, {@link #endpoint(String, Behaviour)} declares {@code /hook/NAME}. Each answers the way a test
 * switches while it runs ({@link Behaviour}), and every request is recorded ({@link Receipt}) with the delivery id,
 * event, timestamp and signature headers alert-service sends, the body, when it arrived and whether its answer
 * reached the sender complete.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** How an endpoint answers. */
    public enum Behaviour {
        /** 204 at once. */
        ACCEPT,
        /** 500 with a JSON error body. */
        FAIL,
        /** 204 after {@link #SLOW_ANSWER}: a receiver that takes its time. */
        SLOW,
        /** 200 and its headers at once, then the body is owed until {@link #release()}: the sender hangs mid-answer. */
        STALL,
        /** Nothing at all, not even headers, until {@link #release()}; then 204: the send is in flight meanwhile. */
        HOLD
    }

    /** One request as the receiver saw it. */
    public static final class Receipt {
        private final String endpoint;
        private final String deliveryId;
        private final String event;
        private final String timestamp;
        private final String signature;
        private final String body;
        private final Instant arrived;
        private volatile boolean accepted;

        Receipt(String endpoint, HttpExchange exchange, String body, Instant arrived) {
            this.endpoint = endpoint;
            this.deliveryId = exchange.getRequestHeaders().getFirst("X-PolicyMonitor-Delivery");
            this.event = exchange.getRequestHeaders().getFirst("X-PolicyMonitor-Event");
            this.timestamp = exchange.getRequestHeaders().getFirst("X-PolicyMonitor-Timestamp");
            this.signature = exchange.getRequestHeaders().getFirst("X-PolicyMonitor-Signature");
            this.body = body;
            this.arrived = arrived;
        }

        /** The endpoint's name ({@code ""} for {@link #url()}). */
        public String endpoint() {
            return endpoint;
        }

        public String deliveryId() {
            return deliveryId;
        }

        public String event() {
            return event;
        }

        public String timestamp() {
            return timestamp;
        }

        public String signature() {
            return signature;
        }

        public String body() {
            return body;
        }

        public Instant arrived() {
            return arrived;
        }

        /** The answer was 2xx and reached the sender complete (a send that gave up mid-answer was not accepted). */
        public boolean accepted() {
            return accepted;
        }
    }

    public static final Duration SLOW_ANSWER = Duration.ofMillis(150);
    /** A stalled or held answer is completed at the latest after this, so that no thread waits forever. */
    private static final Duration LONGEST_STALL = Duration.ofMinutes(10);
    private static final String PATH = "/hook";

    private final HttpServer server;
    // stalled and held requests keep their thread: a cached pool never runs out while they wait
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "webhook-receiver");
        t.setDaemon(true);
        return t;
    });
    // a slow answer is sent later from a timer: no thread is parked while the receiver takes its time
    private final ScheduledExecutorService answersLater = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-receiver-slow");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final List<Consumer<Receipt>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext(PATH, this::handle);
        server.start();
    }

    /** The URL of the default endpoint ({@code /hook}); it accepts unless told otherwise ({@code behave("", …)}). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Declares an endpoint {@code /hook/NAME} with its behaviour and returns its URL. */
    public String endpoint(String name, Behaviour behaviour) {
        behave(name, behaviour);
        return url() + "/" + name;
    }

    /** Switches an endpoint's behaviour ({@code ""}: the default endpoint); requests already held are not affected. */
    public void behave(String name, Behaviour behaviour) {
        behaviours.put(name, behaviour);
    }

    /** Ends every stall and hold, now and from now on: owed answers are completed. */
    public void release() {
        released.countDown();
    }

    /** Called on the server's thread for each request as it arrives (before the answer). */
    public void onReceipt(Consumer<Receipt> listener) {
        listeners.add(listener);
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    public List<Receipt> receipts(String endpoint) {
        return receipts.stream().filter(r -> r.endpoint.equals(endpoint)).toList();
    }

    public int requests() {
        return receipts.size();
    }

    /** What the README tells receivers to check: HMAC-SHA256 over "timestamp.body" with the subscription's secret, in constant time. */
    public static boolean signatureValid(String secret, Receipt receipt) {
        if (receipt.timestamp() == null || receipt.signature() == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((receipt.timestamp() + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(receipt.body().getBytes(StandardCharsets.UTF_8)));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    receipt.signature().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.startsWith(PATH + "/") ? path.substring(PATH.length() + 1) : "";
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        Receipt receipt = new Receipt(name, exchange, new String(request, StandardCharsets.UTF_8), Instant.now());
        receipts.add(receipt);
        listeners.forEach(l -> l.accept(receipt));
        Behaviour behaviour = behaviours.getOrDefault(name, Behaviour.ACCEPT);
        if (behaviour == Behaviour.SLOW) {
            answersLater.schedule(() -> respond(exchange, receipt, Behaviour.ACCEPT), SLOW_ANSWER.toMillis(),
                    TimeUnit.MILLISECONDS);
            return;
        }
        respond(exchange, receipt, behaviour);
    }

    private void respond(HttpExchange exchange, Receipt receipt, Behaviour behaviour) {
        try {
            switch (behaviour) {
                case ACCEPT, SLOW -> answer(exchange, receipt, 204, false);
                case FAIL -> answer(exchange, receipt, 500, false);
                case STALL -> answer(exchange, receipt, 200, true);
                case HOLD -> {
                    awaitRelease();
                    answer(exchange, receipt, 204, false);
                }
            }
        } catch (IOException e) {
            // the sender gave up (a deadline, or it was killed) before the answer was complete
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, Receipt receipt, int status, boolean stallAfterHeaders) throws IOException {
        if (status == 204) {
            exchange.sendResponseHeaders(204, -1);
            receipt.accepted = true;
            return;
        }
        byte[] body = (status == 200 ? "{\"ok\":true}" : "{\"error\":\"receiver failing\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        // the status line and headers go out now (sendResponseHeaders flushes them); the body is owed
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        if (stallAfterHeaders) {
            awaitRelease();
        }
        out.write(body);
        out.close();
        receipt.accepted = status / 100 == 2;
    }

    private void awaitRelease() {
        try {
            released.await(LONGEST_STALL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        answersLater.shutdownNow();
        threads.shutdownNow();
    }
}
