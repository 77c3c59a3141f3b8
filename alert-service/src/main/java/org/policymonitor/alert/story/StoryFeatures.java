package org.policymonitor.alert.story;

import java.time.Instant;
import java.util.Set;

/**
 * What the grouping knows of an item: its language and time, its canonical link, a SimHash of its words and its keys.
 * Keys carry their kind in a prefix, and the kind gives the weight ({@link Keys#weight}):
 * {@code a:decree:17} (an act), {@code #1500} / {@code #30%} (a number), {@code c:org:oac} (a glossary concept),
 * {@code n:krnk} (a name's skeleton), {@code w:ru:кибер} (a word, compared only within one language).
 */
public record StoryFeatures(String language, Instant at, String link, long simhash, Set<String> keys) {

    public StoryFeatures {
        keys = Set.copyOf(keys);
    }
}
