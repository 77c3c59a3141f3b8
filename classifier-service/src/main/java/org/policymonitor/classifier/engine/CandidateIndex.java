package org.policymonitor.classifier.engine;

import org.apache.lucene.analysis.CharArrayMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which queries an item can meet: each query is indexed under its {@link Anchors} (terms, prefixes), and an item selects
 * the queries of the terms it holds, of every prefix one of its terms starts with, and those that have to be tried on
 * every item. The index of the rules, not of the item: one hash look-up per distinct term of the item (and per prefix
 * length for the fields that have prefix anchors), instead of a search over an index of queries.
 */
final class CandidateIndex {

    private final int size;
    private final Map<String, Map<String, int[]>> terms = new HashMap<>();
    private final Map<String, Prefixes> prefixes = new HashMap<>();
    private final int[] always;

    /** Prefix anchors of one field, looked up by every prefix length they have. */
    private static final class Prefixes {
        final CharArrayMap<int[]> byPrefix = new CharArrayMap<>(16, false);
        int shortest = Integer.MAX_VALUE;
        int longest;
    }

    /** @param anchors per query (its index in the list): its anchors, or null to try it on every item */
    CandidateIndex(List<List<Anchors.Anchor>> anchors) {
        this.size = anchors.size();
        Map<String, Map<String, List<Integer>>> termLists = new HashMap<>();
        Map<String, Map<String, List<Integer>>> prefixLists = new HashMap<>();
        List<Integer> everyItem = new ArrayList<>();
        for (int query = 0; query < anchors.size(); query++) {
            List<Anchors.Anchor> own = anchors.get(query);
            if (own == null) {
                everyItem.add(query);
                continue;
            }
            for (Anchors.Anchor anchor : own) {
                (anchor.prefix() ? prefixLists : termLists).computeIfAbsent(anchor.field(), f -> new HashMap<>())
                        .computeIfAbsent(anchor.text(), t -> new ArrayList<>()).add(query);
            }
        }
        termLists.forEach((field, byTerm) -> {
            Map<String, int[]> compact = new HashMap<>();
            byTerm.forEach((term, queries) -> compact.put(term, ints(queries)));
            terms.put(field, compact);
        });
        prefixLists.forEach((field, byPrefix) -> {
            Prefixes p = new Prefixes();
            byPrefix.forEach((prefix, queries) -> {
                p.byPrefix.put(prefix, ints(queries));
                p.shortest = Math.min(p.shortest, prefix.length());
                p.longest = Math.max(p.longest, prefix.length());
            });
            prefixes.put(field, p);
        });
        this.always = ints(everyItem);
    }

    /** The queries the item may match, by index. */
    boolean[] select(ItemTerms item) {
        boolean[] selected = new boolean[size];
        for (int query : always) {
            selected[query] = true;
        }
        terms.forEach((field, byTerm) -> {
            Map<String, ItemTerms.Postings> itemTerms = item.terms(field);
            if (itemTerms.size() < byTerm.size()) {
                for (String term : itemTerms.keySet()) {
                    mark(byTerm.get(term), selected);
                }
            } else {
                byTerm.forEach((term, queries) -> {
                    if (itemTerms.containsKey(term)) {
                        mark(queries, selected);
                    }
                });
            }
        });
        prefixes.forEach((field, p) -> {
            for (String term : item.terms(field).keySet()) {
                if (term.length() < p.shortest) {
                    continue;
                }
                char[] chars = term.toCharArray();
                int last = Math.min(chars.length, p.longest);
                for (int length = p.shortest; length <= last; length++) {
                    mark(p.byPrefix.get(chars, 0, length), selected);
                }
            }
        });
        return selected;
    }

    private static void mark(int[] queries, boolean[] selected) {
        if (queries != null) {
            for (int query : queries) {
                selected[query] = true;
            }
        }
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
