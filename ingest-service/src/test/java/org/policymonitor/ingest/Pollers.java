package org.policymonitor.ingest;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.fetch.FetchSettings;
import org.policymonitor.ingest.fetch.HostGate;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.messaging.EmitterRecordSender;
import org.policymonitor.ingest.messaging.KafkaItemPublisher;
import org.policymonitor.ingest.messaging.RecordSender;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.poll.ArticleArchive;
import org.policymonitor.ingest.poll.FullTextStep;
import org.policymonitor.ingest.poll.HealthRules;
import org.policymonitor.ingest.poll.ItemPublisher;
import org.policymonitor.ingest.poll.PollMetrics;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.poll.StateRepository;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.platform.retry.Backoff;

import java.time.Clock;
import java.time.Duration;

/**
 * Pollers and publishers that tests wire by hand: a poller with another owner (another instance, or the same one
 * after a restart) built from the service's own parts, and publishers on the service's channel for another topic or
 * on the {@link TestChannels} (another instance's producer, a broker that is away, a small request limit).
 */
@ApplicationScoped
public class Pollers {

    /** A poll's lease in tests (the tests' polls take seconds). */
    public static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    StateStore store;
    @Inject
    HttpFetcher fetcher;
    @Inject
    DocumentParser parser;
    @Inject
    PollMetrics metrics;
    @Inject
    Backoff backoff;
    @Inject
    HealthRules health;
    @Inject
    RecordSender service;

    @Inject
    @Channel(TestChannels.SECOND_INSTANCE)
    MutinyEmitter<String> secondInstance;
    @Inject
    @Channel(TestChannels.DEAD_BROKER)
    MutinyEmitter<String> deadBroker;
    @Inject
    @Channel(TestChannels.SMALL_REQUESTS)
    MutinyEmitter<String> smallRequests;

    /** A poller of another instance: its own owner id and HTTP client (host gate), the same database. */
    public SourcePoller poller(String owner, ItemPublisher publisher) {
        return poller(owner, publisher, new HostGate(), LEASE);
    }

    public SourcePoller poller(String owner, ItemPublisher publisher, HostGate gate, Duration lease) {
        return new SourcePoller(owner, store, new HttpFetcher(fetcher.settings(), gate, Clock.systemUTC()), parser,
                publisher, metrics, backoff, health, lease, Clock.systemUTC());
    }

    /**
     * A poller of another instance whose fetch gives up on an answer after {@code readTimeout}: the test profile's
     * fetch timeouts are sized for a loaded machine (a local feed answered after more than 2 s at load ~50), so a
     * test about the timeout shortens it for itself.
     */
    public SourcePoller withReadTimeout(String owner, ItemPublisher publisher, Duration readTimeout) {
        FetchSettings profile = fetcher.settings();
        FetchSettings impatient = new FetchSettings(profile.connectTimeout(), readTimeout, profile.maxBodyBytes(),
                profile.maxRedirects(), profile.userAgent());
        return new SourcePoller(owner, store, new HttpFetcher(impatient, new HostGate(), Clock.systemUTC()), parser,
                publisher, metrics, backoff, health, LEASE, Clock.systemUTC());
    }

    /** A poller of this instance whose database is {@code state} (e.g. a {@link DelegatingState} with a fault injected). */
    public SourcePoller poller(String owner, StateRepository state, ItemPublisher publisher) {
        return poller(owner, state, publisher, new HostGate(), LEASE);
    }

    public SourcePoller poller(String owner, StateRepository state, ItemPublisher publisher, HostGate gate, Duration lease) {
        return new SourcePoller(owner, state, new HttpFetcher(fetcher.settings(), gate, Clock.systemUTC()),
                parser, publisher, metrics, backoff, health, lease, Clock.systemUTC());
    }

    /**
     * A poller of a large document: production's fetch settings (a body up to 10 MB; the tests' profile takes 1 MB),
     * a lease of minutes (one poll of such a document takes tens of seconds on a loaded machine) and at most
     * {@code maxNewItems} new items published per poll.
     */
    public SourcePoller largeDocumentPoller(String owner, ItemPublisher publisher, int maxNewItems) {
        return new SourcePoller(owner, store, new HttpFetcher(FetchSettings.defaults(), new HostGate(), Clock.systemUTC()),
                parser, publisher, metrics, backoff, health, Duration.ofMinutes(5), Clock.systemUTC(), FullTextStep.NONE,
                ArticleArchive.NONE, maxNewItems);
    }

    /** The service's channel, publishing the items to {@code itemsTopic} (dead letters to its {@code .dlq}). */
    public KafkaItemPublisher onTopic(String itemsTopic) {
        return new KafkaItemPublisher(service, itemsTopic, Duration.ofSeconds(10));
    }

    /** Another instance's producer on the test broker. */
    public KafkaItemPublisher secondInstance() {
        return new KafkaItemPublisher(new EmitterRecordSender(secondInstance), Topics.ITEMS_RAW, Duration.ofSeconds(10));
    }

    /** A producer whose broker is away: nothing it sends is acknowledged (2 s deadlines). */
    public KafkaItemPublisher deadBroker() {
        return new KafkaItemPublisher(new EmitterRecordSender(deadBroker), Topics.ITEMS_RAW, Duration.ofSeconds(2));
    }

    /** A producer that refuses records over 16 KB itself ({@code max.request.size}), publishing to {@code itemsTopic}. */
    public KafkaItemPublisher smallRequests(String itemsTopic) {
        return new KafkaItemPublisher(new EmitterRecordSender(smallRequests), itemsTopic, Duration.ofSeconds(10));
    }
}
