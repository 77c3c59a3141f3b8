package org.policymonitor.ingest.poll;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.DelegatingState;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.FeedsAndBroker.Feed;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.state.StateStore;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database fails at the end of a poll, when the poller gives its lease back (the fault suite's "ingest-service
 * database down 90 s" met this): the lease stays in the table with this instance's name until it runs out — the
 * tests' 30 s, a deployment's minutes. Once the database is back, the same instance must poll the source again at
 * once, not leave it unpolled, and with it every item published meanwhile, until the lease expires.
 */
@QuarkusTest
class StrandedLeaseTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    StateStore store;
    @Inject
    Pollers pollers;

    @Test
    void aLeaseTheDatabaseFailedToGiveBackIsTakenBackByItsOwnerOnTheNextPoll() {
        Feed feed = infra.feed("stranded").serve(id -> TestFeeds.rss(id, 1, 2));
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        SourcePoller poller = pollers.poller("instance-stranded", new FailingRelease(store, databaseDown),
                pollers.onTopic(Topics.ITEMS_RAW));

        assertThatThrownBy(() -> poller.poll(feed.source(), true)).hasMessageContaining("database is down");
        assertThat(store.leaseOwner(feed.id())).as("the lease left behind").contains("instance-stranded");

        databaseDown.set(false);
        feed.serve(id -> TestFeeds.rss(id, 1, 3));
        PollReport next = poller.poll(feed.source(), true);
        assertThat(next.outcome()).as(next.toString()).isEqualTo(PollReport.Outcome.POLLED);
        assertThat(next.newItems()).isEqualTo(1);
        assertThat(store.leaseOwner(feed.id())).as("given back this time").isEmpty();
    }

    /**
     * Two polls of one source on the same instance (the scheduler's and an operator's "poll now") both find the
     * stranded lease and both give it back. The one that gives it back late must give back only the stranded lease,
     * not the lease the other poll has taken meanwhile: with leases told apart by the instance's name alone it did,
     * then claimed the source itself, and both polled it at once.
     */
    @Test
    void givingBackAStrandedLeaseLateDoesNotReleaseTheLeaseOfAPollUnderWay() throws Exception {
        Feed feed = infra.feed("stranded-race").serve(id -> TestFeeds.rss(id, 1, 2));
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        CountDownLatch lateGiverWaiting = new CountDownLatch(1);
        CountDownLatch lateGiverGoes = new CountDownLatch(1);
        CountDownLatch lateGiveBackDone = new CountDownLatch(1);
        CountDownLatch underWay = new CountDownLatch(1);
        AtomicInteger releases = new AtomicInteger();
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch earlyDone = new CountDownLatch(1);
        StateRepository orchestrated = new FailingRelease(store, databaseDown) {
            @Override
            public boolean claim(String sourceId, String owner, Duration ttl, boolean ignoreSchedule) {
                if (lateGiveBackDone.getCount() == 0) {
                    // the late poll claims only once the early one has finished, so that the early poll renews and
                    // saves while the late give-back has (or has not) released its lease: no interleaving hides it
                    await(earlyDone);
                }
                return super.claim(sourceId, owner, ttl, ignoreSchedule);
            }

            @Override
            public void release(String sourceId, String owner) {
                if (!databaseDown.get() && releases.incrementAndGet() == 1) {
                    // the late poll: it found the lease stranded, then the other poll overtakes it
                    lateGiverWaiting.countDown();
                    await(lateGiverGoes);
                    super.release(sourceId, owner);
                    lateGiveBackDone.countDown();
                    return;
                }
                super.release(sourceId, owner);
            }

            @Override
            public SourceState load(String sourceId) {
                if (loads.incrementAndGet() == 2) {
                    // the poll that overtook holds its lease now, and reads the state while the late one gives back
                    underWay.countDown();
                    await(lateGiveBackDone);
                }
                return super.load(sourceId);
            }
        };
        SourcePoller poller = pollers.poller("instance-race", orchestrated, pollers.onTopic(Topics.ITEMS_RAW));
        assertThatThrownBy(() -> poller.poll(feed.source(), true)).hasMessageContaining("database is down");
        databaseDown.set(false);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<PollReport> late = threads.submit(() -> poller.poll(feed.source(), true));
            assertThat(lateGiverWaiting.await(30, TimeUnit.SECONDS)).isTrue();
            Future<PollReport> early = threads.submit(() -> poller.poll(feed.source(), true));
            assertThat(underWay.await(30, TimeUnit.SECONDS)).as("the early poll holds the lease").isTrue();
            lateGiverGoes.countDown();
            PollReport earlyReport = early.get(60, TimeUnit.SECONDS);
            earlyDone.countDown();
            PollReport lateReport = late.get(60, TimeUnit.SECONDS);
            assertThat(earlyReport.outcome()).as(earlyReport.toString()).isEqualTo(PollReport.Outcome.POLLED);
            // after the early poll, the source is free again: the late poll may take it, and finds nothing new
            assertThat(lateReport.newItems()).as("the late poll, after the early one: " + lateReport).isZero();
        } finally {
            threads.shutdownNow();
        }
        assertThat(store.leaseOwner(feed.id())).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other poll never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service's store, whose lease release fails while the "database is down". */
    private static class FailingRelease extends DelegatingState {
        private final AtomicBoolean down;

        FailingRelease(StateStore store, AtomicBoolean down) {
            super(store);
            this.down = down;
        }

        @Override
        public void release(String sourceId, String owner) {
            if (down.get()) {
                throw new IllegalStateException("the database is down (injected at the lease's release)");
            }
            super.release(sourceId, owner);
        }
    }
}
