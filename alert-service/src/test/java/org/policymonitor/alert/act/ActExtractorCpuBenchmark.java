package org.policymonitor.alert.act;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The act extractor's cost per stored item, in CPU time of this thread (so that a loaded machine does not inflate
 * it), on the write path's input: title, summary and content of the labelled story items in en/ru/be (BelTA,
 * president.gov.by, the Academy of Sciences, UNDP); every other one carries a full text of about 2 KB (other items'
 * summaries in its language, as `fullText` sources store it) so that long fields are measured too. Reported for all
 * items, and separately for the items that name no act (most of the stream) and those that name one.
 * <pre>
 * ./mvnw -B -ntp -pl alert-service -am verify -Dgroups=benchmark -DexcludedGroups=none \
 *     -Dtest=ActExtractorCpuBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
 * </pre>
 */
@Tag("benchmark")
class ActExtractorCpuBenchmark {

    record Item(String title, String summary, String content) {
    }

    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 20_000;

    @Test
    void cpuPerItem() throws IOException {
        ActExtractor extractor = new ActExtractor();
        List<Item> items = items();
        List<Item> withActs = items.stream().filter(i -> !extract(extractor, i).isEmpty()).toList();
        List<Item> without = items.stream().filter(i -> extract(extractor, i).isEmpty()).toList();
        System.out.printf("act extraction benchmark: %d items (%d name an act, %d none), %d with a full text%n",
                items.size(), withActs.size(), without.size(), items.stream().filter(i -> i.content() != null).count());
        double all = 0;
        for (int round = 0; round < ROUNDS; round++) { // the first rounds warm the JIT up; the last counts
            all = measure("all items", extractor, items, round);
            measure("items naming no act", extractor, without, round);
            measure("items naming an act", extractor, withActs, round);
        }
        assertThat(all).as("CPU per item, ms").isLessThan(5);
    }

    private static double measure(String what, ActExtractor extractor, List<Item> items, int round) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long found = 0;
        long start = cpu.getCurrentThreadCpuTime();
        for (int k = 0; k < PER_ROUND; k++) {
            found += extract(extractor, items.get(k % items.size())).size();
        }
        double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / PER_ROUND;
        System.out.printf("act extraction, round %d, %-20s: %.4f ms CPU per item (%d references)%n", round, what, ms,
                found);
        return ms;
    }

    private static List<ActReference> extract(ActExtractor extractor, Item i) {
        return extractor.extract(i.title(), i.summary(), i.content());
    }

    static List<Item> items() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String resource : List.of("/labelled/stories.jsonl", "/labelled/stories-fresh.jsonl",
                "/labelled/stories-fresh2.jsonl")) {
            try (InputStream in = ActExtractorCpuBenchmark.class.getResourceAsStream(resource)) {
                for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                        .split("\n")) {
                    if (!line.isBlank()) {
                        nodes.add(json.readTree(line));
                    }
                }
            }
        }
        List<Item> items = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            JsonNode j = nodes.get(n);
            String content = null;
            if (n % 2 == 0) {
                StringBuilder text = new StringBuilder(j.get("summary").asText());
                for (int k = 1; text.length() < 2_000 && k < nodes.size(); k++) {
                    JsonNode other = nodes.get((n + k * 7) % nodes.size());
                    if (other.get("language").asText().equals(j.get("language").asText())) {
                        text.append("\n\n").append(other.get("summary").asText());
                    }
                }
                content = text.toString();
            }
            items.add(new Item(j.get("title").asText(), j.get("summary").asText(), content));
        }
        return items;
    }
}
