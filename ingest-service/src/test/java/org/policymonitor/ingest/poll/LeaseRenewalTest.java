package org.policymonitor.ingest.poll;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.FeedsAndBroker.Feed;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.fetch.HostGate;
import org.policymonitor.ingest.state.SourceStateEntity;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.Deadlines;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A source's lease is short and a running poll keeps it alive: a poll that takes longer than the lease (a broker slow
 * to acknowledge, article pages, a slow host) keeps its source — no other instance polls it meanwhile, and what it
 * publishes is saved — while a crashed instance's sources are free again one lease later (the fault suite killed
 * ingest-service mid-poll: with a lease of five minutes, its source went unpolled for that long after the restart).
 */
@QuarkusTest
class LeaseRenewalTest {

    /**
     * Far shorter than the poll below, which the test holds for as long as it needs, yet long enough for a loaded
     * machine: a renewal thread kept from the CPU for over two thirds of it (a third of the lease is the renewal
     * period) would lose a running poll its lease. (At 2 s, a pause of two seconds between the killed instance's
     * claim and the next instance's attempt also let that lease run out first; the killed instance's lease is
     * now one of its own, ended by the test.)
     */
    private static final Duration LEASE = Duration.ofSeconds(10);

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    StateStore store;
    @Inject
    Pollers pollers;

    @Test
    void aPollLongerThanItsLeaseKeepsTheSourceAndSavesWhatItPublished() throws Exception {
        Feed feed = infra.feed("renewed").serve(id -> TestFeeds.rss(id, 1, 3));
        HeldPublisher held = new HeldPublisher(pollers.onTopic(Topics.ITEMS_RAW));
        SourcePoller slow = pollers.poller("instance-slow", held, new HostGate(), LEASE);
        SourcePoller other = pollers.poller("instance-other", pollers.onTopic(Topics.ITEMS_RAW), new HostGate(), LEASE);

        CompletableFuture<PollReport> polling = CompletableFuture.supplyAsync(() -> slow.poll(feed.source(), true));
        assertThat(held.entered.await(Deadlines.ARRIVES.toSeconds(), TimeUnit.SECONDS)).as("publish reached").isTrue();
        Instant firstDeadline = leaseUntil(feed.id());
        // the poll is held past the end of its first lease (a renewal made after that moment, a third of a lease
        // apart, sets the lease beyond firstDeadline + LEASE): the lease moves on with it. Until 6 December 2026 the
        // test waited for two leases more (23 s); one proves the same, as every renewal is the same statement
        await().atMost(Deadlines.ARRIVES).until(() -> leaseUntil(feed.id()).isAfter(firstDeadline.plus(LEASE)));
        assertThat(other.poll(feed.source(), true).outcome()).as("another instance while the slow poll runs")
                .isEqualTo(PollReport.Outcome.SKIPPED);

        held.proceed.countDown();
        PollReport report = polling.get(Deadlines.ARRIVES.toSeconds(), TimeUnit.SECONDS);
        assertThat(report.outcome()).as(report.toString()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(store.publishedCount(feed.id())).as("remembered as published").isEqualTo(3);
        assertThat(store.leaseOwner(feed.id())).as("given back at the end").isEmpty();
    }

    @Test
    void theLeaseOfAPollThatNeverEndedRunsOutOneLeaseLater() {
        Feed feed = infra.feed("crashed").serve(id -> TestFeeds.rss(id, 1, 2));
        // a process killed mid-poll: its lease stays in the table, and nobody renews it. A lease no pause of a loaded
        // machine outlasts, as it ends when the test says (below), not when the clock gets there
        Duration killedLease = Deadlines.ARRIVES;
        Instant beforeClaim = Instant.now().truncatedTo(ChronoUnit.MICROS);
        assertThat(store.claim(feed.id(), LeaseHolder.forPoll("instance-killed"), killedLease, true)).isTrue();
        SourcePoller restarted = pollers.poller("instance-restarted", pollers.onTopic(Topics.ITEMS_RAW), new HostGate(), LEASE);
        assertThat(restarted.poll(feed.source(), true).outcome()).as("while the dead poll's lease lasts")
                .isEqualTo(PollReport.Outcome.SKIPPED);
        assertThat(leaseUntil(feed.id())).as("the dead poll's lease ends one lease after its claim")
                .isBetween(beforeClaim.plus(killedLease), Instant.now().plus(killedLease));

        // one lease later: the database's clock passes lease_until. The lease is moved back by one lease rather than
        // waited out (a 10 s lease waited out in every run until 6 December 2026, and the skip above had to come
        // within those 10 s): lease_until < now() is all a claim compares
        runsOut(feed.id(), killedLease);
        assertThat(restarted.poll(feed.source(), true).outcome()).as("once the dead poll's lease ran out")
                .isEqualTo(PollReport.Outcome.POLLED);
        assertThat(store.publishedCount(feed.id())).isEqualTo(2);
    }

    /** Moves the source's lease back in time by its length, as if that long had passed since its claim. */
    private static void runsOut(String sourceId, Duration lease) {
        QuarkusTransaction.requiringNew().run(() -> {
            SourceStateEntity row = SourceStateEntity.findById(sourceId);
            row.leaseUntil = row.leaseUntil.minus(lease);
        });
    }

    private static Instant leaseUntil(String sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SourceStateEntity row = SourceStateEntity.findById(sourceId);
            return row == null || row.leaseUntil == null ? Instant.EPOCH : row.leaseUntil;
        });
    }

    /** The service's publisher, held at the first publish until the test lets it go (a broker slow to answer). */
    private static final class HeldPublisher implements ItemPublisher {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch proceed = new CountDownLatch(1);
        private final ItemPublisher delegate;

        HeldPublisher(ItemPublisher delegate) {
            this.delegate = delegate;
        }

        @Override
        public PublishResult publish(List<FeedItem> items) {
            entered.countDown();
            try {
                if (!proceed.await(Deadlines.FLOWS.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the publish go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return delegate.publish(items);
        }

        @Override
        public boolean publishStatus(SourceStatus status) {
            return delegate.publishStatus(status);
        }
    }
}
