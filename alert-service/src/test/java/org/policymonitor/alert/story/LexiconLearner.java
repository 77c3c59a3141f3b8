package org.policymonitor.alert.story;

import org.policymonitor.alert.act.ActExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Nineteenth round: learns the cross-language lexicon ({@link Lexicon#learned()}) from the labelled sets of ONE half
 * ({@link HeldOutHalves}), so that the other half judges it. Each item's word stems ({@code w:lang:stem}, the first six
 * letters of a word of four and more) are counted, for each language pair, in the pairs of one story told in two
 * languages (positive) and in the pairs of two stories within three days told in two languages (negative). A Russian
 * stem and an English one are aligned when they are each other's best partner by the Dice coefficient over the positive
 * pairs, appear together in at least {@code minCount} of them, and appear together in positive pairs at least
 * {@code lift} times as often (per pair) as in negative ones: a translation of a word of the event, not a word of the
 * sets' common topic. Alignments are joined into words across the three languages (at most {@link #MAX_FORMS} stems).
 * <p>
 * A stem in more than {@code maxShare} of its language's items of the half is left out (the sets' topic: digital,
 * regions), and so are capitalised words (names and places, which have keys of their own).
 * <p>
 * {@code java … LexiconLearner [ODD|EVEN out.tsv [minCount] [minDice] [lift] [maxShare]]}
 */
final class LexiconLearner {

    static final int MAX_FORMS = 6;
    /** The half the shipped lexicon is learned from; the other judges it. */
    static final HeldOutHalves.Half SHIPPED_HALF = HeldOutHalves.Half.EVEN;
    /**
     * The last set the shipped lexicon was learned from: sets added later (blind judges, e.g. fresh38 in the even half)
     * never feed it, so a judge stays unseen and the shipped file stays reproducible.
     */
    static final StoryGroupingQualityTest.LabelledSet LEARNED_UP_TO = StoryGroupingQualityTest.LabelledSet.FRESH37;
    /** The shipped lexicon's parameters (see the class comment and docs/story-grouping-history.md, "Round 19"). */
    static final int MIN_COUNT = 3;
    static final double MIN_DICE = 0.3;
    static final double LIFT = 5;
    static final double MAX_SHARE = 0.02;

    private LexiconLearner() {
    }

    record Learned(List<Set<String>> words, String parameters) {
    }

    private record Doc(String story, String language, Instant at, Set<String> stems) {
    }

    static Learned learn(HeldOutHalves.Half half, int minCount, double minDice, double lift, double maxShare)
            throws IOException {
        ActExtractor acts = new ActExtractor();
        FeatureExtractor features = new FeatureExtractor(Glossary.shipped(), Lexicon.shipped(), null);
        List<List<Doc>> sets = new ArrayList<>();
        for (StoryGroupingQualityTest.LabelledSet set : StoryGroupingQualityTest.LabelledSet.values()) {
            if (HeldOutHalves.half(set) != half || set.ordinal() > LEARNED_UP_TO.ordinal()) {
                continue;
            }
            List<Doc> docs = new ArrayList<>();
            for (StoryGroupingQualityTest.Item i : set.items()) {
                StoryFeatures f = features.extract(i.title(), i.summary(), null, i.language(),
                        i.publishedAt().toInstant(), i.link(), acts.extract(i.title(), i.summary(), null));
                Set<String> stems = new HashSet<>();
                for (String k : f.keys()) {
                    if (k.startsWith(Keys.WORD)) {
                        stems.add(k.substring(Keys.WORD.length())); // "ru:кибер"
                    }
                }
                // a capitalised word is a name or a place (Mogilev, Витебская): the grouping has keys of its own for
                // those, and the lexicon asks only for lower-case words
                for (Tokens.Token t : Tokens.of(i.title() + "\n" + i.summary())) {
                    if (t.capitalised()) {
                        String w = t.lower();
                        stems.remove(f.language() + ":" + w.substring(0, Math.min(w.length(), 6)));
                    }
                }
                docs.add(new Doc(i.story(), f.language(), f.at(), stems));
            }
            sets.add(docs);
        }
        // a stem in more than maxShare of its language's items is the sets' topic (digital, regions), no word of an event
        Map<String, Integer> items = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (List<Doc> docs : sets) {
            for (Doc d : docs) {
                items.merge(d.language(), 1, Integer::sum);
                d.stems().forEach(st -> df.merge(st, 1, Integer::sum));
            }
        }
        for (List<Doc> docs : sets) {
            for (Doc d : docs) {
                d.stems().removeIf(st -> df.get(st) > maxShare * items.get(d.language()));
            }
        }
        // positive counts per (stem, stem) of two languages, and per stem the positive pairs it is in
        Map<String, Map<String, Integer>> together = new HashMap<>();
        Map<String, Integer> alone = new HashMap<>();
        int positives = 0;
        for (List<Doc> docs : sets) {
            for (int a = 0; a < docs.size(); a++) {
                for (int b = a + 1; b < docs.size(); b++) {
                    Doc x = docs.get(a);
                    Doc y = docs.get(b);
                    if (!x.story().equals(y.story()) || x.language().equals(y.language())) {
                        continue;
                    }
                    positives++;
                    for (String s : x.stems()) {
                        alone.merge(s + ">" + y.language(), 1, Integer::sum);
                        Map<String, Integer> m = together.computeIfAbsent(s, k -> new HashMap<>());
                        for (String t : y.stems()) {
                            m.merge(t, 1, Integer::sum);
                        }
                    }
                    for (String t : y.stems()) {
                        alone.merge(t + ">" + x.language(), 1, Integer::sum);
                        Map<String, Integer> m = together.computeIfAbsent(t, k -> new HashMap<>());
                        for (String s : x.stems()) {
                            m.merge(s, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        // each stem's best partner in each other language, by Dice
        Map<String, String> best = new HashMap<>();
        Map<String, Double> bestDice = new HashMap<>();
        together.forEach((s, m) -> m.forEach((t, c) -> {
            if (c < minCount) {
                return;
            }
            String ls = s.substring(0, 2);
            String lt = t.substring(0, 2);
            double dice = 2.0 * c / (alone.get(s + ">" + lt) + alone.get(t + ">" + ls));
            String slot = s + ">" + lt;
            if (dice > bestDice.getOrDefault(slot, 0.0)) {
                bestDice.put(slot, dice);
                best.put(slot, t);
            }
        }));
        Map<String, String> aligned = new TreeMap<>();
        best.forEach((slot, t) -> {
            String s = slot.substring(0, slot.indexOf('>'));
            if (s.compareTo(t) < 0 && s.equals(best.get(t + ">" + s.substring(0, 2)))
                    && bestDice.get(slot) >= minDice) {
                aligned.put(s, t);
            }
        });
        // negative pairs: how often each aligned pair appears together in two stories' versions
        Map<String, Integer> apart = new HashMap<>();
        int negatives = 0;
        for (List<Doc> docs : sets) {
            for (int a = 0; a < docs.size(); a++) {
                for (int b = a + 1; b < docs.size(); b++) {
                    Doc x = docs.get(a);
                    Doc y = docs.get(b);
                    if (x.story().equals(y.story()) || x.language().equals(y.language())
                            || Duration.between(x.at(), y.at()).abs().compareTo(StoryMatcher.WINDOW) > 0) {
                        continue;
                    }
                    negatives++;
                    for (String s : x.stems()) {
                        String t = aligned.get(s);
                        if (t != null && y.stems().contains(t)) {
                            apart.merge(s, 1, Integer::sum);
                        }
                    }
                    for (String s : y.stems()) {
                        String t = aligned.get(s);
                        if (t != null && x.stems().contains(t)) {
                            apart.merge(s, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        // union of the kept alignments into words of up to three languages
        Map<String, Set<String>> wordOf = new HashMap<>();
        int kept = 0;
        for (Map.Entry<String, String> e : aligned.entrySet()) {
            double pos = together.get(e.getKey()).get(e.getValue()) / (double) positives;
            double neg = apart.getOrDefault(e.getKey(), 0) / (double) Math.max(1, negatives);
            if (pos < lift * neg) {
                continue;
            }
            Set<String> w1 = wordOf.computeIfAbsent(e.getKey(), k -> new TreeSet<>(Set.of(k)));
            Set<String> w2 = wordOf.computeIfAbsent(e.getValue(), k -> new TreeSet<>(Set.of(k)));
            if (w1 == w2 || w1.size() + w2.size() > MAX_FORMS) {
                continue;
            }
            w1.addAll(w2);
            for (String s : w2) {
                wordOf.put(s, w1);
            }
            kept++;
        }
        List<Set<String>> words = new ArrayList<>(new HashSet<>(wordOf.values()).stream()
                .map(w -> (Set<String>) w).toList());
        words.sort((p, q) -> p.iterator().next().compareTo(q.iterator().next()));
        String parameters = String.format("half %s, %d positive and %d negative pairs, minCount %d, minDice %.2f, lift %.1f,"
                + " maxShare %.3f: %d alignments of %d mutual best, %d words", half, positives, negatives, minCount, minDice,
                lift, maxShare, kept,
                aligned.size(), words.size());
        return new Learned(words, parameters);
    }

    static String tsv(Learned learned) {
        StringBuilder out = new StringBuilder();
        out.append("# The learned story lexicon (nineteenth round): written by LexiconLearner (test sources), not by hand.\n");
        out.append("# ").append(learned.parameters()).append('\n');
        out.append("# Columns: word <TAB> stems (a prefix form each: a word's first six letters, or the whole shorter word).\n");
        for (Set<String> w : learned.words()) {
            Set<String> forms = new LinkedHashSet<>();
            for (String s : w) {
                forms.add(s.substring(3) + "*"); // "атак" in Russian and Belarusian: one form
            }
            out.append('~').append(w.iterator().next().replace(":", "-")).append('\t')
                    .append(String.join(" | ", forms)).append('\n');
        }
        return out.toString();
    }

    /** With no arguments, writes the shipped file from {@link #SHIPPED_HALF} (run from the module's directory). */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            args = new String[] {SHIPPED_HALF.name(), "src/main/resources/stories/lexicon-learned.tsv"};
        }
        HeldOutHalves.Half half = HeldOutHalves.Half.valueOf(args[0]);
        int minCount = args.length > 2 ? Integer.parseInt(args[2]) : MIN_COUNT;
        double minDice = args.length > 3 ? Double.parseDouble(args[3]) : MIN_DICE;
        double lift = args.length > 4 ? Double.parseDouble(args[4]) : LIFT;
        double maxShare = args.length > 5 ? Double.parseDouble(args[5]) : MAX_SHARE;
        Learned learned = learn(half, minCount, minDice, lift, maxShare);
        Files.writeString(Path.of(args[1]), tsv(learned), StandardCharsets.UTF_8);
        System.out.println(learned.parameters());
    }
}
