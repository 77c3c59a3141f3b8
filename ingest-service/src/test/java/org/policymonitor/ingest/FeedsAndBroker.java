package org.policymonitor.ingest;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.util.function.Function;

/**
 * What a test of polls needs around the service: a local web server for the feeds and pages it reads, and a Kafka
 * client on the test broker to see what it published. Started before the class's first test, closed after its last:
 * <pre>
 * &#64;RegisterExtension
 * static final FeedsAndBroker infra = new FeedsAndBroker();
 * </pre>
 */
public final class FeedsAndBroker implements BeforeAllCallback, AfterAllCallback {

    private FeedServer server;
    private KafkaTestClient kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new FeedServer();
        kafka = new KafkaTestClient();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        kafka.close();
    }

    /** The web server of the feeds and article pages. */
    public FeedServer server() {
        return server;
    }

    /** A client of the test broker (subscribe to see what was published). */
    public KafkaTestClient kafka() {
        return kafka;
    }

    /**
     * A feed of the test's own on the server, at {@code /<id>/rss}, and the source that polls it: what most poll tests
     * begin with — {@code infra.feed("renewed").serve(id -> TestFeeds.rss(id, 1, 3))}; the id is unique, so tests
     * never share a source.
     */
    public Feed feed(String prefix) {
        String id = TestFeeds.uniqueId(prefix);
        String path = "/" + id + "/rss";
        return new Feed(id, path, TestFeeds.feedSource(id, server.url(path)), server);
    }

    /**
     * One test's feed.
     *
     * @param id     the source's id, which the document's items carry in their links and guids ({@link TestFeeds#rss})
     * @param path   where the server answers it
     * @param source the source definition of a poll of it
     */
    public record Feed(String id, String path, SourceDefinition source, FeedServer server) {

        /** Serves the feed's document from now on (200, RSS, no validators: every poll reads it whole). */
        public Feed serve(Function<String, byte[]> rssOfId) {
            server.serve(path, Reply.of(200, "application/rss+xml", rssOfId.apply(id)));
            return this;
        }

        /** Serves the feed's document with an ETag from now on: a poll that sends it back hears 304. */
        public Feed serve(Function<String, byte[]> rssOfId, String etag) {
            server.serveFeed(path, rssOfId.apply(id), "application/rss+xml; charset=utf-8", etag);
            return this;
        }
    }
}
