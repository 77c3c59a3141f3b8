package org.policymonitor.alert.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The story candidate query's plan on a real database, for the benchmark: {@code EXPLAIN (ANALYZE, BUFFERS)}. */
public final class CandidateQueryPlans {

    private CandidateQueryPlans() {
    }

    /** The plans of the candidate query for the newest {@code count} grouped items, as their own search ran it. */
    public static List<String> explainNewest(Connection c, int count) throws SQLException {
        List<StoryFeatures> probes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT at, language, link, simhash, keys FROM story_member ORDER BY at DESC LIMIT ?")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    probes.add(new StoryFeatures(rs.getString("language"), rs.getTimestamp("at").toInstant(),
                            rs.getString("link"), rs.getLong("simhash"), Set.of((String[]) rs.getArray("keys").getArray())));
                }
            }
        }
        List<String> plans = new ArrayList<>();
        for (StoryFeatures f : probes) {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + StoryStore.PROBES)) {
                // the item's search as a batch of its own: one probe per indexed key
                StoryStore.bindProbes(c, ps, new BatchCandidates(List.of("probe"), List.of(f)).probes());
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                plans.add(plan.toString());
            }
        }
        return plans;
    }
}
