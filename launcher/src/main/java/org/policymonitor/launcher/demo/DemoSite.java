package org.policymonitor.launcher.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.policymonitor.launcher.infra.Ports;

/**
 * A local web server with the demo sources: BelTA's English and Russian RSS feeds (plus their HTML fallback
 * listings), and the HTML listings of NASB, president.gov.by (English and Belarusian) and UNDP Belarus, with article
 * pages behind every link. The content changes while it runs: items with a delay in {@link DemoItems} appear only
 * once that much time has passed since the site started. Answers conditional GETs (ETag / If-None-Match) like a
 * well-behaved site, so the ingest service's conditional polling is exercised too.
 */
public final class DemoSite implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DemoSite.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final Instant startedAt;
    /** Each item with the moment it appears; tests add more with {@link #publish(DemoItem)}. */
    private final List<Scheduled> items = new CopyOnWriteArrayList<>();
    /** Sources that answer 404 for now (see {@link #takeDown(DemoSource)}). */
    private final Set<DemoSource> down = ConcurrentHashMap.newKeySet();

    private DemoSite(HttpServer server, ExecutorService executor, Clock clock, List<DemoItem> items) {
        this.server = server;
        this.executor = executor;
        this.clock = clock;
        this.startedAt = clock.instant();
        for (DemoItem item : items) {
            this.items.add(new Scheduled(item, startedAt.plus(item.appearsAfter())));
        }
    }

    private record Scheduled(DemoItem item, Instant appearsAt) {
    }

    public static DemoSite start(int port) {
        return start(port, Clock.systemUTC(), DemoItems.all());
    }

    /** With a clock of the caller's: tests move time on instead of waiting. */
    public static DemoSite start(int port, Clock clock, List<DemoItem> items) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "demo-site");
                t.setDaemon(true);
                return t;
            });
            DemoSite site = new DemoSite(server, executor, clock, items);
            server.createContext("/", site::handle);
            server.setExecutor(executor);
            server.start();
            LOG.info(() -> "demo site at " + site.baseUrl());
            return site;
        } catch (IOException e) {
            throw new Ports.PortInUseException("could not serve the demo sources on port " + port + ": " + e.getMessage()
                    + " (choose another port with --demo-port / POLICY_DEMO_PORT)");
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The items published by now, newest first. */
    public List<DemoItem> visibleItems() {
        return published().stream().map(DemoPages.Published::item).toList();
    }

    /** The items still to come, soonest first. */
    public List<DemoItem> upcomingItems() {
        Instant now = clock.instant();
        return items.stream().filter(s -> s.appearsAt().isAfter(now))
                .sorted(Comparator.comparing(Scheduled::appearsAt)).map(Scheduled::item).toList();
    }

    /** How long until an upcoming item appears (zero or negative once it has). */
    public Duration untilAppears(DemoItem item) {
        Instant now = clock.instant();
        return items.stream().filter(s -> s.item().equals(item)).findFirst()
                .map(s -> Duration.between(now, s.appearsAt())).orElse(Duration.ZERO);
    }

    /**
     * Publishes an item now (its {@code appearsAfter} is ignored; its {@code age} still says how old it claims to
     * be): the next poll of its source sees it. For tests that need "a new item in a feed".
     */
    public void publish(DemoItem item) {
        items.add(new Scheduled(item, clock.instant()));
    }

    /** The source's feed, listing and fallback answer 404 until {@link #bringBack(DemoSource)}: a broken source. */
    public void takeDown(DemoSource source) {
        down.add(source);
    }

    public void bringBack(DemoSource source) {
        down.remove(source);
    }

    private List<DemoPages.Published> published() {
        Instant now = clock.instant();
        return items.stream()
                .filter(s -> !s.appearsAt().isAfter(now))
                .map(s -> new DemoPages.Published(s.item(), s.appearsAt().minus(s.item().age())))
                .sorted(Comparator.comparing(DemoPages.Published::publishedAt).reversed())
                .toList();
    }

    private List<DemoPages.Published> published(DemoSource source) {
        return published().stream().filter(p -> p.item().source() == source).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "GET only\n");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Optional<Page> page = route(path);
            if (page.isEmpty()) {
                send(exchange, 404, "text/html; charset=utf-8", "<!DOCTYPE html><html><body><h1>Not found</h1></body></html>\n");
                return;
            }
            String etag = "\"" + hash(page.get().body()) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, page.get().contentType(), page.get().body());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "demo site failed on " + exchange.getRequestURI(), e);
        }
    }

    private Optional<Page> route(String path) {
        String base = baseUrl();
        if (path.equals("/")) {
            return Optional.of(Page.html(DemoPages.index(base, List.of(DemoSource.values()))));
        }
        for (DemoSource source : DemoSource.values()) {
            if (down.contains(source) && (path.equals(source.path()) || path.equals(source.fallbackPath()))) {
                return Optional.empty();
            }
            if (path.equals(source.path())) {
                List<DemoPages.Published> items = published(source);
                return Optional.of(switch (source) {
                    case BELTA_EN, BELTA_RU -> new Page("application/rss+xml; charset=utf-8", DemoPages.rss(base, source, items));
                    case NASB_EN -> Page.html(DemoPages.nasbListing(source, items));
                    case PRESIDENT_EN, PRESIDENT_BE -> Page.html(DemoPages.presidentListing(source, items));
                    case UNDP_BELARUS -> Page.html(DemoPages.undpListing(source, items));
                });
            }
            if (path.equals(source.fallbackPath())) {
                return Optional.of(Page.html(DemoPages.beltaListing(base, source, published(source))));
            }
        }
        return published().stream().filter(p -> p.item().path().equals(path)).findFirst()
                .map(p -> Page.html(DemoPages.article(p)));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String hash(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private record Page(String contentType, String body) {
        static Page html(String body) {
            return new Page("text/html; charset=utf-8", body);
        }
    }
}
