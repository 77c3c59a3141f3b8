package org.policymonitor.alert.story;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Twentieth round: the word stems ({@code w:lang:stem}) common in the news the grouping reads — in at least 1 % of
 * one language's items of one half of the labelled sets ({@code stories/common-stems.tsv}, written by the test
 * sources' {@code CommonStemsLearner}). Every other stem is a rare word: two versions in one language that share
 * several of them (an e-invoice, a feldsher, a cardiologist; a messenger and its cryptography) say the same specific
 * thing, where shared common stems (data, centre, region, digital) are what any two items of the week say.
 */
final class CommonStems {

    private static final Set<String> SHIPPED = of(TsvResource.rows("/stories/common-stems.tsv", "common stems"));

    private CommonStems() {
    }

    static Set<String> of(List<String[]> rows) {
        Set<String> out = new HashSet<>();
        for (String[] r : rows) {
            out.add(r[0]);
        }
        return Set.copyOf(out);
    }

    /** A word stem key ({@link Keys#WORD}) that is not common. */
    static boolean rare(String key) {
        return key.startsWith(Keys.WORD) && !SHIPPED.contains(key);
    }
}
