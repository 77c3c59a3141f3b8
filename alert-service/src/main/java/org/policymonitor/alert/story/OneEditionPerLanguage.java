package org.policymonitor.alert.story;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Forty-ninth round: a site gives its item one edition in each of its languages. The agency publishes its Russian item
 * and, within hours, its English and Belarusian editions, each in its editors' words: the shorter drops a figure, a
 * body or the deed, and across languages the words are not compared, so the pair rules of rounds 29–38 find too little
 * in common (101 missed pairs on the tuning sets, the largest class about how news is told). What the site's other
 * item of the day in that language (the look-alike: a body's second decision, the same body's other event) lacks is
 * the structure: the story of the item it resembles <em>has no edition in its language yet</em>. So an item that met
 * no story joins the story of its own site's item in another language within {@link #WITHIN} where
 * <ul>
 *     <li>none of that story's candidates is a page of the site in the item's language (its edition there is told);</li>
 *     <li>they share a particular of the event — a body, a name, a person, a place, a figure of ten or more, or a word
 *     of the hand-made lexicon — not only a country or a theme (a university's memorandum with China and the academy's
 *     institute with China, the same day);</li>
 *     <li>neither names what makes it another event ({@link KeyProfile#namesNothingOfItsOwn}), a subject of its own
 *     on both sides, or figures the other does not give ({@link KeyProfile#figuresDiffer});</li>
 *     <li>neither is about the head of state (his site and the agency give each of his meetings, calls and greetings of
 *     a day a page in each language), a forum by its name (each of its events, told by the agency in three languages)
 *     or an act (a chamber reads several bills at one sitting, and he signs several laws a day).</li>
 * </ul>
 * Asked only for an item that met no story pair by pair, as a whole, by its body or its subject (last): it never
 * bridges two stories. No key, index row or query of its own: it reads the candidates the item already has. Measured
 * on the tuning sets (docs/story-grouping-history.md, "Round 49"): 44 true pairs gained, no false one; without the
 * edition guard 338 false pairs, without the guards of the head of state, the forum and the act 65.
 */
final class OneEditionPerLanguage {

    /** How soon the edition follows: the agency's editions within hours, as {@link StoryMatcher#EDITION_TOLD}. */
    static final Duration WITHIN = StoryMatcher.EDITION_TOLD;

    private OneEditionPerLanguage() {
    }

    /** The story the item is its site's edition of, in the item's language, or null. */
    static String story(StoryFeatures item, List<StoryIndex.Candidate> candidates, Set<String> excluded) {
        String site = item.profile().site();
        if (site == null || item.at() == null || aboutOneOfMany(item)) {
            return null;
        }
        String story = null;
        String edition = null;
        for (StoryIndex.Candidate c : candidates) {
            StoryFeatures f = c.features();
            if (site.equals(f.profile().site()) && !f.language().equals(item.language()) && f.at() != null
                    && StoryMatcher.gap(item.at(), f.at()).compareTo(WITHIN) <= 0) {
                if (story != null && !story.equals(c.storyId())) {
                    return null; // the site's items of two stories in its other languages: which one is not known
                }
                story = c.storyId();
                if (edition == null && editionOf(item, f)) {
                    edition = story;
                }
            }
        }
        return edition == null || excluded.contains(edition) || toldInItsLanguage(edition, site, item.language(), candidates)
                ? null : edition;
    }

    /** The two say one item of news in two languages: a particular in common and nothing of their own. */
    static boolean editionOf(StoryFeatures a, StoryFeatures b) {
        KeyProfile pa = a.profile();
        KeyProfile pb = b.profile();
        Set<String> ak = a.keys();
        Set<String> bk = b.keys();
        return !aboutOneOfMany(b) && particularInCommon(ak, bk) && pa.namesNothingOfItsOwn(pb, bk, ak)
                && !pa.subjectsDiffer(pb, bk, ak) && !pa.figuresDiffer(pb, bk);
    }

    /** A candidate of the story is a page of the site in the language: the story has its edition there. */
    private static boolean toldInItsLanguage(String story, String site, String language,
                                             List<StoryIndex.Candidate> candidates) {
        for (StoryIndex.Candidate c : candidates) {
            if (c.storyId().equals(story) && site.equals(c.features().profile().site())
                    && c.features().language().equals(language)) {
                return true;
            }
        }
        return false;
    }

    /**
     * About the head of state, a forum by its name or an act: one of several such items a site publishes in each
     * language the same day, which the edition guard cannot tell apart where one of them has no edition.
     */
    private static boolean aboutOneOfMany(StoryFeatures f) {
        if (StoryMatcher.headOfStatesEvent(f)) {
            return true;
        }
        for (String k : f.keys()) {
            if (k.startsWith(Keys.EVENT_NAME) || k.startsWith(Keys.ACT) || k.startsWith(Keys.ACT_KIND)
                    || StoryMatcher.READINGS.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** A body, a name, a person, a place, a figure of ten or more or a word of the hand-made lexicon in common. */
    private static boolean particularInCommon(Set<String> a, Set<String> b) {
        for (String k : a) {
            if ((k.startsWith(StoryMatcher.ORG) || k.startsWith(Keys.NAME) || k.startsWith(StoryMatcher.PERSON)
                    || k.startsWith(Keys.PLACE) || k.startsWith(Keys.NUMBER) && !Keys.small(k)
                    || k.startsWith(Keys.LEXICON) && !k.startsWith(Keys.LEARNED)) && b.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
