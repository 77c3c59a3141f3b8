package org.policymonitor.ingest.state;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.poll.FullTextTally;
import org.policymonitor.ingest.poll.LeaseHolder;
import org.policymonitor.ingest.poll.LeaseLostException;
import org.policymonitor.ingest.poll.SourceState;
import org.policymonitor.ingest.poll.StateRepository;
import org.policymonitor.ingest.source.FailureReason;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link StateRepository} on PostgreSQL: the one place where instances agree on who polls what and what is new. */
@ApplicationScoped
public class StateStore implements StateRepository {

    static final int RECENT_ERRORS_KEPT = 20;
    private static final int IN_CHUNK = 500;
    /** Items recorded per transaction by {@link #save}: a few seconds of work even on a loaded machine. */
    public static final int SAVE_CHUNK = 250;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String sourceId, String owner, Duration ttl, boolean ignoreSchedule) {
        em.createNativeQuery("insert into source_state (source_id, tracked_since) values (?1, ?2) "
                        + "on conflict (source_id) do nothing")
                .setParameter(1, sourceId).setParameter(2, clock.instant()).executeUpdate();
        // one statement decides: only one instance can turn an expired (or absent) lease into its own
        int claimed = em.createNativeQuery("update source_state set lease_owner = ?1, "
                        + "lease_until = now() + make_interval(secs => ?2) "
                        + "where source_id = ?3 and (lease_until is null or lease_until < now()) "
                        + "and (?4 or next_poll_at is null or next_poll_at <= ?5)")
                .setParameter(1, owner)
                .setParameter(2, (double) ttl.toMillis() / 1000.0)
                .setParameter(3, sourceId)
                .setParameter(4, ignoreSchedule)
                .setParameter(5, clock.instant())
                .executeUpdate();
        return claimed == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String sourceId, String owner) {
        em.createNativeQuery("update source_state set lease_owner = null, lease_until = null "
                        + "where source_id = ?1 and lease_owner = ?2")
                .setParameter(1, sourceId).setParameter(2, owner).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(String sourceId, String owner, Duration ttl) {
        return em.createNativeQuery("update source_state set lease_until = now() + make_interval(secs => ?1) "
                        + "where source_id = ?2 and lease_owner = ?3 and lease_until > now()")
                .setParameter(1, (double) ttl.toMillis() / 1000.0)
                .setParameter(2, sourceId)
                .setParameter(3, owner)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public SourceState load(String sourceId) {
        SourceStateEntity e = SourceStateEntity.findById(sourceId);
        return e == null ? SourceState.initial(sourceId, clock.instant()) : toState(e);
    }

    @Transactional
    public Optional<SourceState> find(String sourceId) {
        return SourceStateEntity.<SourceStateEntity>findByIdOptional(sourceId).map(StateStore::toState);
    }

    @Transactional
    public Map<String, SourceState> all() {
        return SourceStateEntity.<SourceStateEntity>listAll().stream().map(StateStore::toState)
                .collect(Collectors.toMap(SourceState::sourceId, Function.identity()));
    }

    /** Which instance holds the source's lease (without its poll's token), or empty. */
    @Transactional
    public Optional<String> leaseOwner(String sourceId) {
        SourceStateEntity e = SourceStateEntity.findById(sourceId);
        if (e == null || e.leaseOwner == null || e.leaseUntil == null || e.leaseUntil.isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(LeaseHolder.instanceOf(e.leaseOwner));
    }

    @Override
    @Transactional
    public Set<String> published(Collection<String> itemIds) {
        Set<String> found = new HashSet<>();
        List<String> ids = new ArrayList<>(itemIds);
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            found.addAll(em.createQuery("select p.itemId from PublishedItemEntity p where p.itemId in :ids",
                    String.class).setParameter("ids", chunk).getResultList());
        }
        return found;
    }

    @Override
    @Transactional
    public Map<String, String> publishedLinks(Collection<String> itemIds) {
        Map<String, String> found = new HashMap<>();
        List<String> ids = new ArrayList<>(itemIds);
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + IN_CHUNK));
            for (Object[] row : em.createQuery("select p.itemId, p.link from PublishedItemEntity p where p.itemId in :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                found.put((String) row[0], (String) row[1]);
            }
        }
        return found;
    }

    /**
     * A poll's save is in transactions of bounded size: what Kafka took is recorded a chunk per transaction, the
     * source's state with the last chunk. In one transaction, the 2 500 items of one poll outlived the transaction
     * timeout on a loaded machine: the poll failed after Kafka had taken its items, the next poll published them
     * again, and on a machine that slow so would every poll of that source. Called outside a transaction (a poll's
     * end); each transaction holds the source's lease (else {@link LeaseLostException}).
     * <p>
     * A failure midway keeps what it recorded and the source's old state (validators, counters): the next poll reads
     * the whole document again and publishes only the items not recorded, as after a partial publish. A lease found
     * lost midway says how many items were recorded before ({@link LeaseLostException#recorded()}).
     */
    @Override
    public void save(String owner, SourceState s, List<FeedItem> acknowledged) {
        int lastChunk = acknowledged.isEmpty() ? 0 : (acknowledged.size() - 1) / SAVE_CHUNK * SAVE_CHUNK;
        int from = 0;
        try {
            for (; from < lastChunk; from += SAVE_CHUNK) {
                List<FeedItem> chunk = acknowledged.subList(from, from + SAVE_CHUNK);
                QuarkusTransaction.requiringNew().run(() -> {
                    holdLease(s.sourceId(), owner);
                    recordPublished(chunk);
                });
            }
            List<FeedItem> last = acknowledged.subList(lastChunk, acknowledged.size());
            QuarkusTransaction.requiringNew().run(() -> {
                holdLease(s.sourceId(), owner);
                writeState(s);
                recordPublished(last);
            });
        } catch (LeaseLostException e) {
            // the chunks before this one are committed: the poll says so rather than "nothing saved"
            throw e.afterRecording(from);
        }
    }

    /** Locks the source's row till the commit, so no other instance can claim the source between check and write. */
    private void holdLease(String sourceId, String owner) {
        List<?> held = em.createNativeQuery("select 1 from source_state where source_id = ?1 and lease_owner = ?2 "
                        + "and lease_until > now() for update")
                .setParameter(1, sourceId).setParameter(2, owner).getResultList();
        if (held.isEmpty()) {
            throw new LeaseLostException(sourceId, owner);
        }
    }

    private void writeState(SourceState s) {
        SourceStateEntity e = SourceStateEntity.findById(s.sourceId());
        if (e == null) {
            e = new SourceStateEntity();
            e.sourceId = s.sourceId();
            e.trackedSince = s.trackedSince();
            e.persist();
        }
        SourceState.Health health = s.health();
        e.health = health.status().wire();
        e.healthReason = health.reason();
        e.healthSince = health.since();
        e.healthPublished = health.published();
        SourceState.ConditionalGet conditionalGet = s.conditionalGet();
        e.etag = conditionalGet.validators().etag();
        e.lastModified = conditionalGet.validators().lastModified();
        e.validatorUrl = conditionalGet.url();
        e.layoutWarning = conditionalGet.layoutWarning();
        SourceState.Schedule schedule = s.schedule();
        e.lastPolledAt = schedule.lastPolledAt();
        e.lastSuccessAt = schedule.lastSuccessAt();
        e.consecutiveFailures = schedule.consecutiveFailures();
        e.nextPollAt = schedule.nextPollAt();
        SourceState.LastError lastError = s.lastError();
        e.lastErrorReason = lastError.reason() == null ? null : lastError.reason().wire();
        e.lastError = lastError.message();
        e.lastErrorAt = lastError.at();
        SourceState.Counters counters = s.counters();
        e.polls = counters.polls();
        e.failures = counters.failures();
        e.itemsPublished = counters.itemsPublished();
        e.duplicates = counters.duplicates();
        e.unparseableDates = counters.unparseableDates();
        e.lastNewItemAt = counters.lastNewItemAt();
        e.mostItemsShown = counters.mostItemsShown();
    }

    /** The items Kafka acknowledged, as published: an id already there (a racing instance's) is not an error. */
    private void recordPublished(List<FeedItem> items) {
        Instant now = clock.instant();
        for (FeedItem item : items) {
            em.createNativeQuery("insert into published_item (item_id, source_id, link, published_at, first_seen_at) "
                            + "values (?1, ?2, cast(?3 as text), cast(?4 as timestamptz), ?5) on conflict (item_id) do nothing")
                    .setParameter(1, item.id()).setParameter(2, item.sourceId()).setParameter(3, item.link())
                    .setParameter(4, item.publishedAt()).setParameter(5, now)
                    .executeUpdate();
        }
    }

    @Override
    @Transactional
    public void recordError(String sourceId, String reason, String message, String url) {
        SourceErrorEntity e = new SourceErrorEntity();
        e.sourceId = sourceId;
        e.occurredAt = clock.instant();
        e.reason = reason;
        e.message = message;
        e.url = url;
        e.persist();
        em.createNativeQuery("delete from source_error where source_id = ?1 and id not in "
                        + "(select id from source_error where source_id = ?1 order by occurred_at desc, id desc limit ?2)")
                .setParameter(1, sourceId).setParameter(2, RECENT_ERRORS_KEPT).executeUpdate();
    }

    @Override
    @Transactional
    public void recordFullText(String sourceId, FullTextTally tally, Instant at) {
        if (tally.texts() == 0 && tally.failures() == 0) {
            return;
        }
        em.createNativeQuery("insert into source_fulltext as f (source_id, texts, failures, last_text_at, "
                        + "last_failure_reason, last_failure, last_failure_url, last_failure_at) values (?1, ?2, ?3, "
                        + "case when ?2 > 0 then cast(?4 as timestamptz) end, cast(?5 as varchar), cast(?6 as varchar), "
                        + "cast(?7 as varchar), case when ?3 > 0 then cast(?4 as timestamptz) end) "
                        + "on conflict (source_id) do update set texts = f.texts + excluded.texts, "
                        + "failures = f.failures + excluded.failures, "
                        + "last_text_at = coalesce(excluded.last_text_at, f.last_text_at), "
                        + "last_failure_reason = coalesce(excluded.last_failure_reason, f.last_failure_reason), "
                        + "last_failure = case when excluded.failures > 0 then excluded.last_failure else f.last_failure end, "
                        + "last_failure_url = case when excluded.failures > 0 then excluded.last_failure_url else f.last_failure_url end, "
                        + "last_failure_at = coalesce(excluded.last_failure_at, f.last_failure_at)")
                .setParameter(1, sourceId).setParameter(2, tally.texts()).setParameter(3, tally.failures())
                .setParameter(4, at).setParameter(5, tally.lastFailureReason())
                .setParameter(6, cut(tally.lastFailure(), 2000)).setParameter(7, cut(tally.lastFailureUrl(), 4000))
                .executeUpdate();
    }

    @Override
    @Transactional
    public void recordGap(String sourceId, String reason, String message, String lastPage, int pagesRead,
                          Instant at) {
        em.createNativeQuery("insert into source_gap as g (source_id, gaps, last_at, last_reason, last_page, "
                        + "pages_read, message) values (?1, 1, ?2, ?3, ?4, ?5, ?6) "
                        + "on conflict (source_id) do update set gaps = g.gaps + 1, last_at = excluded.last_at, "
                        + "last_reason = excluded.last_reason, last_page = excluded.last_page, "
                        + "pages_read = excluded.pages_read, message = excluded.message")
                .setParameter(1, sourceId).setParameter(2, at).setParameter(3, reason)
                .setParameter(4, cut(lastPage, 4000)).setParameter(5, pagesRead).setParameter(6, cut(message, 2000))
                .executeUpdate();
    }

    /** The gaps of every source that had one. */
    @Transactional
    public Map<String, GapState> gapStates() {
        Map<String, GapState> states = new HashMap<>();
        for (Object row : em.createNativeQuery("select source_id, gaps, last_at, last_reason, last_page, pages_read, "
                + "message from source_gap").getResultList()) {
            Object[] r = (Object[]) row;
            states.put((String) r[0], new GapState(((Number) r[1]).longValue(), instant(r[2]), (String) r[3],
                    (String) r[4], ((Number) r[5]).intValue(), (String) r[6]));
        }
        return states;
    }

    /** The full-text counts of every source that has any. */
    @Transactional
    public Map<String, FullTextState> fullTextStates() {
        Map<String, FullTextState> states = new HashMap<>();
        for (Object row : em.createNativeQuery("select source_id, texts, failures, last_text_at, last_failure_reason, "
                + "last_failure, last_failure_url, last_failure_at from source_fulltext").getResultList()) {
            Object[] r = (Object[]) row;
            states.put((String) r[0], new FullTextState(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    instant(r[3]), (String) r[4], (String) r[5], (String) r[6], instant(r[7])));
        }
        return states;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Transactional
    public List<SourceError> recentErrors(String sourceId, int limit) {
        return SourceErrorEntity.<SourceErrorEntity>find("sourceId = ?1 order by occurredAt desc, id desc", sourceId)
                .page(0, limit).list().stream()
                .map(e -> new SourceError(e.occurredAt, e.reason, e.message, e.url)).toList();
    }

    /**
     * Forgets the ids of items first published longer ago than {@code retention}, so the table does not grow for
     * ever. Safe as long as no source still lists an item that old (feeds and listings show their latest items).
     *
     * @return how many ids were forgotten
     */
    @Transactional
    public int forgetPublishedBefore(Instant cutoff) {
        return em.createNativeQuery("delete from published_item where first_seen_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }

    /** How many items of a source were published (for tests and the API). */
    @Transactional
    public long publishedCount(String sourceId) {
        return PublishedItemEntity.count("sourceId", sourceId);
    }

    private static SourceState toState(SourceStateEntity e) {
        return new SourceState(e.sourceId, e.trackedSince,
                new SourceState.Health(SourceHealth.fromWire(e.health), e.healthReason, e.healthSince,
                        e.healthPublished),
                new SourceState.ConditionalGet(new Validators(e.etag, e.lastModified), e.validatorUrl,
                        e.layoutWarning),
                new SourceState.Schedule(e.lastPolledAt, e.lastSuccessAt, e.consecutiveFailures, e.nextPollAt),
                new SourceState.LastError(reason(e.lastErrorReason), e.lastError, e.lastErrorAt),
                new SourceState.Counters(e.polls, e.failures, e.itemsPublished, e.duplicates, e.unparseableDates,
                        e.lastNewItemAt, e.mostItemsShown));
    }

    private static FailureReason reason(String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return FailureReason.valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
