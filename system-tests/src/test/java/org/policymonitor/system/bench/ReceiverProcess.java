package org.policymonitor.system.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The benchmark's webhook receiver in a JVM of its own, as a subscriber's server would be. In the benchmark's JVM it
 * shared the Kafka broker's heap: each G1 pause of the broker stopped it too, and a webhook that arrived during the
 * pause was stamped when the pause ended (pauses of 170–555 ms in the latency runs of a loaded machine, perf5) — the
 * harness's own time counted as a slow send. Here the receiver stamps each request when its body has been read (as
 * {@code WebhookReceiver} does), answers 204 and writes {@code arrived ITEM_ID EPOCH_SECOND NANO} to its standard
 * output, which the benchmark reads. Its heap is small and it allocates little: its own collections are short.
 */
final class ReceiverProcess implements AutoCloseable {

    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx64m", "-XX:TieredStopAtLevel=1");
    private static final String PATH = "/hook";
    /** How long to wait for the process to say its port: a JVM start on a loaded 2-core machine. */
    private static final Duration START = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final AtomicInteger requests = new AtomicInteger();
    private final BiConsumer<String, Instant> onArrival;

    /** Starts the receiver and waits until it listens; {@code onArrival} gets each alert's item id and arrival time. */
    ReceiverProcess(BiConsumer<String, Instant> onArrival) throws IOException {
        this.onArrival = onArrival;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        // surefire starts this JVM from a manifest-only jar: the test class path is in this property
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(ReceiverProcess.class.getName());
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> readLine(out)).orTimeout(START.toSeconds(), TimeUnit.SECONDS).join();
        if (first == null || !first.startsWith("port ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the webhook receiver process did not start: " + first);
        }
        port = Integer.parseInt(first.substring("port ".length()).trim());
        Thread reader = new Thread(() -> read(out), "receiver-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(BufferedReader out) {
        try {
            for (String line; (line = out.readLine()) != null; ) {
                String[] f = line.split(" ");
                if (f[0].equals("request")) {
                    requests.incrementAndGet();
                } else if (f[0].equals("arrived") && f.length == 4) {
                    onArrival.accept(f[1], Instant.ofEpochSecond(Long.parseLong(f[2]), Long.parseLong(f[3])));
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + PATH;
    }

    int requests() {
        return requests.get();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The receiver itself: one HTTP server, a request's arrival stamped once its body is read. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(PATH, exchange -> handle(exchange, json, out));
        server.start();
        synchronized (out) {
            out.println("port " + server.getAddress().getPort());
            out.flush();
        }
        // the benchmark's JVM holds this process's standard input: when it ends, however it ends, so does the receiver
        try {
            System.in.transferTo(OutputStream.nullOutputStream());
        } finally {
            System.exit(0);
        }
    }

    private static void handle(HttpExchange exchange, ObjectMapper json, PrintStream out) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Instant arrived = Instant.now();
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
        String id = null;
        try {
            JsonNode item = json.readTree(body).path("item").path("id");
            id = item.isTextual() ? item.asText() : null;
        } catch (IOException notJson) {
            // not an alert: counted, not timed
        }
        synchronized (out) {
            out.println("request");
            if (id != null) {
                out.println("arrived " + id + " " + arrived.getEpochSecond() + " " + arrived.getNano());
            }
            out.flush();
        }
    }
}
