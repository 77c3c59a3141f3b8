package org.policymonitor.alert.item.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.policymonitor.alert.act.ActExtractor;
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

    private final ActExtractor acts = new ActExtractor();

    @Transactional
    public Result store(List<ClassifiedItem> batch) {
        return storeInTransaction(batch.stream().map(PreparedItem::bare).toList());
    }

    /** As {@link #store}, with what {@link PreparedItem.Preparer} computed before the transaction. */
    @Transactional
    public Result storePrepared(List<PreparedItem> batch) {
        return storeInTransaction(batch);
    }

    private Result storeInTransaction(List<PreparedItem> batch) {
        Instant now = Instant.now();
        stories.lock(); // before any row changes: see StoryStore.lock
        Map<String, PreparedItem> latestPrepared = new LinkedHashMap<>();
        for (PreparedItem p : batch) {
            latestPrepared.merge(p.classified().item().id(), p, (pa, pb) -> {
                ClassifiedItem a = pa.classified();
                return supersedes(pb.classified(), a.item().version(), a.rulesetVersion(), a.classifiedAt(), a.themes())
                        ? pb : pa;
            });
        }
        Map<String, ClassifiedItem> latest = new LinkedHashMap<>();
        latestPrepared.forEach((id, p) -> latest.put(id, p.classified()));
        Map<String, StoryFeatures> preparedFeatures = new HashMap<>();
        Set<String> known = storedIds(latest.keySet()); // usually none: entities are loaded only for those there are
        Map<String, ItemEntity> existing = known.isEmpty() ? Map.of() : ItemEntity.<ItemEntity>list("id in ?1", known)
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        List<SubscriptionEntity> subscriptions = SubscriptionEntity.enabledOnes();
        List<ClassifiedItem> changed = new ArrayList<>();
        List<StoryStore.Member> members = new ArrayList<>();
        List<StoryStore.Member> relanguaged = new ArrayList<>();
        List<ClassifiedItem> fresh = new ArrayList<>();
        Map<String, String> storyOf = new LinkedHashMap<>();
        int created = 0;
        int reclassified = 0;
        for (ClassifiedItem c : latest.values()) {
            ItemEntity stored = existing.get(c.item().id());
            if (stored == null) {
                fresh.add(c);
                FeedItem i = c.item();
                PreparedItem p = latestPrepared.get(i.id());
                members.add(new StoryStore.Member(i.id(), i.title(), i.summary(), i.content(), c.language(),
                        ItemRows.Row.eventTime(i, now), i.link(),
                        p.acts() != null ? p.acts() : acts.extract(i.title(), i.summary(), i.content())));
                if (p.features() != null) {
                    preparedFeatures.put(i.id(), p.features());
                }
                created++;
            } else if (supersedes(c, stored.version, stored.rulesetVersion, stored.classifiedAt, stored.themeList())) {
                if (c.item().version() > stored.version) {
                    stored.applyText(c.item());
                    editedActs.follow(stored);
                }
                String languageBefore = stored.language;
                stored.applyClassification(c, now);
                if (!Objects.equals(languageBefore, stored.language)) {
                    relanguaged.add(new StoryStore.Member(stored.id, stored.title, stored.summary, stored.content,
                            stored.language, stored.eventTime(), stored.link, stored.actList()));
                }
                storyOf.put(stored.id, stored.storyId);
                reclassified++;
            } else {
                continue;
            }
            changed.add(c);
        }
        // a new item's row is inserted once with its acts, never updated (an update would rewrite the wide row, its
        // full-text vector and every index on it); its story is its member row's (V21)
        List<ItemRows.Row> rows = new ArrayList<>(fresh.size());
        for (int k = 0; k < fresh.size(); k++) {
            rows.add(new ItemRows.Row(fresh.get(k), now, StoryStore.actsJson(members.get(k).acts())));
        }
        // new rows bypass the persistence context (and the entity: nothing here changes them again, so a managed copy
        // would only cost a snapshot of each and a dirty check at commit); plain JDBC, one COPY, which the server
        // works through while the grouping matches in memory (ItemRows.Overlapped)
        ItemRows.Overlapped itemRows = new ItemRows.Overlapped(rows);
        // stories before alerts: a subscription that wants one alert per story needs the item's story
        // an item now read in another language is compared in that one, by this batch's new items too
        stories.relanguage(relanguaged);
        storyOf.putAll(stories.assign(members, preparedFeatures, itemRows));
        if (!rows.isEmpty()) {
            em.unwrap(Session.class).doWork(itemRows::finish);
            searchIndex.added(rows.size());
        }
        List<Outbox.Owed> owed = new ArrayList<>();
        List<SubscriptionFilter> filters = subscriptions.stream().map(SubscriptionEntity::filter).toList();
        for (ClassifiedItem c : changed) {
            SubscriptionFilter.Item item = SubscriptionFilter.Item.of(c.item().sourceId(), c.language(), c.themes());
            for (int k = 0; k < subscriptions.size(); k++) {
                SubscriptionEntity s = subscriptions.get(k);
                if (filters.get(k).matches(item)) {
                    owed.add(new Outbox.Owed(s, c.item().id(), null,
                            s.oncePerStory ? storyOf.get(c.item().id()) : null));
                }
            }
        }
        owed.addAll(changes.applyPending(rows.stream().map(ItemRows.Row::id).toList(), subscriptions, now));
        int deliveries = outbox.write(owed, now);
        return new Result(created, reclassified, latest.size() - created - reclassified, deliveries);
    }

    private Set<String> storedIds(Collection<String> ids) {
        return em.unwrap(Session.class).doReturningWork(c -> storedIds(c, ids));
    }

    /** Which of these items are stored already. */
    static Set<String> storedIds(Connection c, Collection<String> ids) throws SQLException {
        try (PreparedStatement ps = PlannedPerCall.prepare(c, "SELECT id FROM item WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            Set<String> found = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
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
