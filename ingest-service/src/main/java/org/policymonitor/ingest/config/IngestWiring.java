package org.policymonitor.ingest.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.policymonitor.ingest.archive.ArticleArchiver;
import org.policymonitor.ingest.article.ArticleReader;
import org.policymonitor.ingest.article.HttpArticleReader;
import org.policymonitor.ingest.article.MainTextExtractor;
import org.policymonitor.ingest.article.RobotsTxt;
import org.policymonitor.ingest.fetch.FetchSettings;
import org.policymonitor.ingest.fetch.HostGate;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.poll.FullTextStep;
import org.policymonitor.ingest.poll.HealthRules;
import org.policymonitor.ingest.poll.ItemPublisher;
import org.policymonitor.ingest.poll.PollMetrics;
import org.policymonitor.ingest.poll.PollScheduler;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.CatalogueHolder;
import org.policymonitor.ingest.state.DedupRetention;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.platform.retry.Backoff;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the plain-Java parts of the service from configuration (keys documented in the README). */
@ApplicationScoped
public class IngestWiring {

    @Inject
    FetchConfig fetch;
    @Inject
    PollerConfig polling;
    @Inject
    HealthConfig health;
    @Inject
    DedupConfig dedup;
    @Inject
    SourcesConfig sources;

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    HostGate hostGate() {
        return new HostGate();
    }

    @Produces
    @Singleton
    FetchSettings fetchSettings() {
        return new FetchSettings(fetch.connectTimeout(), fetch.readTimeout(), fetch.maxBodyBytes(),
                fetch.maxRedirects(), fetch.userAgent());
    }

    @Produces
    @Singleton
    HttpFetcher fetcher(FetchSettings settings, HostGate hosts, Clock clock) {
        return new HttpFetcher(settings, hosts, clock);
    }

    /** The article reader: its own limits, the feeds' host gate (politeness is per host) and User-Agent. */
    @Produces
    @Singleton
    HttpArticleReader articleReader(FullTextConfig config, FetchSettings feeds, HostGate hosts, Clock clock) {
        HttpFetcher articles = new HttpFetcher(new FetchSettings(config.connectTimeout(), config.readTimeout(),
                config.maxBodyBytes(), feeds.maxRedirects(), feeds.userAgent()), hosts, clock);
        RobotsTxt robots = new RobotsTxt(articles, config.robotsAgent(), config.robotsCache(), config.robotsRetry(),
                config.robotsMaxHosts(), clock);
        return new HttpArticleReader(articles, robots, new MainTextExtractor(), config.allowPrivateAddresses());
    }

    @Produces
    @Singleton
    FullTextStep fullTextStep(ArticleReader reader, FullTextConfig config) {
        return new FullTextStep(reader, config.pollBudget());
    }

    @Produces
    @Singleton
    DocumentParser documentParser() {
        return new DocumentParser(fetch.minBodyBytes());
    }

    @Produces
    @Singleton
    Backoff backoff() {
        // a website's Retry-After is honoured up to a day (what HttpFetcher reads of it), beyond the backoff's cap
        return new Backoff(polling.backoff().initial(), polling.backoff().max(), Duration.ofDays(1),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    @Produces
    @Singleton
    HealthRules healthRules() {
        return new HealthRules(health.failingAfter());
    }

    @Produces
    @Singleton
    SourcePoller poller(StateStore store, HttpFetcher fetcher, DocumentParser parser, ItemPublisher publisher,
                        PollMetrics metrics, Backoff backoff, HealthRules health, Clock clock, FullTextStep fullText,
                        ArticleArchiver archive) {
        return new SourcePoller(instanceName(), store, fetcher, parser, publisher, metrics, backoff, health,
                polling.lease(), clock, fullText, archive, polling.maxNewItems(), polling.maxPages());
    }

    @Produces
    @Singleton
    PollScheduler.Settings pollSchedule() {
        return new PollScheduler.Settings(polling.threads(), polling.enabled());
    }

    @Produces
    @Singleton
    DedupRetention.Settings dedupRetention() {
        return new DedupRetention.Settings(dedup.retention());
    }

    @Produces
    @Singleton
    CatalogueHolder.Settings catalogueFile() {
        return new CatalogueHolder.Settings(sources.file());
    }

    /** host-random: unique per process, readable in the lease column. */
    static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "ingest";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
