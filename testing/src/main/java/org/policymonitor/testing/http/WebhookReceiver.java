package org.policymonitor.testing.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.policymonitor.testing.Deadlines;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * Real webhook receivers on one HTTP server (JDK, 127.0.0.1, a free port), one per path: {@link #url()} is
 * {@code /hook}, {@link #endpoint(String, Behaviour)} declares {@code /hook/NAME}. Each answers the way a test
 * switches while it runs ({@link Behaviour}), or with a scripted sequence of {@link Answer}s (status, headers, body),
 * and every request is recorded ({@link Receipt}) with the delivery id, event, timestamp and signature headers
 * alert-service sends (any other header too), the body, when it arrived, the status it was answered and whether its
 * answer reached the sender complete.
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

    /**
     * One answer of a scripted endpoint ({@link #endpoint(String, Answer, Answer...)}): a status, headers and a body
     * (none when empty), e.g. {@code Answer.status(429).withHeader("Retry-After", "1")}.
     */
    public record Answer(int status, Map<String, String> headers, String body) {

        public Answer {
            headers = Map.copyOf(headers);
        }

        public static Answer status(int status) {
            return new Answer(status, Map.of(), "");
        }

        public Answer withBody(String body) {
            return new Answer(status, headers, body);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body);
        }
    }

    /** One request as the receiver saw it. */
    public static final class Receipt {
        private final String endpoint;
        private final Headers headers = new Headers();
        private final byte[] body;
        private final Instant arrived;
        private volatile int status;
        private volatile boolean accepted;

        Receipt(String endpoint, HttpExchange exchange, byte[] body, Instant arrived) {
            this.endpoint = endpoint;
            // into Headers, which look names up in any case as the exchange's do
            this.headers.putAll(exchange.getRequestHeaders());
            this.body = body;
            this.arrived = arrived;
        }

        /** The endpoint's name ({@code ""} for {@link #url()}). */
        public String endpoint() {
            return endpoint;
        }

        /** A request header's first value (the name in any case), or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String deliveryId() {
            return header("X-PolicyMonitor-Delivery");
        }

        public String event() {
            return header("X-PolicyMonitor-Event");
        }

        public String timestamp() {
            return header("X-PolicyMonitor-Timestamp");
        }

        public String signature() {
            return header("X-PolicyMonitor-Signature");
        }

        public String body() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body as the sender sent it (what a signature is computed over). */
        public byte[] bytes() {
            return body.clone();
        }

        public Instant arrived() {
            return arrived;
        }

        /** The status it was answered ({@code 0} while the answer is owed). */
        public int status() {
            return status;
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
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    private final List<Consumer<Receipt>> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    private final String origin;

    public WebhookReceiver() {
        this(null);
    }

    private WebhookReceiver(SSLContext tls) {
        try {
            if (tls == null) {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
                origin = "http://127.0.0.1:" + server.getAddress().getPort();
            } else {
                HttpsServer https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
                origin = "https://localhost:" + server.getAddress().getPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext(PATH, this::handle);
        server.start();
    }

    /**
     * The same receivers over HTTPS, presenting {@code tls}'s certificate: their URLs are {@code https://localhost:PORT/…}
     * (the server listens on 127.0.0.1), so a client reaches them by name, with SNI and the hostname check.
     */
    public static WebhookReceiver overTls(SelfSignedTls tls) {
        return new WebhookReceiver(tls.server());
    }

    /** The URL of the default endpoint ({@code /hook}); it accepts unless told otherwise ({@code behave("", …)}). */
    public String url() {
        return origin + PATH;
    }

    /** Declares an endpoint {@code /hook/NAME} with its behaviour and returns its URL. */
    public String endpoint(String name, Behaviour behaviour) {
        behave(name, behaviour);
        return url() + "/" + name;
    }

    /** Switches an endpoint's behaviour ({@code ""}: the default endpoint); requests already held are not affected. */
    public void behave(String name, Behaviour behaviour) {
        scripts.put(name, new Script(behaviour, List.of()));
    }

    /**
     * Declares an endpoint {@code /hook/NAME} that answers its requests with these answers in turn, the last one
     * from then on (a receiver failing three times, then accepting), and returns its URL.
     */
    public String endpoint(String name, Answer first, Answer... then) {
        answer(name, first, then);
        return url() + "/" + name;
    }

    /** Switches an endpoint to these answers in turn, the last one from then on (counted from its next request). */
    public void answer(String name, Answer first, Answer... then) {
        List<Answer> answers = new ArrayList<>();
        answers.add(first);
        answers.addAll(List.of(then));
        scripts.put(name, new Script(null, answers));
    }

    /** The path of the endpoint {@code name} ({@code /hook/NAME}), for a URL with another host name. */
    public String path(String name) {
        return PATH + "/" + name;
    }

    public int port() {
        return server.getAddress().getPort();
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

    /**
     * Waits until the endpoint has received exactly {@code count} requests (at most {@link Deadlines#ARRIVES}) and
     * returns them in the order they arrived.
     */
    public List<Receipt> awaitReceipts(String endpoint, int count) {
        return await().atMost(Deadlines.ARRIVES).until(() -> receipts(endpoint), r -> r.size() == count);
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
        Receipt receipt = new Receipt(name, exchange, request, Instant.now());
        receipts.add(receipt);
        listeners.forEach(l -> l.accept(receipt));
        Script script = scripts.getOrDefault(name, Script.ACCEPTING);
        if (script.behaviour() == null) {
            answerScripted(exchange, receipt, script.next());
            return;
        }
        Behaviour behaviour = script.behaviour();
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

    private static void answerScripted(HttpExchange exchange, Receipt receipt, Answer answer) {
        try {
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            receipt.status = answer.status();
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            receipt.accepted = answer.status() / 100 == 2;
        } catch (IOException e) {
            // the sender gave up before the answer was complete
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, Receipt receipt, int status, boolean stallAfterHeaders) throws IOException {
        receipt.status = status;
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

    /** How an endpoint answers: a behaviour, or (behaviour null) answers in turn, the last one from then on. */
    private record Script(Behaviour behaviour, List<Answer> answers, AtomicInteger answered) {

        static final Script ACCEPTING = new Script(Behaviour.ACCEPT, List.of());

        Script(Behaviour behaviour, List<Answer> answers) {
            this(behaviour, List.copyOf(answers), new AtomicInteger());
        }

        Answer next() {
            return answers.get(Math.min(answered.getAndIncrement(), answers.size() - 1));
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
