package org.policymonitor.alert.story;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forty-fifth round: the one story a subject has in the days before an item, as another site's retelling may meet it.
 * A newspaper's feature or a news site's explainer days after the agency's items often shares with every version only
 * the subject (a theme of the glossary: telemedicine, ID cards, AI in schools) and the everyday words of what happened
 * (the school, the mine, the metro) — no body, figure or name. Themes are no indexed key (too frequent), so such a piece
 * mostly never has the story's versions among its candidates (the forty-third round: 98 of 133 such missed pairs).
 * Here, for an item that met no story otherwise, the subject look-up ({@link StoryIndex#subjectCandidates}, bounded)
 * finds the subject's items of the last days; where those that share an everyday word with the piece are all of one
 * story, and one of its versions passes {@link #retells}, the piece joins it. Where two stories of the subject share
 * such a word with it, which one it retells is not known, and the piece founds its own. Such a join never bridges two
 * stories (it is asked only when no story was met).
 */
final class SoleStoryOfItsSubject {

    private SoleStoryOfItsSubject() {
    }

    /**
     * The story the item retells by its subject, or null: among the subject look-up's items and the item's candidates,
     * those naming one of its subjects ({@link KeyProfile#subjects}) and sharing an everyday word with it are all of one
     * story, not in {@code excluded} (a story about another numbered act); none of that story's items is a page of the
     * item's own site in its language (the site's own item days later is the subject's next event) and no site told it
     * twice in one language (a story of one item of news); and one of its versions passes {@link #retells}.
     */
    static String story(StoryMatcher matcher, StoryFeatures item, StoryIndex index, List<StoryIndex.Candidate> candidates,
                        Set<String> excluded) {
        List<String> subjects = item.profile().subjects();
        if (subjects.isEmpty() || !hasEverydayWords(item)) {
            return null; // nothing it could retell by: no look-up
        }
        Map<String, StoryIndex.Candidate> seen = new LinkedHashMap<>();
        for (StoryIndex.Candidate c : index.subjectCandidates(item)) {
            seen.put(c.itemId(), c);
        }
        for (StoryIndex.Candidate c : candidates) {
            seen.putIfAbsent(c.itemId(), c);
        }
        String story = null;
        for (StoryIndex.Candidate c : seen.values()) {
            if (namesAny(c.features().keys(), subjects) && everydayWordInCommon(item, c.features())) {
                if (story != null && !story.equals(c.storyId())) {
                    return null; // two stories of its subject with its words: which one it retells is not known
                }
                story = c.storyId();
            }
        }
        if (story == null || excluded.contains(story)) {
            return null;
        }
        String site = item.profile().site();
        Set<String> told = new HashSet<>();
        boolean retold = false;
        for (StoryIndex.Candidate c : seen.values()) {
            if (!c.storyId().equals(story)) {
                continue;
            }
            String its = c.features().profile().site();
            if (site != null && site.equals(its) && item.language().equals(c.features().language())) {
                return null; // the site's own item on the subject again: its next event
            }
            if (!told.add(its + " " + c.features().language())) {
                return null; // one site told the subject twice in one language: two items of news
            }
            for (int i = 0; i < subjects.size() && !retold; i++) {
                retold = retells(matcher, item, c.features(), subjects.get(i));
            }
        }
        return retold ? story : null;
    }

    /**
     * Whether {@code item} may retell what {@code version} tells when they share the subject: the forty-third round's
     * retelling of a subject ({@link StoryMatcher#mayRetellTheSubject}: another site, 12 hours to 4 days later, every
     * veto of a body's retelling, nothing of its own on either side, no deed of its own in the piece), and — stricter,
     * since the look-up now shows the piece the subject's other events the candidates never held — the piece names no
     * body the version does not (an institution of its own is its own event: a university's master's programme against
     * a park's data-labelling news) and shares with the version an everyday word of the shipped lexicon, what the event
     * was about in plain words (the school, the mine, the card), beside the subject.
     */
    static boolean retells(StoryMatcher matcher, StoryFeatures item, StoryFeatures version, String subject) {
        return matcher.mayRetellTheSubject(item, version, subject)
                && version.keys().containsAll(item.profile().bodies()) && everydayWordInCommon(item, version);
    }

    /** A word of the shipped lexicon ({@link Keys#LEXICON}, not the learned one) named by both. */
    static boolean everydayWordInCommon(StoryFeatures a, StoryFeatures b) {
        Set<String> bk = b.keys();
        for (String k : a.keys()) {
            if (shipped(k) && bk.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEverydayWords(StoryFeatures f) {
        for (String k : f.keys()) {
            if (shipped(k)) {
                return true;
            }
        }
        return false;
    }

    /** A word of the shipped lexicon: the learned one ({@link Keys#LEARNED}) is noisier and is not asked here. */
    private static boolean shipped(String key) {
        return key.startsWith(Keys.LEXICON) && !key.startsWith(Keys.LEARNED);
    }

    private static boolean namesAny(Set<String> keys, List<String> subjects) {
        for (String s : subjects) {
            if (keys.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
