package org.policymonitor.ingest.article;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.policymonitor.ingest.fetch.FetchResult;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.platform.cache.LruMaps;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.ingest.source.SourceFailure;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The robots.txt rules of article hosts, fetched with the feeds' fetcher (politeness, limits, address rules) and
 * kept per origin (scheme, host, port) for {@code ttl}; parsed by crawler-commons for our agent token.
 * <p>
 * As RFC 9309 and Google do: a robots.txt answering 4xx (404, 410, 403) means no rules — everything is allowed; a
 * 429, a 5xx or no answer at all (timeout, refused connection) means everything is disallowed for now — kept for the
 * shorter {@code failureTtl} so the host is asked again soon, not hammered on every article.
 */
public final class RobotsTxt {

    /** Whether a page may be fetched; when not, the reason (an {@link ArticleFailure} description). */
    public record Verdict(boolean allowed, String reason) {
        static final Verdict ALLOWED = new Verdict(true, null);
    }

    private record Entry(BaseRobotRules rules, String unavailable, Instant expires) {
    }

    private final HttpFetcher fetcher;
    private final String agent;
    private final Duration ttl;
    private final Duration failureTtl;
    private final Clock clock;
    private final Map<String, Entry> cache;

    /**
     * @param agent    our product token in robots.txt ({@code User-agent: PolicyMonitor}), matched case-insensitively
     * @param maxHosts origins kept at most (least recently used dropped first)
     */
    public RobotsTxt(HttpFetcher fetcher, String agent, Duration ttl, Duration failureTtl, int maxHosts, Clock clock) {
        this.fetcher = fetcher;
        this.agent = agent.toLowerCase(Locale.ROOT);
        this.ttl = ttl;
        this.failureTtl = failureTtl;
        this.clock = clock;
        this.cache = LruMaps.bounded(maxHosts);
    }

    public Verdict check(URI page, AddressPolicy addresses) {
        URI robots = robotsUrl(page);
        String origin = robots.getScheme() + "://" + robots.getRawAuthority();
        Entry entry;
        synchronized (cache) {
            entry = cache.get(origin);
        }
        if (entry == null || !clock.instant().isBefore(entry.expires())) {
            entry = load(robots, addresses);
            synchronized (cache) {
                cache.put(origin, entry);
            }
        }
        if (entry.unavailable() != null) {
            return new Verdict(false, ArticleFailure.ROBOTS_UNAVAILABLE.describe(entry.unavailable()));
        }
        if (entry.rules().isAllowed(page.toString())) {
            return Verdict.ALLOWED;
        }
        return new Verdict(false, ArticleFailure.ROBOTS.describe("disallowed for " + agent + " by " + robots));
    }

    private Entry load(URI robots, AddressPolicy addresses) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        Instant now = clock.instant();
        try {
            FetchResult result = fetcher.fetch(robots, Validators.NONE, addresses);
            BaseRobotRules rules = parser.parseContent(robots.toString(), result.body(),
                    result.contentType() == null ? "text/plain" : result.contentType(), List.of(agent));
            return new Entry(rules, null, now.plus(ttl));
        } catch (SourceFailure f) {
            int status = f.httpStatus();
            if (status >= 400 && status < 500 && status != 429) {
                return new Entry(parser.failedFetch(status), null, now.plus(ttl)); // no robots.txt: no rules
            }
            String why = status > 0 ? "answered HTTP " + status : "could not be read (" + f.describe() + ")";
            return new Entry(null, robots + " " + why + "; the host counts as disallowed until it answers",
                    now.plus(failureTtl));
        }
    }

    static URI robotsUrl(URI page) {
        return URI.create(page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getRawAuthority() + "/robots.txt");
    }
}
