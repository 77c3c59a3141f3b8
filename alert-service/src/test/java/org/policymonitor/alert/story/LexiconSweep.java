package org.policymonitor.alert.story;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Nineteenth round: learns the lexicon on one half with each set of parameters and measures both halves with it
 * ({@code java … LexiconSweep ODD 3,0.3,5 5,0.5,20 …}); the half it was not learned on is the judge.
 */
final class LexiconSweep {

    private LexiconSweep() {
    }

    public static void main(String[] args) throws IOException {
        HeldOutHalves.Half half = HeldOutHalves.Half.valueOf(args[0]);
        boolean verbose = System.getProperty("sweep.verbose") != null;
        for (int a = 1; a < args.length; a++) {
            String[] p = args[a].split(",");
            LexiconLearner.Learned learned = LexiconLearner.learn(half, Integer.parseInt(p[0]),
                    Double.parseDouble(p[1]), Double.parseDouble(p[2]), p.length > 3 ? Double.parseDouble(p[3]) : 1);
            List<String[]> rows = new ArrayList<>();
            for (String line : LexiconLearner.tsv(learned).split("\n")) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            FeatureExtractor features = new FeatureExtractor(Glossary.shipped(), Lexicon.shipped(), Lexicon.of(rows));
            Map<HeldOutHalves.Half, HeldOutHalves.Pairs> out = new EnumMap<>(HeldOutHalves.Half.class);
            for (StoryGroupingQualityTest.LabelledSet set : StoryGroupingQualityTest.LabelledSet.values()) {
                HeldOutHalves.Pairs pairs = HeldOutHalves.measure(set, features);
                if (verbose) {
                    System.out.printf("    %-8s %-4s %s%n", set.label(), HeldOutHalves.half(set), pairs);
                }
                out.merge(HeldOutHalves.half(set), pairs, HeldOutHalves.Pairs::plus);
            }
            System.out.println(args[a] + " :: " + learned.parameters());
            out.forEach((h, pairs) -> System.out.println("  " + h + (h == half ? " (learned on) " : " (held out)   ")
                    + pairs));
        }
    }
}
