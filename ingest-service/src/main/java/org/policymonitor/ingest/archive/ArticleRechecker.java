package org.policymonitor.ingest.archive;

import org.jboss.logging.Logger;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.ItemChange;
import org.policymonitor.ingest.article.ArticleReader;
import org.policymonitor.ingest.article.ArticleText;
import org.policymonitor.ingest.poll.LeaseKeeper;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.platform.threads.DaemonThreads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One re-check cycle: claim the due articles (a bounded batch, a budget per host), read each page again on a few
 * threads (the reader's host gate keeps one request at a time per host), decide what changed, publish the change —
 * and only once the broker acknowledged it, record the new version and the next re-check. A change the broker did
 * not take leaves the article as it was and due, so the next cycle finds and publishes it again: nothing is lost,
 * a change may be published twice (consumers key it by item id and version).
 * <p>
 * Plain Java: the service wires it to PostgreSQL, Kafka, the article reader and a clock; tests drive cycles with a
 * clock of their own.
 */
public final class ArticleRechecker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ArticleRechecker.class);

    /**
     * @param batch   articles claimed per cycle
     * @param perHost articles of one host per cycle (politeness: with a one-minute tick, requests per host per minute)
     * @param threads pages read at once (of different hosts: the host gate serialises one host's requests)
     * @param lease   how long claimed articles stay this instance's after the last renewal: the running cycle
     *                renews its claims every third of it, so it may take longer; a killed instance's claims are
     *                free again one lease later
     */
    public record Settings(int batch, int perHost, int threads, Duration lease) {
    }

    /** What a cycle did: re-checks by outcome, changes by kind. */
    public record CycleReport(int claimed, Map<String, Integer> outcomes, Map<ChangeKind, Integer> changes,
                              long millis) {
        public int outcome(String name) {
            return outcomes.getOrDefault(name, 0);
        }
    }

    private final String owner;
    private final ArchiveRepository repository;
    private final ArticleReader reader;
    private final Function<String, Optional<SourceDefinition>> sources;
    private final ChangePublisher publisher;
    private final ArchiveMetrics metrics;
    private final RecheckSchedule schedule;
    private final ChangeDetector detector;
    private final Settings settings;
    private final Clock clock;
    private final ExecutorService pool;
    private final LeaseKeeper keeper;

    /**
     * @param sources the source of an article when it is still configured, enabled and full-text; an article of any
     *                other source is not fetched (its step passes)
     */
    public ArticleRechecker(String owner, ArchiveRepository repository, ArticleReader reader,
                            Function<String, Optional<SourceDefinition>> sources, ChangePublisher publisher,
                            ArchiveMetrics metrics, RecheckSchedule schedule, ChangeDetector detector,
                            Settings settings, Clock clock) {
        this.owner = owner;
        this.repository = repository;
        this.reader = reader;
        this.sources = sources;
        this.publisher = publisher;
        this.metrics = metrics;
        this.schedule = schedule;
        this.detector = detector;
        this.settings = settings;
        this.clock = clock;
        this.keeper = new LeaseKeeper(settings.lease());
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()),
                DaemonThreads.numbered("ingest-recheck"));
    }

    public CycleReport runCycle() throws InterruptedException {
        long started = System.nanoTime();
        List<ArchivedArticle> due = repository.claimDue(owner, clock.instant(), settings.batch(), settings.perHost(),
                settings.lease());
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<ChangeKind, Integer> changes = new EnumMap<>(ChangeKind.class);
        List<String> ids = due.stream().map(ArchivedArticle::itemId).toList();
        // the claims live as long as the cycle runs (a slow host, hundreds of pages), and no longer if it dies
        try (LeaseKeeper.Kept kept = keeper.keep("archive re-check cycle of " + owner + " (" + ids.size()
                + " articles)", ttl -> renew(ids, ttl))) {
            List<Future<Outcome>> futures = new ArrayList<>(due.size());
            for (ArchivedArticle article : due) {
                futures.add(pool.submit(() -> recheck(article)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    Outcome o = futures.get(i).get();
                    outcomes.merge(o.name, 1, Integer::sum);
                    if (o.change != null) {
                        changes.merge(o.change, 1, Integer::sum);
                    }
                } catch (ExecutionException e) {
                    // the database went away mid-cycle: the article's lease runs out and a later cycle takes it again
                    LOG.errorf(e.getCause(), "re-check of %s failed", due.get(i).itemId());
                    outcomes.merge("error", 1, Integer::sum);
                }
            }
        }
        metrics.backlog(repository.due(clock.instant()));
        CycleReport report = new CycleReport(due.size(), outcomes, changes, (System.nanoTime() - started) / 1_000_000);
        if (!due.isEmpty()) {
            LOG.infof("archive re-check cycle: %d articles, %s, changes %s, %d ms", due.size(), outcomes, changes,
                    report.millis());
        }
        return report;
    }

    private record Outcome(String name, ChangeKind change) {
    }

    /**
     * Renews the cycle's claims not yet saved. Always "held": an article whose lease ran out anyway (the database
     * away longer than a lease) is told apart at its save, which is refused and logged.
     */
    private boolean renew(List<String> ids, Duration ttl) {
        repository.renew(owner, ids, ttl);
        return true;
    }

    private Outcome recheck(ArchivedArticle a) {
        Instant now = clock.instant();
        Optional<SourceDefinition> source = sources.apply(a.sourceId());
        if (source.isEmpty()) {
            // the source was removed, disabled or is no longer full-text: do not fetch, let the step pass
            save(a, schedule(a, now, ArticleText.unavailable(0, "source not full-text"), a.consecutiveGone(),
                    a.removed()), null);
            metrics.rechecked("skipped");
            return new Outcome("skipped", null);
        }
        ArticleText fetched;
        try {
            fetched = reader.read(source.get(), a.link());
        } catch (RuntimeException e) {
            LOG.warnf(e, "reading %s failed unexpectedly", a.link());
            fetched = ArticleText.unavailable(0, "unexpected " + e.getClass().getSimpleName());
        }
        String outcome = fetched.outcome().name().toLowerCase(Locale.ROOT);
        ChangeDetector.Decision d = detector.decide(
                new ChangeDetector.Current(a.lastText(), a.currentHash(), a.removed(), a.consecutiveGone()), fetched);
        RecheckResult.NewVersion version = null;
        if (d.changed()) {
            int number = a.currentVersion() + 1;
            // the new text first (consumers upsert it by id), then the change: both acknowledged or neither counts
            boolean sent = (!d.republish() || publisher.republish(a.item().withContent(d.text(), number)))
                    && publisher.publishChange(new ItemChange(ItemChange.SCHEMA_VERSION, a.itemId(), a.sourceId(),
                    a.link(), a.item().title(), d.change(), number, d.diff(), d.hash(), fetched.httpStatus(), now));
            if (!sent) {
                LOG.warnf("article %s %s, but Kafka did not acknowledge it: tried again on the next cycle",
                        a.itemId(), d.change().wire());
                metrics.publishFailed();
                repository.release(owner, a.itemId());
                return new Outcome("publish_failed", null);
            }
            version = new RecheckResult.NewVersion(number, d.text(), d.hash(), fetched.httpStatus(), now,
                    d.change().wire(), EventJson.toJson(d.diff()));
            LOG.infof("article %s (%s) %s: version %d", a.itemId(), a.link(), d.change().wire(), number);
        }
        save(a, schedule(a, now, fetched, d.consecutiveGone(), d.removed()), version);
        metrics.rechecked(outcome);
        if (d.changed()) {
            metrics.changed(d.change());
        }
        return new Outcome(outcome, d.change());
    }

    private RecheckResult schedule(ArchivedArticle a, Instant now, ArticleText fetched, int gone, boolean removed) {
        Optional<Instant> next = schedule.after(a.itemId(), a.firstSeen(), a.step(), now);
        if (next.isEmpty() && fetched.outcome() == ArticleText.Outcome.GONE && !removed) {
            // a 404 at the last step is not a removal yet: one more look confirms it or not
            return new RecheckResult(a.itemId(), null, false, gone, a.step(), now.plus(RecheckSchedule.CONFIRMATION));
        }
        return new RecheckResult(a.itemId(), null, removed, gone, Math.min(a.step() + 1, schedule.size()),
                next.orElse(null));
    }

    private void save(ArchivedArticle a, RecheckResult planned, RecheckResult.NewVersion version) {
        RecheckResult result = new RecheckResult(planned.itemId(), version, planned.removed(),
                planned.consecutiveGone(), planned.nextStep(), planned.nextRecheckAt());
        if (!repository.save(owner, result)) {
            LOG.warnf("article %s: the lease ran out during the re-check and another instance took it; not saved",
                    a.itemId());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
