package org.policymonitor.alert.search;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.ProcessCpu;
import org.policymonitor.testing.corpus.BenchmarkNews;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What V25's {@code look_alike_folded} costs the database per stored item: the PostgreSQL backend's CPU (from
 * {@code /proc}; the test's database runs on this machine) for the item's search vector as V11 built it and as the
 * generated column builds it now, over the same texts — testing's {@code BenchmarkNews} (the system benchmark's English
 * items) and the labelled en/ru/be items — in rounds that alternate, so that a change in the machine's load falls on
 * both sides alike. The best round of each is printed, per item.
 * <p>
 * Run: {@code ./mvnw -B -ntp -pl alert-service -am verify -Dgroups=benchmark -DexcludedGroups=none
 * -Dtest=SearchVectorCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}
 */
@QuarkusTest
@Tag("benchmark")
class SearchVectorCostBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.vectorRounds", 6);
    /** Each text is vectorised this many times a round: enough backend CPU for /proc's 10 ms ticks to be precise. */
    private static final int REPEATS = 10;

    /**
     * V11's generated column, the title and summary of each item given (and a null content, as a feed item has). Since
     * V27 its function holds the Belarusian pass too, so both sides include it: this measures the look-alike letters
     * alone (V27's own cost was measured apart, alert-service README "Data model").
     */
    private static final String V11 = "SELECT count(*) FROM unnest(?::text[], ?::text[]) AS x(title, summary)"
            + " WHERE item_search_vector(coalesce(title, ''), coalesce(summary, '') || ' ' || coalesce(null::text, ''))"
            + " IS NOT NULL";
    /** V25's: the same with look-alike letters read. */
    private static final String V25 = "SELECT count(*) FROM unnest(?::text[], ?::text[]) AS x(title, summary)"
            + " WHERE item_search_vector(look_alike_folded(coalesce(title, '')),"
            + " look_alike_folded(coalesce(summary, '') || ' ' || coalesce(null::text, ''))) IS NOT NULL";

    @Inject
    DataSource dataSource;

    @Test
    void theFoldCostsLittleBesideTheVector() throws Exception {
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            BenchmarkNews.Kind kind = BenchmarkNews.mixed(i);
            titles.add(BenchmarkNews.title(kind, i));
            bodies.add(BenchmarkNews.text(kind, i));
        }
        for (String resource : new String[]{"/labelled/stories-fresh44.jsonl", "/labelled/stories-fresh45.jsonl",
                "/labelled/stories-fresh46.jsonl", "/labelled/stories-fresh47.jsonl"}) {
            for (String[] item : SearchVectorTest.labelled(resource)) {
                titles.add(item[0]);
                bodies.add(item[1]);
            }
        }
        int items = titles.size() * REPEATS;
        double bestBefore = Double.MAX_VALUE;
        double bestAfter = Double.MAX_VALUE;
        try (Connection c = dataSource.getConnection()) {
            long pid;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getLong(1);
            }
            Array t = c.createArrayOf("text", titles.toArray());
            Array b = c.createArrayOf("text", bodies.toArray());
            run(c, V11, t, b, items); // warm-up: plans and the functions' caches
            run(c, V25, t, b, items);
            for (int round = 0; round < ROUNDS; round++) {
                double start = ProcessCpu.millis(pid);
                run(c, V11, t, b, items);
                double middle = ProcessCpu.millis(pid);
                run(c, V25, t, b, items);
                double end = ProcessCpu.millis(pid);
                bestBefore = Math.min(bestBefore, (middle - start) * 1000 / items);
                bestAfter = Math.min(bestAfter, (end - middle) * 1000 / items);
            }
        }
        System.out.printf("search vector, PostgreSQL backend CPU per item (µs, best of %d rounds, %d items a round):"
                + " V11 %.1f, V25 (look-alike letters read) %.1f%n", ROUNDS, items, bestBefore, bestAfter);
        assertThat(bestAfter).as("measured").isPositive();
    }

    /** Each text's vector {@link #REPEATS} times, a statement each time (one statement would compute it once). */
    private static void run(Connection c, String sql, Array titles, Array bodies, int items) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, titles);
            ps.setArray(2, bodies);
            for (int i = 0; i < REPEATS; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("every text vectorised").isEqualTo(items / REPEATS);
                }
            }
        }
    }
}
