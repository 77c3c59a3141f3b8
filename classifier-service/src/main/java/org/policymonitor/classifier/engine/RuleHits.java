package org.policymonitor.classifier.engine;

import org.apache.lucene.monitor.HighlightsMatch;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The spans one rule matched in an item, by index field: what Lucene Monitor's {@link HighlightsMatch} holds, in the
 * same order — fields by name, spans by start then end position, a span already held for its positions not added
 * again — so that evidence built from either comes out identical, ties included.
 */
final class RuleHits {

    /** One matched span: a term, or a whole phrase (phrases are one span, as Lucene's matches report them). */
    record Hit(int startPosition, int endPosition, int startOffset, int endOffset) implements Comparable<Hit> {
        @Override
        public int compareTo(Hit other) {
            return startPosition != other.startPosition
                    ? Integer.compare(startPosition, other.startPosition)
                    : Integer.compare(endPosition, other.endPosition);
        }
    }

    private final TreeMap<String, TreeSet<Hit>> byField = new TreeMap<>();

    void add(String field, int startPosition, int endPosition, int startOffset, int endOffset) {
        byField.computeIfAbsent(field, f -> new TreeSet<>())
                .add(new Hit(startPosition, endPosition, startOffset, endOffset));
    }

    /** Monitor's hits of one of the rule's queries, merged in as {@code HighlightsMatch.merge} would. */
    void addAll(HighlightsMatch match) {
        for (Map.Entry<String, Set<HighlightsMatch.Hit>> field : match.getHits().entrySet()) {
            for (HighlightsMatch.Hit hit : field.getValue()) {
                add(field.getKey(), hit.startPosition, hit.endPosition, hit.startOffset, hit.endOffset);
            }
        }
    }

    /** The spans of {@code other} added to these (another language's fields: index fields of their own); this. */
    RuleHits addAll(RuleHits other) {
        other.byField.forEach((field, hits) -> byField.computeIfAbsent(field, f -> new TreeSet<>()).addAll(hits));
        return this;
    }

    /** Fields in name order, each field's spans in position order. */
    Map<String, TreeSet<Hit>> byField() {
        return byField;
    }
}
