package org.policymonitor.launcher.service;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;

/**
 * Stands in for a packaged Quarkus service in {@link ServiceProcessTest}: prints its configuration, answers
 * {@code /q/health/ready} with 503 for a moment and then 200, and says when it is stopped.
 */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("policy.") || k.startsWith("quarkus."))
                .sorted().forEach(k -> System.out.println("config " + k + "=" + System.getProperty(k)));
        String exit = System.getProperty("fake.exit");
        if (exit != null) {
            System.out.println("failing on purpose: cannot connect to the database");
            System.exit(Integer.parseInt(exit));
        }
        long readyAt = System.currentTimeMillis() + 800;
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.getInteger("quarkus.http.port")), 8);
        server.createContext("/q/health/ready", ex -> {
            boolean ready = System.currentTimeMillis() >= readyAt;
            byte[] body = ("{\"status\":\"" + (ready ? "UP" : "DOWN") + "\"}").getBytes();
            ex.sendResponseHeaders(ready ? 200 : 503, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("fake service stopping gracefully");
            server.stop(0);
        }));
        System.out.println("fake service listening");
        Thread.currentThread().join();
    }
}
