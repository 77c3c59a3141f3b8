package org.policymonitor.alert.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.act.ActExtractor;
import org.policymonitor.alert.act.ActReference;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features made with {@link SharedKeys} are the features made without (the same keys in the same order, so the
 * matcher adds the same weights in the same order), and their equal keys are one string.
 */
class SharedKeysTest {

    @Test
    void theFeaturesAreTheSameAndTheirEqualKeysOneString() throws Exception {
        FeatureExtractor extractor = new FeatureExtractor();
        ActExtractor acts = new ActExtractor();
        SharedKeys shared = new SharedKeys();
        Set<String> earlier = Collections.newSetFromMap(new IdentityHashMap<>()); // the key strings of earlier items
        int items = 0;
        int keys = 0;
        int fromEarlier = 0;
        int forgotten = 0;
        for (JsonNode j : labelled()) {
            String title = text(j, "title");
            String summary = text(j, "summary");
            List<ActReference> found = acts.extract(title, summary, null);
            var at = OffsetDateTime.parse(j.get("publishedAt").asText()).toInstant();
            StoryFeatures plain = extractor.extract(title, summary, null, text(j, "language"), at, text(j, "link"), found);
            int held = shared.size();
            StoryFeatures same = extractor.extract(title, summary, null, text(j, "language"), at, text(j, "link"), found,
                    shared);
            assertThat(same).isEqualTo(plain);
            assertThat(List.copyOf(same.keys())).containsExactlyElementsOf(List.copyOf(plain.keys()));
            assertThat(same.indexedKeys()).isEqualTo(plain.indexedKeys());
            if (shared.size() < held) {
                forgotten++; // full: forgotten while this item's keys were taken, some of them held, some not
            } else {
                for (String k : same.keys()) {
                    assertThat(shared.of(new String(k))).as("the one string held for " + k).isSameAs(k);
                }
            }
            for (String k : same.keys()) {
                fromEarlier += earlier.contains(k) ? 1 : 0;
                keys++;
            }
            earlier.addAll(same.keys());
            items++;
        }
        assertThat(items).isGreaterThan(3_000);
        assertThat(forgotten).as("the labelled items' keys fill it: a full one is forgotten and refilled").isPositive();
        assertThat(fromEarlier).as("keys recur from item to item: most are an earlier item's string").isGreaterThan(keys / 2);
        System.out.printf("%d items, %d keys, %d of them an earlier item's string; forgotten %d times%n", items, keys,
                fromEarlier, forgotten);
    }

    @Test
    void forgetsEverythingWhenFullAndNeverHoldsMore() {
        SharedKeys shared = new SharedKeys();
        String first = new String("w:en:agreem");
        assertThat(shared.of(first)).isSameAs(first);
        assertThat(shared.of(new String("w:en:agreem"))).isSameAs(first);
        for (int i = 0; i < SharedKeys.CAPACITY; i++) {
            shared.of("#" + i);
            assertThat(shared.size()).isLessThanOrEqualTo(SharedKeys.CAPACITY);
        }
        String again = new String("w:en:agreem");
        assertThat(shared.of(again)).as("forgotten when full").isSameAs(again).isEqualTo(first);
        assertThat(shared.size()).isEqualTo(1);
    }

    private static List<JsonNode> labelled() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("/labelled/stories.jsonl", "/labelled/stories-fresh.jsonl"));
        for (int round = 2; round <= 35; round++) { // the labelled stories of every round: ~4,000 items, 4 languages
            files.add("/labelled/stories-fresh" + round + ".jsonl");
        }
        for (String file : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    Objects.requireNonNull(SharedKeysTest.class.getResourceAsStream(file), file), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        out.add(json.readTree(line));
                    }
                }
            }
        }
        return out;
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
