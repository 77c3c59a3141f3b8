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
        for (Map.Entry<String, List<StoryFeatures>> e : members.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
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
