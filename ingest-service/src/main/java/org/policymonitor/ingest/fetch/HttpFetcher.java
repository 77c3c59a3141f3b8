package org.policymonitor.ingest.fetch;

import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.platform.net.PinnedHttpClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Fetches a source over HTTP with the manners of a good feed reader: conditional GET, gzip, timeouts, a body size
 * limit, a descriptive User-Agent, a bounded number of redirects (each hop resolved once and checked by the
 * {@link AddressPolicy}, the connection pinned to the checked address; never from a public address to a private one),
 * one request at a time per host ({@link HostGate}) and Retry-After read on 429 and 503.
 */
public final class HttpFetcher {

    private static final long ERROR_BODY_LIMIT = 16 * 1024;
    /** The start of a 403's or 503's HTML page kept in the failure: a bot check's title and words are in it. */
    private static final int ANSWER_PAGE_BYTES = 64 * 1024;
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
    /**
     * The JDK client's words for a body the connection closed before its {@code Content-Length} was reached
     * ({@code fixed content-length: 1000, bytes received: 200}): said in ours, with both numbers.
     */
    private static final Pattern CUT_SHORT = Pattern.compile("fixed content-length: (\\d+), bytes received: (\\d+)");

    private final PinnedHttpClient client;
    private final FetchSettings settings;
    private final HostGate hosts;
    private final Clock clock;

    public HttpFetcher(FetchSettings settings, HostGate hosts, Clock clock) {
        this.settings = settings;
        this.hosts = hosts;
        this.clock = clock;
        this.client = new PinnedHttpClient(settings.connectTimeout()); // redirects followed here, every hop checked
    }

    public FetchSettings settings() {
        return settings;
    }

    /**
     * @param validators of the last answer, for a conditional GET
     * @return a 200 with its body, or a 304
     * @throws SourceFailure for every kind of failure, with its reason
     */
    public FetchResult fetch(URI url, Validators validators, AddressPolicy addresses) throws SourceFailure {
        long started = System.nanoTime();
        // one deadline for the whole fetch, redirects included: otherwise each hop answering just inside the limit
        // makes a fetch last (redirects + 1) times it; waiting for the host gate is not counted (not the site's time)
        Duration budget = settings.connectTimeout().plus(settings.readTimeout());
        Duration spent = Duration.ZERO;
        URI current = url;
        FetchResult.Moved moved = null;
        int redirected = 0;
        boolean permanentSoFar = true;
        boolean startedPublic = false;
        boolean startedLinkLocal = false;
        RedirectCookies cookies = new RedirectCookies();
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            AddressPolicy.Resolved target = resolve(addresses, current);
            if (hop == 0) {
                startedPublic = target.isPublic();
                startedLinkLocal = target.address().isLinkLocalAddress();
            } else if (startedPublic && !target.isPublic()) {
                // an operator may catalogue an internal source, but a public one must not lead inside
                throw new SourceFailure(FailureReason.CONNECTION, "refused: redirect from a public address to "
                        + current.getHost() + ", a private or internal address");
            } else if (!startedLinkLocal && target.address().isLinkLocalAddress()) {
                // nor may an internal one lead to the cloud metadata service (169.254.169.254 hands out the
                // machine's credentials): the operator chose the source's host, not where that server sends us
                throw new SourceFailure(FailureReason.CONNECTION, "refused: redirect from " + url.getHost() + " to "
                        + current.getHost() + ", a link-local address (the cloud metadata service lives there)");
            }
            Duration left = budget.minus(spent);
            if (left.isNegative() || left.isZero()) {
                throw overDeadline(url, current, hop);
            }
            long hopStarted = System.nanoTime();
            HttpResponse<byte[]> response;
            try (HostGate.Permit ignored = enter(current)) {
                hopStarted = System.nanoTime();
                response = send(current, target, validators, left, cookies.header(current));
            } catch (SourceFailure f) {
                Duration after = spent.plus(Duration.ofNanos(System.nanoTime() - hopStarted));
                throw f.reason() == FailureReason.TIMEOUT && hop > 0 && after.compareTo(budget) >= 0
                        ? overDeadline(url, current, hop) : f;
            }
            spent = spent.plus(Duration.ofNanos(System.nanoTime() - hopStarted));
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                // a cookie check redirects to the same address and wants its cookie back (RedirectCookies)
                cookies.remember(current, response.headers());
                current = redirectTarget(current, response);
                redirected = redirected == 0 ? status : redirected;
                permanentSoFar &= status == 301 || status == 308;
                if (permanentSoFar) {
                    moved = new FetchResult.Moved(status, current);
                }
                continue;
            }
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            if (status == 304 && !conditional(validators)) {
                // a 304 answers a conditional request; to one that sent no validators (a server or cache answering
                // 304 to everything) it leaves nothing to read: taken as "not modified", the source polled "fine"
                // for ever without an item
                throw new SourceFailure(FailureReason.HTTP_STATUS, "HTTP 304 Not Modified from " + current
                        + " to a request that sent no validators (If-None-Match, If-Modified-Since): nothing to read",
                        null, 304);
            }
            if (status == 304) {
                return new FetchResult(304, new byte[0], null, current, merge(validators, response), latency, moved,
                        redirected);
            }
            if (status == 429 || status == 503) {
                Duration retryAfter = retryAfter(response);
                throw withAnswerPage(new SourceFailure(FailureReason.HTTP_STATUS, "HTTP " + status
                        + (retryAfter == null ? "" : " (retry after " + retryAfter.toSeconds() + " s)"), retryAfter,
                        status), response);
            }
            if (status < 200 || status >= 300) {
                throw withAnswerPage(new SourceFailure(FailureReason.HTTP_STATUS, "HTTP " + status + " from "
                        + current, null, status), response);
            }
            byte[] body = decode(response);
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            URI refreshed = refreshTarget(current, body, contentType, response);
            if (refreshed != null) {
                // a stub that sends the browser on at once: a temporary redirect, as a browser takes it (PageRefresh)
                cookies.remember(current, response.headers());
                current = refreshed;
                redirected = redirected == 0 ? 302 : redirected;
                permanentSoFar = false;
                continue;
            }
            return new FetchResult(status, body, contentType, current, merge(Validators.NONE, response), latency,
                    moved, redirected);
        }
        throw new SourceFailure(FailureReason.REDIRECT, "more than " + settings.maxRedirects() + " redirects from " + url);
    }

    private static boolean conditional(Validators validators) {
        return validators != null && (validators.etag() != null || validators.lastModified() != null);
    }

    private SourceFailure overDeadline(URI url, URI current, int redirects) {
        return new SourceFailure(FailureReason.TIMEOUT, "no complete answer within "
                + seconds(settings.connectTimeout().plus(settings.readTimeout())) + " s from " + url + " after "
                + redirects + " redirect" + (redirects == 1 ? "" : "s") + " (last " + current + ")");
    }

    /** 1.5, 30: the deadline as an operator configured it. */
    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0);
    }

    private HostGate.Permit enter(URI uri) throws SourceFailure {
        try {
            return hosts.enter(uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(FailureReason.CONNECTION, "interrupted while fetching " + uri);
        }
    }

    private HttpResponse<byte[]> send(URI uri, AddressPolicy.Resolved target, Validators validators, Duration left,
                                      String cookie) throws SourceFailure {
        Duration readTimeout = left.compareTo(settings.readTimeout()) < 0 ? left : settings.readTimeout();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
                        + "text/html;q=0.8, */*;q=0.5")
                .header("Accept-Encoding", "gzip, deflate")
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (validators != null && validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        // a 2xx body past the limit fails the fetch; any other answer is decided by its status and headers, so its
        // body (an error page, read only for a bot check's words on a 403 or 503) is cut at ERROR_BODY_LIMIT instead of
        // turning the answer into too_large
        HttpResponse.BodyHandler<byte[]> handler = info -> info.statusCode() >= 200 && info.statusCode() < 300
                ? new LimitedBodySubscriber(settings.maxBodyBytes())
                : LimitedBodySubscriber.truncating(ERROR_BODY_LIMIT);
        Duration deadline = left;
        try {
            CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), target, handler);
            try {
                return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new SourceFailure(FailureReason.TIMEOUT, "no complete answer within " + seconds(deadline)
                        + " s from " + uri);
            } catch (ExecutionException e) {
                throw failure(uri, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceFailure(FailureReason.CONNECTION, "interrupted while fetching " + uri);
        }
    }

    private SourceFailure failure(URI uri, Throwable cause) {
        Throwable t = cause;
        while (t != null) {
            if (t instanceof LimitedBodySubscriber.BodyTooLargeException) {
                return new SourceFailure(FailureReason.TOO_LARGE, "body larger than " + settings.maxBodyBytes()
                        + " bytes from " + uri);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new SourceFailure(FailureReason.TIMEOUT, "connect timeout after "
                        + settings.connectTimeout().toSeconds() + " s to " + uri);
            }
            if (t instanceof HttpTimeoutException) {
                return new SourceFailure(FailureReason.TIMEOUT, "read timeout after "
                        + settings.readTimeout().toSeconds() + " s from " + uri);
            }
            if (t instanceof ConnectException) {
                return new SourceFailure(FailureReason.CONNECTION, "connection refused by " + uri.getHost()
                        + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
            }
            Matcher cut = t instanceof IOException && t.getMessage() != null
                    ? CUT_SHORT.matcher(t.getMessage()) : null;
            if (cut != null && cut.matches()) {
                return new SourceFailure(FailureReason.CONNECTION, "the answer from " + uri + " ended after "
                        + cut.group(2) + " of the " + cut.group(1) + " bytes its Content-Length announced (the "
                        + "connection was closed)", cause);
            }
            t = t.getCause();
        }
        String message = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new SourceFailure(FailureReason.CONNECTION, message + " (" + uri + ")", cause);
    }

    private URI redirectTarget(URI from, HttpResponse<?> response) throws SourceFailure {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            throw new SourceFailure(FailureReason.REDIRECT, "HTTP " + response.statusCode() + " without a Location");
        }
        return checkedTarget(from, location);
    }

    /**
     * Where a page's refresh sends the browser on at once ({@link PageRefresh}), checked as a redirect's Location is;
     * null when it does not, or only reloads the page itself.
     */
    private URI refreshTarget(URI from, byte[] body, String contentType, HttpResponse<?> response) throws SourceFailure {
        String refresh = PageRefresh.target(body, contentType, response.headers().firstValue("Refresh").orElse(null));
        if (refresh == null) {
            return null;
        }
        URI target = checkedTarget(from, refresh);
        return target.equals(from) ? null : target;
    }

    private URI checkedTarget(URI from, String location) throws SourceFailure {
        URI target;
        try {
            target = RelativeLinks.resolve(from, URI.create(LinkText.asUriText(location.strip())));
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(FailureReason.REDIRECT, "redirect to an invalid URL: " + location);
        }
        if (target.getScheme() == null || !target.getScheme().matches("(?i)https?")) {
            throw new SourceFailure(FailureReason.REDIRECT, "redirect to a non-http(s) URL: " + location);
        }
        if (Endpoint.hasCredentials(target)) {
            // refused as the catalogue refuses them, and never echoed: the fetcher would not send them, and the URL
            // ends up in the "moved" note, log lines, status events and the API
            throw new SourceFailure(FailureReason.REDIRECT, "redirect from " + from
                    + " to a URL with credentials (user:password@), refused");
        }
        if (Endpoint.portProblem(target) != null) {
            throw new SourceFailure(FailureReason.REDIRECT, "redirect from " + from + " to " + target + ": "
                    + Endpoint.portProblem(target));
        }
        return target;
    }

    private static AddressPolicy.Resolved resolve(AddressPolicy addresses, URI uri) throws SourceFailure {
        try {
            return addresses.resolve(uri);
        } catch (AddressPolicy.BlockedAddressException e) {
            if (e.unknownHost()) {
                // not "refused": that is the address policy's word for an internal address kept out on purpose, and
                // an operator reading it looks for a setting to allow the host instead of checking its spelling
                throw new SourceFailure(FailureReason.CONNECTION, "unknown host " + uri.getHost() + ": the name does "
                        + "not resolve (DNS) — check the host in the URL; a domain that lapsed, or a DNS outage here, "
                        + "answers so too");
            }
            throw new SourceFailure(FailureReason.CONNECTION, "refused: " + e.getMessage());
        }
    }

    /**
     * A 403 or 503 with the start of the HTML page it came with: bot checks (Cloudflare, DDoS-Guard) answer so as often
     * as with 200, and their page says what they are — until 7 December 2026 the poll said only "HTTP 403". Any other
     * answer, or a body that cannot be decoded, is the failure as it was.
     */
    private SourceFailure withAnswerPage(SourceFailure failure, HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (failure.httpStatus() != 403 && failure.httpStatus() != 503
                || !contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return failure;
        }
        try {
            byte[] body = decode(response);
            return failure.withAnswerPage(Arrays.copyOf(body, Math.min(body.length, ANSWER_PAGE_BYTES)), contentType);
        } catch (SourceFailure unreadable) {
            return failure;
        }
    }

    private byte[] decode(HttpResponse<byte[]> response) throws SourceFailure {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim()
                .toLowerCase(Locale.ROOT);
        byte[] body = response.body();
        if (encoding.equals("identity") || encoding.isEmpty() || body.length == 0) {
            return body;
        }
        // the standard's deflate is zlib-wrapped; some servers send raw deflate, which browsers read as well
        Inflater inflater = encoding.equals("deflate") ? new Inflater(!zlibWrapped(body)) : null;
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
            case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body), inflater);
            default -> throw new SourceFailure(FailureReason.PARSE_ERROR, "unsupported Content-Encoding " + encoding);
        }) {
            // the limit applies to the decompressed size too: a small gzip bomb must not fill the heap
            byte[] decoded = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
            if (decoded.length > settings.maxBodyBytes()) {
                throw new SourceFailure(FailureReason.TOO_LARGE, "decompressed body larger than "
                        + settings.maxBodyBytes() + " bytes");
            }
            return decoded;
        } catch (IOException e) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, "corrupt " + encoding + " body: " + e.getMessage(), e);
        } finally {
            if (inflater != null) {
                inflater.end(); // an inflater passed in is not ended by its stream: its native memory is freed here
            }
        }
    }

    /** A zlib stream (RFC 1950) starts with a method byte of 8 and a header whose 16 bits are a multiple of 31. */
    private static boolean zlibWrapped(byte[] body) {
        return body.length >= 2 && (body[0] & 0x0F) == 8 && (((body[0] & 0xFF) << 8) | (body[1] & 0xFF)) % 31 == 0;
    }

    private static Validators merge(Validators previous, HttpResponse<?> response) {
        String etag = response.headers().firstValue("ETag").orElse(previous == null ? null : previous.etag());
        String lastModified = response.headers().firstValue("Last-Modified")
                .orElse(previous == null ? null : previous.lastModified());
        return new Validators(etag, lastModified);
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable; at most a day. */
    Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        return parseRetryAfter(value, clock.instant());
    }

    /** RFC 9110 §5.6.7's obsolete forms of an HTTP date, which a recipient must still read. */
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEEE, dd-MMM-").appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("EEE MMM ppd HH:mm:ss yyyy").toFormatter(Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Duration d;
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // delay-seconds; a number too long for a long is a very long wait, not none
            d = v.length() > 18 ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(v));
        } else {
            Instant at = httpDate(v);
            if (at == null) {
                return null;
            }
            d = Duration.between(now, at);
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    /** IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), RFC 850 or asctime; null when none of them. */
    private static Instant httpDate(String v) {
        for (DateTimeFormatter form : new DateTimeFormatter[]{DateTimeFormatter.RFC_1123_DATE_TIME, RFC_850, ASCTIME}) {
            try {
                return ZonedDateTime.parse(v, form).toInstant();
            } catch (RuntimeException notThisForm) {
                // the next form
            }
        }
        return null;
    }
}
