package org.policymonitor.system.faults;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server with one RSS 2.0 feed per source ({@code /SOURCE/feed.rss}), to which the suite adds items
 * while a fault lasts. Every item is about the CIS model law on AI, so the shipped rules tag it {@code ai-law}.
 */
final class Feeds implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, List<FaultItem>> feeds = new ConcurrentHashMap<>();

    Feeds() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String[] parts = exchange.getRequestURI().getPath().split("/");
            List<FaultItem> items = parts.length == 3 && "feed.rss".equals(parts[2]) ? feeds.get(parts[1]) : null;
            byte[] body = items == null ? "not found".getBytes(StandardCharsets.UTF_8) : rss(parts[1], items);
            exchange.getResponseHeaders().add("Content-Type", items == null ? "text/plain" : "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(items == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Declares a (still empty) feed for the source and returns its URL. */
    String feed(String sourceId) {
        feeds.putIfAbsent(sourceId, new ArrayList<>());
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + sourceId + "/feed.rss";
    }

    void add(FaultItem item) {
        List<FaultItem> items = feeds.get(item.sourceId());
        synchronized (items) {
            items.add(0, item);
        }
    }

    private static byte[] rss(String sourceId, List<FaultItem> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Fault suite feed</title><link>http://127.0.0.1/</link>
                <description>fault suite</description><language>en</language>
                """);
        synchronized (items) {
            for (FaultItem item : items) {
                xml.append("<item><title>").append(item.title()).append("</title><link>").append(item.link())
                        .append("</link><description><![CDATA[<p>").append(FaultItem.TEXT).append("</p>]]></description>")
                        .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                ZonedDateTime.ofInstant(item.createdAt(), ZoneOffset.ofHours(3)).withNano(0)))
                        .append("</pubDate></item>\n");
            }
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
