package org.policymonitor.launcher.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for a packaged Quarkus service in the launcher's tests: prints its configuration, answers
 * {@code /q/health/ready} with 503 for a moment and then 200, keeps what is POSTed to {@code /api/subscriptions}
 * (and lists it on GET, as the alert service does), and says when it is stopped — all on its standard output, which
 * the launcher writes to the service's log, with Quarkus's line that says where it listens.
 */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        System.out.println("started at " + System.currentTimeMillis());
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("policy.") || k.startsWith("quarkus."))
                .sorted().forEach(k -> System.out.println("config " + k + "=" + System.getProperty(k)));
        String exit = System.getProperty("fake.exit");
        if (exit != null) {
            System.out.println("failing on purpose: cannot connect to the database");
            System.exit(Integer.parseInt(exit));
        }
        long readyAt = System.currentTimeMillis() + 800;
        List<String> subscriptions = new CopyOnWriteArrayList<>();
        // like a Quarkus service: on the configured host and port (0: one the system gives), health on the management
        // port when one is configured, else on the API port
        String host = System.getProperty("quarkus.http.host", "0.0.0.0");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, Integer.getInteger("quarkus.http.port")), 8);
        Integer managementPort = Integer.getInteger("quarkus.management.port");
        HttpServer management = managementPort == null ? server
                : HttpServer.create(new InetSocketAddress(System.getProperty("quarkus.management.host", host), managementPort), 8);
        management.createContext("/q/health/ready", ex -> {
            boolean ready = System.currentTimeMillis() >= readyAt;
            send(ex, ready ? 200 : 503, "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\"}");
        });
        server.createContext("/api/subscriptions", ex -> {
            String user = new String(Base64.getDecoder().decode(
                    ex.getRequestHeaders().getFirst("Authorization").substring("Basic ".length())), StandardCharsets.UTF_8).split(":")[0];
            if ("POST".equals(ex.getRequestMethod())) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String stored = "{\"id\":" + (subscriptions.size() + 1) + "," + body.substring(1);
                subscriptions.add(stored);
                System.out.println("POST /api/subscriptions by " + user + " at " + System.currentTimeMillis() + ": " + body);
                System.out.flush();
                send(ex, 201, stored);
            } else {
                send(ex, 200, "[" + String.join(",", subscriptions) + "]");
            }
        });
        server.start();
        if (management != server) {
            management.start();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake service stopping gracefully");
            server.stop(0);
            if (management != server) {
                management.stop(0);
            }
        }));
        // Quarkus's start-up line, which says the ports it listens on
        System.out.println("fake-service started. Listening on: http://" + host + ":" + server.getAddress().getPort() + "."
                + (management == server ? "" : " Management interface listening on http://" + host + ":"
                + management.getAddress().getPort() + "."));
        Thread.currentThread().join();
    }

    /** A jar whose manifest runs this class from the module's test classes: a stand-in for {@code quarkus-run.jar}. */
    public static Path jar(Path jar) throws Exception {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all it needs
        }
        return jar;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
