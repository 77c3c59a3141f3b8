package org.policymonitor.alert.search;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items stored before the Belarusian pass (a database at V26) are found by their other word forms once the database is
 * upgraded — the search vector is a generated column, so the upgrade has to recompute it for the rows already there —
 * and the rows without Belarusian letters are left as they were (not rewritten: the cost of the upgrade on a large
 * table is its Belarusian rows). Searched with the API's own WHERE clause ({@link ItemQuery}).
 */
class SearchVectorUpgradeTest {

    @Test
    void itemsStoredBeforeTheUpgradeAreFoundByTheirOtherFormsAndOthersAreNotRewritten() throws SQLException {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password()).locations("classpath:db/migration")
                .target("26").load().migrate();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            insert(c, "be", "Форум у Мінску", "Удзельнікі абмеркавалі развіццё штучнага інтэлекту.");
            // a Latin «i» for «і»: Belarusian once the look-alike letters are read (V25)
            insert(c, "be-latin-i", "Навіны", "Канферэнцыя ў Мiнску");
            insert(c, "ru", "Форум в Минске", "Участники обсудили развитие искусственного интеллекта.");
            insert(c, "en", "Forum in Minsk", "Participants discussed artificial intelligence.");
            Map<String, String> versionsBefore = rowVersions(c);

            Flyway.configure().dataSource(db.jdbcUrl(), db.username(), db.password())
                    .locations("classpath:db/migration").load().migrate();

            assertThat(found(c, "Мінск")).containsExactlyInAnyOrder("be", "be-latin-i", "ru");
            assertThat(found(c, "штучны інтэлект")).containsExactly("be");
            Map<String, String> versionsAfter = rowVersions(c);
            assertThat(versionsAfter.get("ru")).as("the Russian row is not rewritten").isEqualTo(versionsBefore.get("ru"));
            assertThat(versionsAfter.get("en")).as("the English row is not rewritten").isEqualTo(versionsBefore.get("en"));
        }
    }

    private static void insert(Connection c, String id, String title, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO item (id, source_id, title, summary, stored_at,"
                + " updated_at) VALUES (?, 'upgrade', ?, ?, now(), now())")) {
            ps.setString(1, id);
            ps.setString(2, title);
            ps.setString(3, summary);
            ps.executeUpdate();
        }
    }

    /** Each row's physical version (its ctid changes when the row is rewritten). */
    private static Map<String, String> rowVersions(Connection c) throws SQLException {
        Map<String, String> versions = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, ctid::text FROM item")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getString(2));
            }
        }
        return versions;
    }

    private static List<String> found(Connection c, String q) throws SQLException {
        SqlFragment where = ItemQuery.where(ItemFilter.parse(null, null, null, null, null, null, null, q, null, null));
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = where.prepare(c, "SELECT i.id FROM item i" + where.sql(), List.of());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
