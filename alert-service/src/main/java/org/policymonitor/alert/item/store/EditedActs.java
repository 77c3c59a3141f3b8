package org.policymonitor.alert.item.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.act.ActReference;
import org.policymonitor.alert.act.ActRow;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.story.StoryStore;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;

/**
 * Makes an edited item's acts follow its new text: the item's {@code acts} and its {@code item_act} rows (the acts
 * API and its timelines) are replaced by those of the version stored, in the transaction that stores it. The item's
 * story and grouping keys stay those of its first version (a story is never split).
 */
@ApplicationScoped
public class EditedActs {

    private static final String INSERT = """
            INSERT INTO item_act (act_id, item_id, kind, number, act_date, at, same_as)
            SELECT a.id, ?, a.kind, a.number, a.day::date, ?, a.same_as
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS a(id, kind, number, day, same_as)
            ON CONFLICT DO NOTHING""";

    @Inject
    EntityManager em;

    private final ActExtractor acts = new ActExtractor();

    /** After {@link ItemEntity#applyText}: the acts of the item's text as it now is. */
    public void follow(ItemEntity item) {
        List<ActReference> found = acts.extract(item.title, item.summary, item.content);
        String json = StoryStore.actsJson(found);
        item.acts = json; // the column is not updatable through the entity (it is written with the story)
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE item SET acts = ?::jsonb WHERE id = ?")) {
                ps.setString(1, json);
                ps.setString(2, item.id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM item_act WHERE item_id = ?")) {
                ps.setString(1, item.id);
                ps.executeUpdate();
            }
            if (found.isEmpty()) {
                return;
            }
            List<ActRow> rows = ActRow.of(found);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setString(1, item.id);
                ps.setTimestamp(2, Timestamp.from(item.eventTime()));
                ps.setArray(3, c.createArrayOf("text", rows.stream().map(ActRow::id).toArray()));
                ps.setArray(4, c.createArrayOf("text", rows.stream().map(ActRow::kind).toArray()));
                ps.setArray(5, c.createArrayOf("text", rows.stream().map(ActRow::number).toArray()));
                ps.setArray(6, c.createArrayOf("text", rows.stream()
                        .map(a -> a.date() == null ? null : a.date().toString()).toArray()));
                ps.setArray(7, c.createArrayOf("text", rows.stream().map(ActRow::sameAs).toArray()));
                ps.executeUpdate();
            }
        });
    }
}
