package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.classifier.rules.ShippedRules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka consumer classifies a polled batch in one call ({@link RuleEngine#classifyAll}), which indexes the items
 * of each language together: every item must get exactly what classifying it alone gives — themes, rules, evidence
 * text and offsets — whatever its neighbours.
 */
class BatchClassificationTest {

    static RuleEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = RuleEngine.build(ShippedRules.definition());
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aBatchOfTheDevSetInThreeLanguagesIsClassifiedItemByItemAsAlone() throws Exception {
        List<ItemText> items = new ArrayList<>(DevSetItems.load());
        // neighbours of every language, in no particular order, and an item without a declared language
        Collections.shuffle(items, new Random(14));
        items.add(new ItemText("guessed", "Закон аб штучным інтэлекце", null, null, null, "belta"));

        List<Classification> together = engine.classifyAll(items);

        assertThat(together).hasSameSizeAs(items);
        for (int i = 0; i < items.size(); i++) {
            assertThat(together.get(i)).as("item %s", items.get(i).id()).isEqualTo(engine.classify(items.get(i)));
        }
        assertThat(together).as("some items are tagged, with evidence").anySatisfy(c ->
                assertThat(c.tags()).anySatisfy(t -> assertThat(t.evidence()).isNotEmpty()));
    }

    @Test
    void theSameItemTwiceInABatchIsTaggedTheSameTwice() throws Exception {
        ItemText item = DevSetItems.load().get(0);
        List<Classification> together = engine.classifyAll(List.of(item, item));
        assertThat(together).containsExactly(engine.classify(item), engine.classify(item));
    }

    @Test
    void anEmptyBatchOrOneItemNeedsNoIndexOfItsOwn() throws Exception {
        assertThat(engine.classifyAll(List.of())).isEmpty();
        ItemText item = DevSetItems.load().get(0);
        assertThat(engine.classifyAll(List.of(item))).containsExactly(engine.classify(item));
    }
}
