package org.policymonitor.ingest.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.policymonitor.ingest.poll.PollMetrics;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.publish.KafkaItemPublisher;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.platform.retry.Backoff;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the plain-Java parts of the service from configuration (keys documented in the README). */
@ApplicationScoped
public class IngestWiring {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The Kafka client's authentication, as the messaging channels get it from {@code kafka.*}. */
    @ConfigProperty(name = "kafka.security.protocol", defaultValue = "PLAINTEXT")
    String kafkaSecurityProtocol;

    @ConfigProperty(name = "kafka.sasl.mechanism", defaultValue = "SCRAM-SHA-512")
    String kafkaSaslMechanism;

    @ConfigProperty(name = "kafka.sasl.jaas.config")
    java.util.Optional<String> kafkaSaslJaasConfig;

    @ConfigProperty(name = "policy.fetch.connect-timeout", defaultValue = "PT10S")
    Duration connectTimeout;
    @ConfigProperty(name = "policy.fetch.read-timeout", defaultValue = "PT30S")
    Duration readTimeout;
    @ConfigProperty(name = "policy.fetch.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;
    @ConfigProperty(name = "policy.fetch.min-body-bytes", defaultValue = "64")
    int minBodyBytes;
    @ConfigProperty(name = "policy.fetch.max-redirects", defaultValue = "5")
    int maxRedirects;
    @ConfigProperty(name = "policy.fetch.user-agent", defaultValue = FetchSettings.DEFAULT_USER_AGENT)
    String userAgent;

    @ConfigProperty(name = "policy.poller.lease", defaultValue = "PT5M")
    Duration lease;
    @ConfigProperty(name = "policy.poller.backoff.initial", defaultValue = "PT1M")
    Duration backoffInitial;
    @ConfigProperty(name = "policy.poller.backoff.max", defaultValue = "PT1H")
    Duration backoffMax;
    @ConfigProperty(name = "policy.health.failing-after", defaultValue = "1")
    int failingAfter;
    @ConfigProperty(name = "policy.publish.timeout", defaultValue = "PT15S")
    Duration publishTimeout;

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
        return new FetchSettings(connectTimeout, readTimeout, maxBodyBytes, maxRedirects, userAgent);
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
        return new DocumentParser(minBodyBytes);
    }

    @Produces
    @Singleton
    KafkaItemPublisher publisher() {
        Map<String, String> security = new java.util.HashMap<>();
        security.put("security.protocol", kafkaSecurityProtocol);
        if (kafkaSecurityProtocol.startsWith("SASL")) {
            security.put("sasl.mechanism", kafkaSaslMechanism);
            kafkaSaslJaasConfig.ifPresent(jaas -> security.put("sasl.jaas.config", jaas));
        }
        return new KafkaItemPublisher(bootstrapServers, publishTimeout, security);
    }

    void close(@Disposes KafkaItemPublisher publisher) {
        publisher.close();
    }

    @Produces
    @Singleton
    Backoff backoff() {
        // a website's Retry-After is honoured up to a day (what HttpFetcher reads of it), beyond the backoff's cap
        return new Backoff(backoffInitial, backoffMax, Duration.ofDays(1), () -> ThreadLocalRandom.current().nextDouble());
    }

    @Produces
    @Singleton
    HealthRules healthRules() {
        return new HealthRules(failingAfter);
    }

    @Produces
    @Singleton
    SourcePoller poller(StateStore store, HttpFetcher fetcher, DocumentParser parser, KafkaItemPublisher publisher,
                        PollMetrics metrics, Backoff backoff, HealthRules health, Clock clock, FullTextStep fullText,
                        ArticleArchiver archive) {
        return new SourcePoller(instanceName(), store, fetcher, parser, publisher, metrics, backoff, health, lease,
                clock, fullText, archive);
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
