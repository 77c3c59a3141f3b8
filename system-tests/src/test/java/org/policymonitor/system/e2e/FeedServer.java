package org.policymonitor.system.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server publishing one RSS 2.0 feed that a test edits: add items, or make it answer an error. */
final class FeedServer implements AutoCloseable {

    record Entry(String title, String description, String link, ZonedDateTime published) {
    }

    private final HttpServer server;
    private final List<Entry> entries = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.rss", exchange -> {
            byte[] body;
            int code = status.get();
            if (code == 200) {
                body = rss().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            } else {
                body = "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
            }
            exchange.sendResponseHeaders(code, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
    }

    String articleUrl(String slug) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/news/" + slug + "/";
    }

    synchronized void add(Entry entry) {
        entries.add(0, entry);
    }

    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    private synchronized String rss() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>E2E feed</title><link>http://127.0.0.1/</link>
                <description>end-to-end test feed</description><language>en</language>
                """);
        for (Entry e : entries) {
            xml.append("<item><title>").append(escape(e.title())).append("</title><link>").append(escape(e.link()))
                    .append("</link><description><![CDATA[<p>").append(e.description()).append("</p>]]></description>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(e.published()))
                    .append("</pubDate></item>\n");
        }
        return xml.append("</channel></rss>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
