package org.policymonitor.alert.story;

import org.policymonitor.alert.act.ActExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Twentieth round: learns the common word stems ({@link CommonStems}, {@code stories/common-stems.tsv}) from the
 * labelled sets of ONE half ({@link HeldOutHalves}), so that the other half judges the rule that reads them: a stem
 * ({@code w:lang:stem}) in at least {@link #SHARE} of that half's items of its language is common; every other is rare.
 * The shipped list is learned on the odd half up to {@link #LEARNED_UP_TO} (the learned lexicon on the even one).
 * <p>
 * {@code java … CommonStemsLearner out.tsv}
 */
final class CommonStemsLearner {

    /** The half the shipped list is learned from; the even half judges the rule. */
    static final HeldOutHalves.Half SHIPPED_HALF = HeldOutHalves.Half.ODD;
    /** The last set the shipped list was learned from: sets added later never feed it, so they stay unseen. */
    static final StoryGroupingQualityTest.LabelledSet LEARNED_UP_TO = StoryGroupingQualityTest.LabelledSet.FRESH39;
    /** The share of a language's items from which a stem is common (swept on the odd half, README). */
    static final double SHARE = 0.01;

    private CommonStemsLearner() {
    }

    static Set<String> learn(HeldOutHalves.Half half, double share) throws IOException {
        ActExtractor acts = new ActExtractor();
        FeatureExtractor features = new FeatureExtractor();
        Map<String, Integer> items = new HashMap<>();
        Map<String, Integer> perLanguage = new HashMap<>();
        for (StoryGroupingQualityTest.LabelledSet set : StoryGroupingQualityTest.LabelledSet.values()) {
            if (HeldOutHalves.half(set) != half || set.ordinal() > LEARNED_UP_TO.ordinal()) {
                continue;
            }
            for (StoryGroupingQualityTest.Item i : set.items()) {
                perLanguage.merge(i.language(), 1, Integer::sum);
                StoryFeatures f = features.extract(i.title(), i.summary(), null, i.language(),
                        i.publishedAt().toInstant(), i.link(), acts.extract(i.title(), i.summary(), null));
                for (String k : f.keys()) {
                    if (k.startsWith(Keys.WORD)) {
                        items.merge(k, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> common = new TreeSet<>();
        items.forEach((k, n) -> {
            String language = k.substring(Keys.WORD.length(), k.indexOf(':', Keys.WORD.length()));
            if (n >= share * perLanguage.get(language)) {
                common.add(k);
            }
        });
        return common;
    }

    static String tsv(Set<String> common) {
        StringBuilder out = new StringBuilder("# Word stems common in the news the grouping reads (CommonStems): in at least ")
                .append(SHARE * 100).append(" % of one language's items of the ")
                .append(SHIPPED_HALF.name().toLowerCase(Locale.ROOT))
                .append(" half of the labelled sets, up to ").append(LEARNED_UP_TO.label())
                .append(".\n# Written by CommonStemsLearner (test sources); do not edit by hand.\n");
        common.forEach(k -> out.append(k).append('\n'));
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        Set<String> common = learn(SHIPPED_HALF, SHARE);
        Files.writeString(Path.of(args[0]), tsv(common), StandardCharsets.UTF_8);
        System.out.println(common.size() + " common stems");
    }
}
