package org.policymonitor.alert.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Thirty-seventh round: a story's versions together, as one newcomer may meet them. Pairs are scored item to item; a
 * newspaper's piece in its own words the next morning may share with each version too little for one event (the
 * agency's Russian item gives the chamber and the reading, its Belarusian edition where the bill goes next, its English
 * one the second subject) and with all of them together the body, the act and the subjects. The whole is the union of
 * the keys of the story's members among the item's candidates (no other read: the candidate search already bounds
 * them), at the last member's time, in the item's language when a member has it, with no link or SimHash of its own
 * (it is nobody's page: no rule about one site or two, no near-duplicate, applies to it).
 */
final class StoryAsAWhole {

    /**
     * What the whole must score: more than a pair needs ({@link StoryGrouper#JOIN}), because a union is broader than
     * any one version and meets more look-alikes. Measured on the tuning sets: 0.30 joined a conference's section to
     * its plenary (3 false pairs), 0.40 none; 0.45 lost 4 of the 11 true pairs 0.40 found.
     */
    static final double BAR = 0.40;

    /**
     * The wholes made per item at most, the stories sharing the most indexed keys with it first: a whole's key profile
     * costs some twenty-five scored pairs, and an item meeting no story among 150 candidates in fifty stories of three
     * cost eight times their scoring with a whole for each (0.95 against 0.12 ms CPU). One whole, made only where the
     * filters below pass, kept every true pair the tuning sets gained with three or with all.
     */
    static final int MOST_WHOLES = 1;

    /** A story whose versions together meet the item, and their score. */
    record Match(String storyId, double score) {
    }

    private StoryAsAWhole() {
    }

    /**
     * The story among the candidates whose whole scores best with the item, at least {@link #BAR}, or null. Only
     * stories with two members or more among the candidates (one member is the pair already scored), and none in
     * {@code excluded} (a story about another numbered act).
     */
    static Match bestStory(StoryMatcher matcher, StoryFeatures item, List<StoryIndex.Candidate> candidates,
                           Set<String> excluded) {
        Map<String, List<StoryFeatures>> members = new LinkedHashMap<>();
        for (StoryIndex.Candidate c : candidates) {
            if (!excluded.contains(c.storyId())) {
                members.computeIfAbsent(c.storyId(), k -> new ArrayList<>(4)).add(c.features());
            }
        }
        Match best = null;
        int made = 0;
        // the candidates come sharing the most indexed keys with the item first, and so do their stories here
        for (Map.Entry<String, List<StoryFeatures>> e : members.entrySet()) {
            if (made == MOST_WHOLES) {
                break;
            }
            if (e.getValue().size() < 2 || !withinADay(item, e.getValue()) || !moreInCommonTogether(item, e.getValue())) {
                continue;
            }
            made++;
            // the whole first: a version's own SimHash and link are not the story's, and with none the near-duplicate
            // and link tests are not asked of it
            double s = matcher.score(whole(item, e.getValue()), item);
            if (s >= BAR && (best == null || s > best.score()
                    || s == best.score() && e.getKey().compareTo(best.storyId()) < 0)) {
                best = new Match(e.getKey(), s);
            }
        }
        return best;
    }

    /**
     * Whether a member was told within a day of the item: a piece days after a story meets it through its versions
     * one by one (the retelling rules), not through their union, whose details one version alone does not vouch for.
     */
    private static boolean withinADay(StoryFeatures item, List<StoryFeatures> members) {
        for (StoryFeatures m : members) {
            if (item.at() == null || m.at() == null || StoryMatcher.gap(item.at(), m.at()).compareTo(StoryMatcher.DAY) <= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the members together share with the item more of its keys than the member sharing most does: else the
     * whole has nothing in common with the item that one version lacks, and its score adds nothing to the pairs'. Set
     * look-ups only, so that the whole (a key profile of its own, then a score) is made for few stories: asked of every
     * story of every item that meets none, making it cost several times the scoring of the candidates.
     */
    private static boolean moreInCommonTogether(StoryFeatures item, List<StoryFeatures> members) {
        int together = 0;
        for (String k : item.keys()) {
            for (StoryFeatures m : members) {
                if (m.keys().contains(k)) {
                    together++;
                    break;
                }
            }
        }
        if (together == 0) {
            return false;
        }
        for (StoryFeatures m : members) {
            int shared = 0;
            for (String k : item.keys()) {
                if (m.keys().contains(k) && ++shared == together) {
                    return false;
                }
            }
        }
        return true;
    }

    private static StoryFeatures whole(StoryFeatures item, List<StoryFeatures> members) {
        Set<String> keys = new HashSet<>();
        StoryFeatures nearest = members.get(0);
        boolean itemsLanguage = false;
        for (StoryFeatures m : members) {
            keys.addAll(m.keys());
            itemsLanguage |= m.language().equals(item.language());
            if (closer(m.at(), nearest.at(), item.at())) {
                nearest = m;
            }
        }
        return new StoryFeatures(itemsLanguage ? item.language() : nearest.language(), nearest.at(), null, 0, keys);
    }

    private static boolean closer(Instant a, Instant b, Instant to) {
        if (a == null || to == null) {
            return false;
        }
        return b == null || StoryMatcher.gap(a, to).compareTo(StoryMatcher.gap(b, to)) < 0;
    }
}
