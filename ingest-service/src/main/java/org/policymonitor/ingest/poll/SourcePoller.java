package org.policymonitor.ingest.poll;

import org.jboss.logging.Logger;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.ingest.article.ArticleFailure;
import org.policymonitor.ingest.fetch.FetchResult;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.parse.ErrorAnswerPage;
import org.policymonitor.ingest.parse.ParsedDocument;
import org.policymonitor.ingest.parse.ParsedItem;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.platform.retry.Backoff;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One poll of one source, start to finish: claim the source in the database (so that two instances never poll it
 * at once), fetch (falling back to the second endpoint when the first fails), parse, keep what was never
 * published, publish it, and only then remember it as published — so a broker outage loses nothing: the items are
 * not remembered, the validators are not updated, and the next poll publishes them. Health changes are published
 * too (and re-sent until the broker takes them).
 * <p>
 * Plain Java: the service wires it to PostgreSQL, Kafka and Micrometer; tests may run several side by side.
 */
public final class SourcePoller {

    private static final Logger LOG = Logger.getLogger(SourcePoller.class);

    /**
     * How many unseen items of a poll are looked up under the other forms of their address before the rest are: a
     * feed of 10 000 new items, published 1 000 a poll, would otherwise look up 63 000 ids at every poll for nothing.
     */
    private static final int MOVE_SAMPLE = 50;
    /** New items one poll publishes at most ({@code policy.poller.max-new-items}); the rest go to the next polls. */
    public static final int DEFAULT_MAX_NEW_ITEMS = 1_000;

    private final String owner;
    private final StateRepository store;
    private final HttpFetcher fetcher;
    private final DocumentParser parser;
    private final ItemPublisher publisher;
    private final PollMetrics metrics;
    private final Backoff backoff;
    private final HealthRules health;
    private final Duration leaseTtl;
    private final Clock clock;
    private final FullTextStep fullText;
    private final ArticleArchive archive;
    private final int maxNewItems;
    private final PageFollower pages;
    /**
     * Sources whose lease this poller still holds because giving it back failed ({@link #giveBackStranded}), each with
     * the holder of that lease (the poll's token, {@link LeaseHolder}).
     */
    private final Map<String, String> stranded = new ConcurrentHashMap<>();
    private final LeaseKeeper keeper;

    public SourcePoller(String owner, StateRepository store, HttpFetcher fetcher, DocumentParser parser,
                        ItemPublisher publisher, PollMetrics metrics, Backoff backoff, HealthRules health,
                        Duration leaseTtl, Clock clock) {
        this(owner, store, fetcher, parser, publisher, metrics, backoff, health, leaseTtl, clock, FullTextStep.NONE);
    }

    /** @param fullText reads the article pages of full-text sources' new items */
    public SourcePoller(String owner, StateRepository store, HttpFetcher fetcher, DocumentParser parser,
                        ItemPublisher publisher, PollMetrics metrics, Backoff backoff, HealthRules health,
                        Duration leaseTtl, Clock clock, FullTextStep fullText) {
        this(owner, store, fetcher, parser, publisher, metrics, backoff, health, leaseTtl, clock, fullText,
                ArticleArchive.NONE);
    }

    /** @param archive records version 1 of the articles of full-text sources' published items */
    public SourcePoller(String owner, StateRepository store, HttpFetcher fetcher, DocumentParser parser,
                        ItemPublisher publisher, PollMetrics metrics, Backoff backoff, HealthRules health,
                        Duration leaseTtl, Clock clock, FullTextStep fullText, ArticleArchive archive) {
        this(owner, store, fetcher, parser, publisher, metrics, backoff, health, leaseTtl, clock, fullText, archive,
                DEFAULT_MAX_NEW_ITEMS);
    }

    /**
     * @param maxNewItems new items one poll publishes at most: a document with more (a feed of 10 000 items, a site
     *                    listing its archive) is published over several polls, one tick apart
     */
    public SourcePoller(String owner, StateRepository store, HttpFetcher fetcher, DocumentParser parser,
                        ItemPublisher publisher, PollMetrics metrics, Backoff backoff, HealthRules health,
                        Duration leaseTtl, Clock clock, FullTextStep fullText, ArticleArchive archive, int maxNewItems) {
        this(owner, store, fetcher, parser, publisher, metrics, backoff, health, leaseTtl, clock, fullText, archive,
                maxNewItems, PageFollower.DEFAULT_MAX_PAGES);
    }

    /**
     * @param maxPages pages of a listing or paged feed one poll reads at most while all their items are new (the
     *                 first included; an endpoint's {@code maxPages} overrides it): {@link PageFollower}
     */
    public SourcePoller(String owner, StateRepository store, HttpFetcher fetcher, DocumentParser parser,
                        ItemPublisher publisher, PollMetrics metrics, Backoff backoff, HealthRules health,
                        Duration leaseTtl, Clock clock, FullTextStep fullText, ArticleArchive archive, int maxNewItems,
                        int maxPages) {
        this.pages = new PageFollower(fetcher, parser, maxPages);
        if (maxNewItems < 1) {
            throw new IllegalArgumentException("maxNewItems must be at least 1: " + maxNewItems);
        }
        this.maxNewItems = maxNewItems;
        this.fullText = fullText;
        this.archive = archive;
        this.owner = owner;
        this.store = store;
        this.fetcher = fetcher;
        this.parser = parser;
        this.publisher = publisher;
        this.metrics = metrics;
        this.backoff = backoff;
        this.health = health;
        this.leaseTtl = leaseTtl;
        this.clock = clock;
        this.keeper = new LeaseKeeper(leaseTtl);
    }

    public String owner() {
        return owner;
    }

    /**
     * @param now true to poll even when the source is not due (an operator asked); a source another instance is
     *            polling is skipped either way
     */
    public PollReport poll(SourceDefinition source, boolean now) {
        giveBackStranded(source.id());
        String holder = LeaseHolder.forPoll(owner);
        if (!store.claim(source.id(), holder, leaseTtl, now)) {
            return PollReport.skipped(source.id(), now ? "another instance is polling this source right now"
                    : "not due, or another instance is polling it");
        }
        try (LeaseKeeper.Kept kept = keeper.keep("source " + source.id() + ", poll " + holder,
                ttl -> store.renew(source.id(), holder, ttl))) {
            return pollClaimed(source, holder);
        } catch (LeaseLostException e) {
            // e.g. a long wait for a busy host: another instance may have polled the source meanwhile, and its state
            // must not be overwritten with this older view; what this poll found is found again by the next one
            String what = leaseLost(e);
            LOG.warnf("source %s: %s", source.id(), what);
            metrics.leaseLost(source.id());
            return PollReport.leaseLost(source.id(), new PollReport.LeaseLoss(e.sent(), e.recorded()), what);
        } finally {
            release(source.id(), holder);
        }
    }

    /**
     * What a poll that lost its lease did: nothing when it was lost before the publish; else the items it sent to
     * Kafka and how many of them the transactions committed before the loss recorded (until 7 December 2026 it said
     * "nothing published or saved" then too, after hundreds had been published and some recorded). The items not
     * recorded are published again by the next poll, which reads the whole document: the state was not saved.
     */
    static String leaseLost(LeaseLostException e) {
        String lost = "the lease on this source ran out during the poll (another instance may have polled it)";
        if (e.sent() == 0) {
            return lost + ": nothing published or saved by this poll";
        }
        return lost + " after it had sent " + e.sent() + " new items to Kafka, " + e.recorded() + " of them recorded "
                + "as published: the other " + (e.sent() - e.recorded()) + " are published again by the next poll, "
                + "which reads the whole document (the source's state was not saved)";
    }

    private void release(String sourceId, String holder) {
        try {
            store.release(sourceId, holder);
        } catch (RuntimeException e) {
            stranded.put(sourceId, holder);
            throw e;
        }
    }

    /**
     * A lease this poller could not give back (the database failed at the end of its poll) stays in the table with
     * this instance's name until it runs out: minutes in which nobody, this instance included, would poll the source
     * although the database is back. Given back before the next poll of it; if the database is still away, this fails
     * as the claim would. Only that lease is given back: another poll of this instance may hold the source by now.
     */
    private void giveBackStranded(String sourceId) {
        String holder = stranded.get(sourceId);
        if (holder != null) {
            store.release(sourceId, holder);
            stranded.remove(sourceId, holder);
        }
    }

    private PollReport pollClaimed(SourceDefinition source, String holder) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        SourceState state = store.load(source.id());
        Attempt attempt = fetchAndParse(source, state);
        PollReport report;
        if (attempt.failure != null) {
            report = failed(source, holder, state, attempt, now, attempt.failure, PollReport.Items.NONE);
        } else {
            report = succeeded(source, holder, state, attempt, now);
        }
        metrics.polled(source.id(), report.outcome());
        return report.tookMillis((System.nanoTime() - started) / 1_000_000);
    }

    // ---- fetch and parse, with the fallback ----

    private static final class Attempt {
        String via;
        FetchResult fetch;
        ParsedDocument document;
        SourceFailure failure;
        String note;
        /** the layout warning of the page read (or, on a 304, of the page the validators describe), or null */
        String layoutWarning;
        /** items on the first page read (0 on a 304): the source's window grows to it */
        int firstPageItems;
        /** pages read (1 unless a listing's next pages were followed) */
        int pages = 1;
        /** items may have been missed between polls (reported when the poll succeeds), or null */
        PageFollower.Gap gap;
    }

    private Attempt fetchAndParse(SourceDefinition source, SourceState state) {
        Attempt primary = attempt(source, source.primary(), state, "primary");
        if (primary.failure == null || source.fallback() == null) {
            return primary;
        }
        store.recordError(source.id(), primary.failure.reason().wire(), primary.failure.getMessage(),
                source.primary().url().toString());
        metrics.failed(source.id(), primary.failure.reason());
        Attempt fallback = attempt(source, source.fallback(), state, "fallback");
        if (fallback.failure == null) {
            fallback.note = "primary failed (" + primary.failure.describe() + "); read from the fallback"
                    + (fallback.note == null ? "" : "; " + fallback.note);
            return fallback;
        }
        primary.failure = new SourceFailure(primary.failure.reason(), primary.failure.getMessage()
                + "; fallback also failed (" + fallback.failure.describe() + ")", primary.failure.retryAfter());
        return primary;
    }

    private Attempt attempt(SourceDefinition source, Endpoint endpoint, SourceState state, String via) {
        Attempt a = new Attempt();
        a.via = via;
        String url = endpoint.url().toString();
        Validators validators = state.conditionalGet().validatorsFor(url);
        try {
            a.fetch = fetcher.fetch(endpoint.url(), validators, AddressPolicy.ANY);
            metrics.fetched(source.id(), a.fetch.latency());
            if (a.fetch.moved() != null) {
                // read at the new place all the same, but said: the day the old address goes, the source would fail
                a.note = url + " moved permanently (HTTP " + a.fetch.moved().status() + ") to " + a.fetch.moved().to()
                        + ": update the catalogue";
                LOG.warnf("source %s: %s", source.id(), a.note);
            }
            if (!a.fetch.notModified()) {
                a.document = parser.parse(a.fetch.body(), a.fetch.contentType(), a.fetch.finalUrl(), endpoint,
                        source.language(), source.timezone());
                failIfEmptied(a.document, state);
                warnOf(source, a, url);
                followPages(source, endpoint, state, a);
            } else {
                keepLayoutWarning(state, a);
            }
        } catch (SourceFailure f) {
            a.failure = ErrorAnswerPage.explained(f);
        } catch (RuntimeException e) {
            // a parser bug on a strange document must fail this source, never the poll loop
            LOG.errorf(e, "unexpected error reading %s (%s)", source.id(), url);
            a.failure = new SourceFailure(FailureReason.PARSE_ERROR, "unexpected " + e.getClass().getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        return a;
    }

    /**
     * The next pages of the document while all their items are new ({@link PageFollower}): their items join the
     * first page's. A source that never published nor saw an item reads its first page only.
     */
    private void followPages(SourceDefinition source, Endpoint endpoint, SourceState state, Attempt a) {
        SourceState.Counters held = state.counters();
        boolean newSource = held.itemsPublished() == 0 && held.duplicates() == 0;
        Instant now = clock.instant();
        PageFollower.Pages read = pages.follow(source, endpoint, a.fetch, a.document, newSource,
                held.mostItemsShown(), page -> documentItems(source, page, now).items(),
                items -> known(source, items, !newSource).ids());
        a.document = read.document();
        a.firstPageItems = read.firstPageItems();
        a.pages = read.pages();
        a.gap = read.gap();
        if (read.pages() > 1) {
            metrics.pagesFollowed(source.id(), read.pages() - 1);
        }
    }

    /**
     * The document's items under the ids they were published with, and which of them were.
     *
     * @param items   the items as the poll names them ({@link SharedGuids})
     * @param renamed an item's id in the document → the id it was published under
     * @param ids     the ids of {@code items} published before
     */
    record Known(List<FeedItem> items, Map<String, String> renamed, Set<String> ids) {
    }

    /**
     * Which of the document's items were published before: under their id, their guid's other id
     * ({@link SharedGuids}) or — for a source that has published before — another form of their address
     * ({@link MovedAddresses}: the site moved to https or {@code www.}), looked up for the items not found otherwise only
     * — the first {@value #MOVE_SAMPLE} of them, and the others when some of those were found so.
     */
    private Known known(SourceDefinition source, List<FeedItem> documentItems, boolean publishedBefore) {
        if (documentItems.isEmpty()) {
            return new Known(List.of(), Map.of(), Set.of());
        }
        Map<String, String> publishedLinks = store.publishedLinks(SharedGuids.candidateIds(documentItems));
        Map<String, String> renamed = new HashMap<>(SharedGuids.keepKnownIds(documentItems, publishedLinks));
        List<FeedItem> items = SharedGuids.renamed(documentItems, renamed);
        Set<String> known = new HashSet<>();
        items.stream().map(FeedItem::id).filter(publishedLinks::containsKey).forEach(known::add);
        List<FeedItem> unseen = publishedBefore ? items.stream().filter(i -> !known.contains(i.id())).toList() : List.of();
        Map<String, String> moved = new HashMap<>(movedAmong(unseen.subList(0, Math.min(unseen.size(), MOVE_SAMPLE))));
        if (!moved.isEmpty() && unseen.size() > MOVE_SAMPLE) {
            // a site moves all its addresses at once: the rest are looked up only when the first ones were found so
            moved.putAll(movedAmong(unseen.subList(MOVE_SAMPLE, unseen.size())));
        }
        if (!moved.isEmpty()) {
            FeedItem example = items.stream().filter(i -> moved.containsKey(i.id())).findFirst().orElseThrow();
            LOG.debugf("source %s: %d items published before under another form of their address (http or https, www. or"
                    + " not, an end slash or not; e.g. %s): not published again", source.id(), moved.size(),
                    example.link());
            renamed.putAll(moved);
            items = SharedGuids.renamed(documentItems, renamed);
            known.addAll(moved.values());
        }
        return new Known(items, renamed, known);
    }

    /** The items among these published under another form of their address: item id → the id it was published under. */
    private Map<String, String> movedAmong(List<FeedItem> unseen) {
        Map<String, String> forms = MovedAddresses.otherFormIds(unseen);
        return forms.isEmpty() ? Map.of()
                : MovedAddresses.publishedUnder(forms, store.publishedLinks(forms.keySet()).keySet());
    }

    /**
     * A gap (items may have been missed between two polls) is said where an operator looks — a WARN line naming the
     * source and the last page read, {@code policy_ingest_gaps_total{reason}}, the source's recent errors
     * ({@code gap}) and its last gap in the API, the poll's answer and the health reason — and never fails the poll.
     */
    private void reportGap(SourceDefinition source, PageFollower.Gap gap, Instant now) {
        LOG.warnf("source %s: %s", source.id(), gap.message());
        metrics.gap(source.id(), gap.reason().wire());
        try {
            store.recordError(source.id(), "gap", gap.message(), gap.lastPage().toString());
            store.recordGap(source.id(), gap.reason().wire(), gap.message(), gap.lastPage().toString(),
                    gap.pagesRead(), now);
        } catch (RuntimeException e) {
            // bookkeeping only: the items are published, and the poll must still remember them
            LOG.warnf("source %s: gap not recorded: %s", source.id(), e.toString());
        }
    }

    /**
     * A feed that held items and now holds none has broken (a CMS that lost its query, a feed cut to nothing): as a
     * listing whose selectors match nothing, it fails — so the fallback is read and the operator told at once — rather
     * than pass for "nothing new" until its cadence runs out. A new feed that never held an item is no failure.
     * (A listing without items fails in {@code ListingParser} already.)
     */
    private static void failIfEmptied(ParsedDocument document, SourceState state) throws SourceFailure {
        SourceState.Counters held = state.counters();
        if (document.items().isEmpty() && (held.itemsPublished() > 0 || held.duplicates() > 0)) {
            throw new SourceFailure(FailureReason.PARSE_ERROR, "the feed holds no items"
                    + (document.skipped() > 0 ? " with a link or an id (" + document.skipped() + " without)" : "")
                    + ", though it held items before (" + held.itemsPublished() + " published"
                    + (held.lastNewItemAt() == null ? "" : ", the last at " + held.lastNewItemAt())
                    + "): the site's feed is broken or moved");
        }
    }

    /**
     * What the document showed wrong though it gave items (a listing's date or title selector that matched nothing in
     * any item: a redesign): the items are published all the same, and the poll's answer, the health reason, the
     * source's recent errors and {@code policy_ingest_poll_errors_total{reason="parse_error"}} say it — until trial29
     * such a source stayed "ok" without a word while every item went out undated.
     */
    private void warnOf(SourceDefinition source, Attempt a, String url) {
        String warning = a.document.warning();
        if (warning == null) {
            return;
        }
        a.layoutWarning = warning;
        a.note = a.note == null ? warning : a.note + "; " + warning;
        LOG.warnf("source %s: %s", source.id(), warning);
        store.recordError(source.id(), FailureReason.PARSE_ERROR.wire(), warning, url);
        metrics.failed(source.id(), FailureReason.PARSE_ERROR);
    }

    /**
     * A 304: the page is the one the validators describe, so the layout warning its parse left stands (in the reason
     * and the poll's answer; it was recorded and counted when it was found). Only a real parse clears it. It is kept
     * with the validators, not re-read from the health reason: a failure in between replaces the reason's words.
     */
    private static void keepLayoutWarning(SourceState state, Attempt a) {
        String kept = state.conditionalGet().layoutWarning();
        a.layoutWarning = kept;
        if (kept != null) {
            a.note = a.note == null ? kept : a.note + "; " + kept;
        }
    }

    // ---- outcomes ----

    private PollReport failed(SourceDefinition source, String holder, SourceState state, Attempt attempt, Instant now,
                              SourceFailure failure, PollReport.Items items) {
        int failures = state.schedule().consecutiveFailures() + 1;
        Instant next = now.plus(backoff.delayAfter(failures, failure.retryAfter()));
        String url = (attempt.fetch != null ? attempt.fetch.finalUrl() : source.primary().url()).toString();
        store.recordError(source.id(), failure.reason().wire(), failure.getMessage(), url);
        metrics.failed(source.id(), failure.reason());
        LOG.warnf("source %s failed (%d in a row, next try %s): %s", source.id(), failures, next, failure.describe());
        HealthRules.Verdict verdict = health.afterFailure(state.health().status(), state.health().reason(),
                failures, failure.describe());
        SourceState updated = state.withSchedule(state.schedule().failed(now, next))
                .withLastError(new SourceState.LastError(failure.reason(), failure.getMessage(), now))
                .withCounters(state.counters().plusFailedPoll());
        updated = applyHealth(source, state, updated, verdict, now);
        store.save(holder, updated, List.of());
        return PollReport.failed(source.id(), attempt.via, attempt.fetch != null, items, failure,
                updated.health().status(), next);
    }

    /** Names the date texts of new items that could not be read, so that an operator can see the form. */
    private static void logUnreadDates(SourceDefinition source, List<FeedItem> published) {
        List<String> unread = published.stream().filter(i -> i.publishedAt() == null && i.publishedRaw() != null)
                .map(FeedItem::publishedRaw).distinct().limit(3).toList();
        if (!unread.isEmpty()) {
            LOG.warnf("source %s: dates not read, published without publishedAt (text kept in publishedRaw): '%s'",
                    source.id(), String.join("', '", unread));
        }
    }

    private PollReport succeeded(SourceDefinition source, String holder, SourceState state, Attempt attempt,
                                 Instant now) {
        DocumentItems document = attempt.document == null ? new DocumentItems(List.of(), List.of())
                : documentItems(source, attempt.document, now);
        SourceState.Counters held = state.counters();
        Known identified = known(source, document.items(), held.itemsPublished() > 0 || held.duplicates() > 0);
        Map<String, String> renamed = identified.renamed();
        List<FeedItem> items = identified.items();
        Set<String> known = identified.ids();
        reportRepeats(source, document.repeats(), known, renamed);
        List<FeedItem> unseen = items.stream().filter(i -> !known.contains(i.id())).toList();
        // a bounded share per poll: the publish deadline, the article reads of full-text sources and the lease are
        // sized for hundreds of items, not for a feed of 10 000; the rest stay unseen and are published next time
        int deferred = Math.max(0, unseen.size() - maxNewItems);
        List<FullTextStep.Read> reads = fullText.read(source, deferred == 0 ? unseen : unseen.subList(0, maxNewItems));
        List<FeedItem> fresh = reads.stream().map(FullTextStep.Read::item).toList();
        if (!fresh.isEmpty() && !store.renew(source.id(), holder, leaseTtl)) {
            throw new LeaseLostException(source.id(), owner); // publish nothing the lease's new holder publishes too
        }
        PublishResult result = fresh.isEmpty() ? PublishResult.NONE : publisher.publish(fresh);
        List<FeedItem> acknowledged = result.published();
        // published and dead-lettered items are both settled: remembered, so neither is sent again
        List<FeedItem> settled = result.settled();
        recordDeadLetters(source, result.deadLettered());
        articlesPublished(source, reads, acknowledged, now);
        int unparseable = attempt.document == null ? 0 : (int) attempt.document.unparseableDates();
        PollReport.Items counts = new PollReport.Items(items.size(), acknowledged.size(), known.size(), unparseable);
        if (settled.size() < fresh.size()) {
            // the broker did not take everything: remember what it took, keep the old validators so the next poll
            // fetches the whole document again, and report the source's poll as failed
            save(holder, stateAfterPartialPublish(state, acknowledged, now), settled);
            metrics.publishFailed(source.id(), fresh.size() - settled.size());
            SourceFailure failure = new SourceFailure(FailureReason.PUBLISH, (fresh.size() - settled.size())
                    + " of " + fresh.size() + " new items not acknowledged by Kafka; they are published on the next poll");
            metrics.items(source.id(), acknowledged.size(), known.size(), 0);
            SourceState reloaded = store.load(source.id());
            try {
                return failed(source, holder, reloaded, attempt, now, failure, counts);
            } catch (LeaseLostException e) {
                throw e.afterSending(settled.size()).afterRecording(settled.size()); // the save above recorded them all
            }
        }
        FetchResult fetch = attempt.fetch;
        // items left for the next poll: due at the next tick, and the old validators kept, so that the next fetch
        // reads the whole document rather than hear "not modified" and never see them
        Instant next = deferred > 0 ? now : now.plus(source.pollInterval());
        SourceState.ConditionalGet conditionalGet = deferred > 0 ? state.conditionalGet()
                : new SourceState.ConditionalGet(fetch.validators(), endpointUrl(source, attempt).toString(),
                        attempt.layoutWarning);
        String healthNote = attempt.note;
        if (attempt.gap != null) {
            reportGap(source, attempt.gap, now);
            healthNote = healthNote == null ? attempt.gap.message() : healthNote + "; " + attempt.gap.message();
        }
        String note = healthNote;
        if (deferred > 0) {
            String more = deferred + " more new items than a poll publishes (" + maxNewItems
                    + ", policy.poller.max-new-items): published by the next polls";
            LOG.infof("source %s: %s", source.id(), more);
            note = note == null ? more : note + "; " + more;
        }
        SourceState updated = state
                .withConditionalGet(conditionalGet)
                .withSchedule(state.schedule().succeeded(now, next))
                .withCounters(state.counters().plusPoll().plusPublished(acknowledged.size(), now)
                        .plusDuplicates(known.size()).plusUnparseableDates(unparseable)
                        .shown(attempt.firstPageItems));
        HealthRules.Verdict verdict = health.afterSuccess(state.health().status(),
                updated.counters().lastNewItemAt(), state.trackedSince(), source.expectedCadence(), now,
                healthNote);
        updated = applyHealth(source, state, updated, verdict, now);
        save(holder, updated, settled);
        metrics.items(source.id(), acknowledged.size(), known.size(), unparseable);
        metrics.succeeded(source.id(), now);
        if (!acknowledged.isEmpty()) {
            LOG.infof("source %s: %d new, %d already seen (%s)", source.id(), acknowledged.size(), known.size(),
                    attempt.via);
        }
        logUnreadDates(source, acknowledged);
        return fetch.notModified()
                ? PollReport.notModified(source.id(), attempt.via, attempt.note, updated.health().status(), next)
                : PollReport.polled(source.id(), attempt.via, counts, note, updated.health().status(), next)
                        .withPages(attempt.pages, attempt.gap == null ? null : attempt.gap.reason().wire());
    }

    /** Saves a poll that sent {@code settled} to Kafka: a lease lost meanwhile says they were sent. */
    private void save(String holder, SourceState state, List<FeedItem> settled) {
        try {
            store.save(holder, state, settled);
        } catch (LeaseLostException e) {
            throw e.afterSending(settled.size());
        }
    }

    /**
     * The full-text items Kafka acknowledged, each with what reading its article gave: counted (metrics, the source's
     * full-text state) only once published, so an item retried after a broker outage is not counted twice. The
     * archive keeps version 1 of each article here.
     */
    private void articlesPublished(SourceDefinition source, List<FullTextStep.Read> reads, List<FeedItem> acknowledged,
                                   Instant now) {
        if (!source.fullText() || acknowledged.isEmpty()) {
            return;
        }
        Set<String> published = new HashSet<>();
        acknowledged.forEach(item -> published.add(item.id()));
        FullTextTally tally = FullTextTally.NONE;
        List<FeedItem> withText = new ArrayList<>();
        for (FullTextStep.Read read : reads) {
            if (read.article() == null || !published.contains(read.item().id())) {
                continue;
            }
            ArticleFailure failure = ArticleFailure.of(read.article());
            if (failure == null) {
                metrics.fullTextRead(source.id());
                withText.add(read.item());
            } else {
                metrics.fullTextFailed(source.id(), failure.wire());
            }
            tally = tally.plus(failure, read.article().reason(), read.item().link());
        }
        if (tally.failures() > 0) {
            LOG.infof("source %s: full text of %d new items read, %d published without it (last: %s)", source.id(),
                    tally.texts(), tally.failures(), tally.lastFailure());
        }
        try {
            store.recordFullText(source.id(), tally, now);
        } catch (RuntimeException e) {
            // bookkeeping only: the items are published, and the poll must still remember them
            LOG.warnf("source %s: full-text counts not saved: %s", source.id(), e.toString());
        }
        archive.firstVersions(source, withText); // only articles read: a feed's own content is no version 1
    }

    /** Dead letters are the source's errors too: visible in its recent errors, the log and the metrics. */
    private void recordDeadLetters(SourceDefinition source, List<PublishResult.DeadLetter> letters) {
        for (PublishResult.DeadLetter letter : letters) {
            store.recordError(source.id(), "dead_letter", "item " + letter.item().id() + " sent to the dead-letter "
                    + "topic: " + letter.reason(), letter.item().link());
        }
        if (!letters.isEmpty()) {
            metrics.deadLettered(source.id(), letters.size());
        }
    }

    private static URI endpointUrl(SourceDefinition source, Attempt attempt) {
        return ("fallback".equals(attempt.via) ? source.fallback() : source.primary()).url();
    }

    private static SourceState stateAfterPartialPublish(SourceState s, List<FeedItem> acknowledged, Instant now) {
        return s.withCounters(s.counters().plusPublished(acknowledged.size(), now));
    }

    /** Sets the verdict on the state and publishes the change (or a change Kafka missed before). */
    private SourceState applyHealth(SourceDefinition source, SourceState before, SourceState updated,
                                    HealthRules.Verdict verdict, Instant now) {
        boolean changed = verdict.health() != before.health().status();
        SourceState result = updated.withHealth(new SourceState.Health(verdict.health(), verdict.reason(),
                changed ? now : before.health().since(), !changed && before.health().published()));
        metrics.health(source.id(), verdict.health());
        if (changed || !before.health().published()) {
            if (changed) {
                LOG.infof("source %s is now %s (was %s): %s", source.id(), verdict.health().wire(),
                        before.health().status().wire(), verdict.reason());
            }
            SourceStatus status = new SourceStatus(source.id(), source.name(), verdict.health(),
                    changed ? before.health().status() : null, verdict.reason(), result.health().since(), now,
                    result.schedule().consecutiveFailures(), result.schedule().lastSuccessAt());
            boolean published = publisher.publishStatus(status);
            result = result.withHealth(result.health().withPublished(published));
        }
        return result;
    }

    /**
     * Items of the document as events, each once, oldest first (undated ones last, in document order). The one
     * mapping from a parsed document to what is published: the preview calls it too, so that it shows the same ids,
     * canonical links and capped texts.
     */
    public static List<FeedItem> toFeedItems(SourceDefinition source, ParsedDocument document, Instant fetchedAt) {
        return documentItems(source, document, fetchedAt).items();
    }

    /**
     * An item of the document that has the id of an item before it (the same guid and canonical link, the same guid
     * and no link, or no guid and the same canonical link — {@link SharedGuids}): only the first of them can be
     * published.
     */
    record Repeat(FeedItem kept, FeedItem dropped) {
    }

    /** The document's items as {@link #toFeedItems} gives them, and the items left out as repeats of an earlier one. */
    record DocumentItems(List<FeedItem> items, List<Repeat> repeats) {
    }

    static DocumentItems documentItems(SourceDefinition source, ParsedDocument document, Instant fetchedAt) {
        List<FeedItem> all = new ArrayList<>(document.items().size());
        for (ParsedItem parsed : document.items()) {
            ParsedItem p = FieldLimits.apply(parsed);
            try {
                all.add(FeedItem.of(source.id(), source.name(), p.link(), p.guid(), p.title(), p.summary(),
                        p.content(), p.language() != null ? p.language() : source.language(), p.categories(),
                        p.author(), p.publishedAt(), p.publishedRaw(), fetchedAt));
            } catch (IllegalArgumentException e) {
                LOG.warnf("source %s: item skipped: %s", source.id(), e.getMessage()); // one odd item, not the poll
            }
        }
        Map<String, FeedItem> byId = new LinkedHashMap<>();
        List<Repeat> repeats = new ArrayList<>();
        for (FeedItem item : SharedGuids.identify(source.id(), all)) {
            FeedItem earlier = byId.putIfAbsent(item.id(), item);
            if (earlier != null) {
                repeats.add(new Repeat(earlier, item));
            }
        }
        List<FeedItem> items = new ArrayList<>(byId.values());
        items.sort(Comparator.comparing(FeedItem::publishedAt,
                Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant))));
        return new DocumentItems(items, repeats);
    }

    /**
     * Items left out because an earlier item of the document has their id — a feed that gives two entries one guid
     * (a CMS that numbers per section, a copied entry) — are reported when it happens for the first time, i.e. while
     * the item that was kept is new: a log line, the source's recent errors ({@code repeated_id}) and
     * {@code policy_ingest_items_repeated_total}. Later polls of the same document add nothing: the kept item is
     * known then.
     */
    private void reportRepeats(SourceDefinition source, List<Repeat> repeats, Set<String> known,
                               Map<String, String> renamed) {
        int reported = 0;
        for (Repeat repeat : repeats) {
            if (known.contains(renamed.getOrDefault(repeat.kept().id(), repeat.kept().id()))) {
                continue;
            }
            String identity = repeat.dropped().guid() != null ? "guid '" + repeat.dropped().guid() + "'"
                    : "link " + repeat.dropped().link();
            String message = "item '" + repeat.dropped().title() + "' not published: an earlier item of the document, '"
                    + repeat.kept().title() + "', has the same " + identity + " (one id for both)";
            LOG.warnf("source %s: %s", source.id(), message);
            store.recordError(source.id(), "repeated_id", message, repeat.dropped().link());
            reported++;
        }
        if (reported > 0) {
            metrics.repeated(source.id(), reported);
        }
    }
}
