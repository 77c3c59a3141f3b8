package org.policymonitor.alert.item.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.alert.delivery.Outbox;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.jdbc.PlannedPerCall;
import org.policymonitor.alert.story.StoryFeatures;
import org.policymonitor.alert.story.StoryStore;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.alert.subscription.SubscriptionFilter;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.FeedItem;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores classified items idempotently and writes the alerts they owe in the same transaction (the outbox).
 * A record seen before changes nothing; a newer classification with other tags replaces the tags and owes
 * alerts to subscriptions that match only now. A newer version of the item's text (an edited article, classified
 * again) replaces the text and the tags; the outbox's unique (subscription, item) row keeps it from alerting as a
 * new item again. Changes of an article that arrived before the item are applied when the item is created.
 */
@ApplicationScoped
public class ItemStore {

    /** What a batch did. */
    public record Result(int created, int reclassified, int unchanged, int deliveries) {
    }

    @Inject
    Outbox outbox;
    @Inject
    StoryStore stories;
    @Inject
    ChangeStore changes;
    @Inject
    EntityManager em;
    @Inject
    EditedActs editedActs;
    @Inject
    SearchIndexUpkeep searchIndex;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ActExtractor acts = new ActExtractor();

    @Transactional
    public Result store(List<ClassifiedItem> batch) {
        return storeInTransaction(batch.stream().map(PreparedItem::bare).toList(), StoringOverlap.ALONE);
    }

    /** As {@link #store}, with what {@link PreparedItem.Preparer} computed before the transaction. */
    @Transactional
    public Result storePrepared(List<PreparedItem> batch) {
        return storeInTransaction(batch, StoringOverlap.ALONE);
    }

    /**
     * As {@link #storePrepared}, while the transaction of the batch before it may still be open ({@link
     * StoringOverlap}).
     *
     * @throws StoringOverlap.PredecessorRolledBack the batch before it rolled back meanwhile: this one rolled back too
     */
    @Transactional
    public Result storePrepared(List<PreparedItem> batch, StoringOverlap overlap) {
        return storeInTransaction(batch, overlap);
    }

    /*
     * Why the new item rows are inserted before the grouping lock, and why that cannot deadlock.
     *
     * A storing transaction has three phases: (P) it inserts its new item rows, INSERT … ON CONFLICT (id) DO NOTHING
     * in id order; (W) it waits for the grouping lock; (L) it holds the lock: it reads the stored items, groups, writes
     * members, keys, stories, reclassifications, applied changes and outbox rows, commits. A storing line starts batch
     * N+1's transaction only once batch N's holds the lock (StoringOverlap), so N+1 inserts while N groups and commits.
     * Who waits for whom:
     * - (L) waits for no transaction in (P) or (W). Their only changes are item rows not committed yet, and (L) never
     *   touches such a row: it inserts no item row, it updates only rows it read as committed (reclassified items, an
     *   edit's ChangeStore) or inserted itself, and the rows it writes that refer to an item (story_member, story_key,
     *   item_act with their deferred foreign keys, delivery) refer to its own items or committed ones; the foreign-key
     *   checks take FOR KEY SHARE, which no non-key update conflicts with. Since V21 a story merge updates member rows
     *   only (written under the lock), never item rows: before, a merge updated the younger story's item rows, and a
     *   transaction that had touched one of those without the lock would have made (L) wait for it. ChangeStore takes
     *   the lock before it reads or writes anything: it is an (L) transaction, and an item still in (P) or (W) is not
     *   visible to it, so its change is kept pending and applied by the item's own transaction under the lock, after
     *   the change committed (applyPending's query is a new statement, hence a new snapshot, after the lock).
     * - (W) waits only for the lock's holder, an (L).
     * - (P) waits, on an id it inserts, for whichever open transaction inserted or updated that id: an (L) (above: it
     *   never waits back), a (W) (which waits only for an (L)), another (P) (two instances, or a batch stored again
     *   one record at a time beside the next batch), or a transaction outside storing (an API's update of an item,
     *   which takes no storing lock and touches no uncommitted item). Two (P) cannot wait for each other in a circle:
     *   each inserts in ascending id order, so the one waiting on id k holds only ids below k, and the other, holding
     *   k, can only be waiting on an id above k.
     * So every chain of waits ends at a transaction that is running; none returns to where it began.
     *
     * What an insert that found its id taken means: the row existed (committed) or its inserting transaction has
     * ended — PostgreSQL waits for it before deciding — and committed; had it rolled back, this insert would have
     * gone in. Such an item is handled as a stored one (unchanged or reclassified), read under the lock as before.
     * The guarantees of one transaction per batch stay: the item row commits with its members and outbox rows or
     * not at all; a stored item found again (a re-delivery racing its first delivery) owes nothing new.
     */
    private Result storeInTransaction(List<PreparedItem> batch, StoringOverlap overlap) {
        Instant now = Instant.now();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                overlap.ended(status == Status.STATUS_COMMITTED);
            }
        });
        Map<String, PreparedItem> latestPrepared = new LinkedHashMap<>();
        for (PreparedItem p : batch) {
            latestPrepared.merge(p.classified().item().id(), p, (pa, pb) -> {
                ClassifiedItem a = pa.classified();
                return supersedes(pb.classified(), a.item().version(), a.rulesetVersion(), a.classifiedAt(), a.themes())
                        ? pb : pa;
            });
        }
        // (P): every item of the batch is offered as a new row; those stored already are left as they are. A new row
        // is inserted once with its acts (its story is its member row's), never updated for the grouping
        Map<String, List<ActReference>> actsOf = new HashMap<>();
        List<ItemRows.Row> offered = new ArrayList<>(latestPrepared.size());
        for (PreparedItem p : latestPrepared.values()) {
            FeedItem i = p.classified().item();
            List<ActReference> found = p.acts() != null ? p.acts() : acts.extract(i.title(), i.summary(), i.content());
            actsOf.put(i.id(), found);
            offered.add(new ItemRows.Row(p.classified(), now, StoryStore.actsJson(found)));
        }
        // new rows bypass the persistence context (and the entity: nothing here changes them again, so a managed copy
        // would only cost a snapshot of each and a dirty check at commit); plain JDBC, many rows to a statement
        Set<String> inserted = offered.isEmpty() ? Set.of()
                : em.unwrap(Session.class).doReturningWork(c -> ItemRows.insert(c, offered));
        if (!inserted.isEmpty()) {
            searchIndex.added(inserted.size());
        }
        stories.lock(); // (W) then (L): see above and StoryStore.lock
        overlap.lockTaken(); // the batch before this one committed; the next one may begin
        Map<String, ClassifiedItem> latest = new LinkedHashMap<>();
        latestPrepared.forEach((id, p) -> latest.put(id, p.classified()));
        Map<String, StoryFeatures> preparedFeatures = new HashMap<>();
        Set<String> known = new HashSet<>(latest.keySet());
        known.removeAll(inserted); // usually none: entities are loaded only for those there are
        Map<String, ItemEntity> existing = known.isEmpty() ? Map.of() : ItemEntity.<ItemEntity>list("id in ?1", known)
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<SubscriptionEntity> subscriptions = SubscriptionEntity.enabledOnes();
        List<ClassifiedItem> changed = new ArrayList<>();
        List<StoryStore.Member> members = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Map<String, String> storyOf = new LinkedHashMap<>();
        int reclassified = 0;
        for (ClassifiedItem c : latest.values()) {
            FeedItem i = c.item();
            ItemEntity stored = existing.get(i.id());
            if (inserted.contains(i.id())) {
                created.add(i.id());
                members.add(new StoryStore.Member(i.id(), i.title(), i.summary(), i.content(), i.language(),
                        ItemRows.Row.eventTime(i, now), i.link(), actsOf.get(i.id())));
                PreparedItem p = latestPrepared.get(i.id());
                if (p.features() != null) {
                    preparedFeatures.put(i.id(), p.features());
                }
            } else if (stored != null
                    && supersedes(c, stored.version, stored.rulesetVersion, stored.classifiedAt, stored.themeList())) {
                if (i.version() > stored.version) {
                    stored.applyText(i);
                    editedActs.follow(stored);
                }
                stored.applyClassification(c, now);
                storyOf.put(stored.id, stored.storyId);
                reclassified++;
            } else {
                continue;
            }
            changed.add(c);
        }
        // stories before alerts: a subscription that wants one alert per story needs the item's story
        storyOf.putAll(stories.assign(members, preparedFeatures));
        List<Outbox.Owed> owed = new ArrayList<>();
        List<SubscriptionFilter> filters = subscriptions.stream().map(SubscriptionEntity::filter).toList();
        for (ClassifiedItem c : changed) {
            SubscriptionFilter.Item item = SubscriptionFilter.Item.of(c.item().sourceId(), c.item().language(), c.themes());
            for (int k = 0; k < subscriptions.size(); k++) {
                SubscriptionEntity s = subscriptions.get(k);
                if (filters.get(k).matches(item)) {
                    owed.add(new Outbox.Owed(s, c.item().id(), null,
                            s.oncePerStory ? storyOf.get(c.item().id()) : null));
                }
            }
        }
        owed.addAll(changes.applyPending(created, subscriptions, now));
        int deliveries = outbox.write(owed, now);
        return new Result(created.size(), reclassified, latest.size() - created.size() - reclassified, deliveries);
    }

    /**
     * A classification of a newer version of the text always replaces the stored one (text, tags and evidence
     * offsets all change with the text), one of an older version never does. For the same version, a classification
     * replaces the stored one when it is newer and says something different (another ruleset or other themes). The
     * same record again, or an older one arriving late, changes nothing.
     */
    static boolean supersedes(ClassifiedItem incoming, int storedVersion, String storedRuleset,
                              Instant storedClassifiedAt, List<String> storedThemes) {
        if (incoming.item().version() != storedVersion) {
            return incoming.item().version() > storedVersion;
        }
        if (incoming.classifiedAt() == null || (storedClassifiedAt != null
                && !incoming.classifiedAt().isAfter(storedClassifiedAt))) {
            return false;
        }
        return !Objects.equals(incoming.rulesetVersion(), storedRuleset)
                || !new HashSet<>(incoming.themes()).equals(new HashSet<>(storedThemes));
    }
}
