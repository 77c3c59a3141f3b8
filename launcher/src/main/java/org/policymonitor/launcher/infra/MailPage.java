package org.policymonitor.launcher.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A read-only web page over the {@link MailStore}, on the loopback interface only:
 * <ul>
 *   <li>{@code GET /} — the caught mail, newest first (refreshes itself every 5 s);</li>
 *   <li>{@code GET /mail/NAME} — one message: headers and readable text;</li>
 *   <li>{@code GET /mail/NAME/raw} — the message as received ({@code .eml});</li>
 *   <li>{@code GET /api/mail} — the list as JSON, for scripts.</li>
 * </ul>
 */
final class MailPage implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MailPage.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final MailStore store;

    private MailPage(HttpServer server, MailStore store) {
        this.server = server;
        this.store = store;
    }

    static MailPage start(MailStore store, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            MailPage page = new MailPage(server, store);
            server.createContext("/", page::handle);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "mail-page");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return page;
        } catch (IOException e) {
            throw new Ports.PortInUseException("could not serve the mail page on port " + port + ": " + e.getMessage()
                    + " (choose another port with --mail-web-port / POLICY_MAIL_WEB_PORT)");
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "read-only: GET only\n");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                send(exchange, 200, "text/html", listPage(store.list()));
            } else if (path.equals("/api/mail")) {
                send(exchange, 200, "application/json", listJson(store.list()));
            } else if (path.startsWith("/mail/")) {
                String rest = path.substring("/mail/".length());
                boolean raw = rest.endsWith("/raw");
                String name = raw ? rest.substring(0, rest.length() - "/raw".length()) : rest;
                Optional<MailStore.StoredMail> mail = store.read(name);
                if (mail.isEmpty()) {
                    send(exchange, 404, "text/plain", "no such message\n");
                } else if (raw) {
                    // the bytes as received: the message's own headers say how its parts are encoded
                    send(exchange, 200, "text/plain", Files.readAllBytes(mail.get().file()));
                } else {
                    send(exchange, 200, "text/html", messagePage(mail.get()));
                }
            } else {
                send(exchange, 404, "text/plain", "not found\n");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail page failed", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private String listPage(List<MailStore.StoredMail> mails) {
        StringBuilder rows = new StringBuilder();
        for (MailStore.StoredMail m : mails) {
            rows.append("<tr><td>").append(esc(TIME.format(m.received()))).append("</td><td>").append(esc(m.from()))
                    .append("</td><td>").append(esc(m.to())).append("</td><td><a href=\"/mail/").append(esc(m.name()))
                    .append("\">").append(esc(m.subject().isBlank() ? "(no subject)" : m.subject())).append("</a></td></tr>\n");
        }
        return html("Caught mail (" + mails.size() + ")", "<meta http-equiv=\"refresh\" content=\"5\">",
                "<h1>Caught mail <small>(" + mails.size() + ")</small></h1>"
                        + "<p>Every message sent to the local SMTP catcher, newest first. Files: <code>"
                        + esc(store.folder().toAbsolutePath().toString()) + "</code>. This page refreshes every 5 s.</p>"
                        + (mails.isEmpty() ? "<p><em>No mail yet.</em></p>"
                        : "<table><tr><th>received</th><th>from</th><th>to</th><th>subject</th></tr>\n" + rows + "</table>"));
    }

    private static String messagePage(MailStore.StoredMail m) {
        return html(m.subject(), "",
                "<p><a href=\"/\">&larr; all mail</a> · <a href=\"/mail/" + esc(m.name()) + "/raw\">raw .eml</a></p>"
                        + "<h1>" + esc(m.subject()) + "</h1><table>"
                        + "<tr><th>from</th><td>" + esc(m.from()) + "</td></tr>"
                        + "<tr><th>to</th><td>" + esc(m.to()) + "</td></tr>"
                        + "<tr><th>received</th><td>" + esc(TIME.format(m.received())) + "</td></tr>"
                        + "<tr><th>file</th><td><code>" + esc(m.file().toAbsolutePath().toString()) + "</code></td></tr>"
                        + "</table><pre>" + esc(m.text()) + "</pre>");
    }

    private static String listJson(List<MailStore.StoredMail> mails) throws IOException {
        List<Map<String, Object>> out = mails.stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", m.name());
            row.put("received", m.received().toString());
            row.put("from", m.from());
            row.put("to", m.to());
            row.put("subject", m.subject());
            row.put("file", m.file().toAbsolutePath().toString());
            return row;
        }).toList();
        return JSON.writeValueAsString(out);
    }

    private static String html(String title, String head, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(title) + " · Policy Monitor mail</title>"
                + head + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}"
                + "pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}</style></head><body>" + body + "</body></html>";
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        if (server.getExecutor() instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }
}
