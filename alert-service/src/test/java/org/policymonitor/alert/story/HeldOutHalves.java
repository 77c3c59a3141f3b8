package org.policymonitor.alert.story;

import org.policymonitor.alert.act.ActExtractor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Eighteenth round: the labelled story sets split in two halves before any tuning, so that a change tuned on one half
 * is judged on the other — seventeen rounds of rules gained a lot on their tuning sets and little on the next unseen
 * ones. The halves go by the set's number: {@link Half#ODD} holds fresh, fresh3, fresh5 … fresh35, {@link Half#EVEN}
 * the first set's two parts and fresh2, fresh4 … fresh34. Pairwise counts are pooled over a half's sets (each set
 * grouped on its own, as {@link StoryGroupingQualityTest} does), so a large set weighs by its pairs.
 */
final class HeldOutHalves {

    enum Half { ODD, EVEN }

    /** Pooled pairwise counts. */
    record Pairs(int tp, int fp, int fn) {
        Pairs plus(Pairs o) {
            return new Pairs(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        @Override
        public String toString() {
            return String.format("%.3f / %.3f (tp %d, fp %d, fn %d)", precision(), recall(), tp, fp, fn);
        }
    }

    private HeldOutHalves() {
    }

    static Half half(StoryGroupingQualityTest.LabelledSet set) {
        String digits = set.name().replaceAll("\\D", "");
        int n = digits.isEmpty() ? (set.name().equals("FRESH") ? 1 : 0) : Integer.parseInt(digits);
        return n % 2 == 1 ? Half.ODD : Half.EVEN;
    }

    /** One set grouped in publication order, as the quality test groups it. */
    static Pairs measure(StoryGroupingQualityTest.LabelledSet set) throws IOException {
        return measure(set, new FeatureExtractor());
    }

    /** As {@link #measure(StoryGroupingQualityTest.LabelledSet)}, with these features (another lexicon). */
    static Pairs measure(StoryGroupingQualityTest.LabelledSet set, FeatureExtractor features) throws IOException {
        List<StoryGroupingQualityTest.Item> items = set.items().stream()
                .sorted(Comparator.comparing(StoryGroupingQualityTest.Item::publishedAt)).toList();
        ActExtractor acts = new ActExtractor();
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        for (StoryGroupingQualityTest.Item i : items) {
            index.add(i.id(), features.extract(i.title(), i.summary(), null, i.language(), i.publishedAt().toInstant(),
                    i.link(), acts.extract(i.title(), i.summary(), null)));
        }
        Map<String, String> found = index.stories();
        int tp = 0, fp = 0, fn = 0;
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                boolean same = items.get(a).story().equals(items.get(b).story());
                boolean grouped = found.get(items.get(a).id()).equals(found.get(items.get(b).id()));
                if (same && grouped) {
                    tp++;
                } else if (grouped) {
                    fp++;
                } else if (same) {
                    fn++;
                }
            }
        }
        return new Pairs(tp, fp, fn);
    }

    /** Each half's pooled counts. */
    static Map<Half, Pairs> pooled() throws IOException {
        Map<Half, Pairs> out = new EnumMap<>(Half.class);
        for (StoryGroupingQualityTest.LabelledSet set : StoryGroupingQualityTest.LabelledSet.values()) {
            out.merge(half(set), measure(set), Pairs::plus);
        }
        return out;
    }

    /** Prints each set's and each half's figures: {@code java … HeldOutHalves}. */
    public static void main(String[] args) throws IOException {
        Map<Half, Pairs> out = new EnumMap<>(Half.class);
        List<String> lines = new ArrayList<>();
        for (StoryGroupingQualityTest.LabelledSet set : StoryGroupingQualityTest.LabelledSet.values()) {
            Pairs p = measure(set);
            lines.add(String.format("  %-8s %-4s %s", set.label(), half(set), p));
            out.merge(half(set), p, Pairs::plus);
        }
        if (args.length > 0 && args[0].equals("-v")) {
            lines.forEach(System.out::println);
        }
        out.forEach((h, p) -> System.out.println(h + " " + p));
    }
}
