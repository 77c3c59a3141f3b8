package org.policymonitor.alert.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Thirty-ninth round: the one story a body has in the week, as another site's retelling may meet it. A newspaper's
 * piece (SB, news.by) or a partner's page one to five days after the agency's items, in its own words, often shares with
 * every version only the body and what it did or what about — no figure, name or act — which is exactly what the same
 * body's next event shares, so no pair rule may join it. What tells them apart is the rest of the week: where the body
 * has no other story among the item's candidates (every stored item naming it within {@link StoryMatcher#LATE_WINDOW}
 * is one), the piece retells that story; where it has two, which one is not known, and the piece founds its own.
 * Asked only for an item that met no story, pair by pair or as a whole: such a join never bridges two stories.
 */
final class SoleStoryOfItsBody {

    private SoleStoryOfItsBody() {
    }

    /**
     * The story of the item's bodies ({@link KeyProfile#bodies}) among the candidates if they have exactly one, none of
     * its candidates is a page of the item's own site (a source does not retell its own news: its item on the body
     * days later is the body's next event), it is not in {@code excluded} (a story about another numbered act), and one
     * of its versions passes {@link StoryMatcher#mayRetellTheBodysEvent}; else null.
     */
    static String story(StoryMatcher matcher, StoryFeatures item, List<StoryIndex.Candidate> candidates,
                        Set<String> excluded) {
        List<String> bodies = item.profile().bodies();
        if (bodies.isEmpty()) {
            return null;
        }
        String story = null;
        List<String> itsBodies = new ArrayList<>(bodies.size());
        for (String body : bodies) {
            for (StoryIndex.Candidate c : candidates) {
                if (!c.features().keys().contains(body)) {
                    continue;
                }
                if (story != null && !story.equals(c.storyId())) {
                    return null; // two stories of its bodies in the week: which one it retells is not known
                }
                story = c.storyId();
                if (!itsBodies.contains(body)) {
                    itsBodies.add(body);
                }
            }
        }
        if (story == null || excluded.contains(story)) {
            return null;
        }
        String site = item.profile().site();
        boolean retold = false;
        for (StoryIndex.Candidate c : candidates) {
            if (!c.storyId().equals(story)) {
                continue;
            }
            if (site != null && site.equals(c.features().profile().site())) {
                return null;
            }
            for (int i = 0; i < itsBodies.size() && !retold; i++) {
                retold = matcher.mayRetellTheBodysEvent(item, c.features(), itsBodies.get(i));
            }
        }
        // Forty-first round: nor a deed or subject in common, only the body, where the story is plainly one item of news
        return retold || retoldByItsBodyAlone(matcher, item, candidates, story, itsBodies) ? story : null;
    }

    /**
     * Forty-first round: the piece shares with the story's versions only the body — no deed, no subject of the glossary
     * (a news site's explainer the next day on a ministry's figures, in its own words) — and one version of another site
     * 12 hours to 5 days away passes every veto and guard of a retelling ({@link StoryMatcher#mayRetellTheBodyAlone}).
     * Weaker evidence than a deed or subject in common, so the story must be plainly one item of news: no site told the
     * body twice in one language in it. Where one did (the agency's item and its follow-up, or a look-alike joined to
     * the story), the body had more than one item of news that week, and which one the piece retells is not known.
     */
    static boolean retoldByItsBodyAlone(StoryMatcher matcher, StoryFeatures item, List<StoryIndex.Candidate> candidates,
                                        String story, List<String> itsBodies) {
        boolean retold = false;
        Set<String> told = new HashSet<>();
        for (StoryIndex.Candidate c : candidates) {
            if (!c.storyId().equals(story)) {
                continue;
            }
            if (!told.add(c.features().profile().site() + " " + c.features().language())) {
                return false; // one site told the body twice in one language: two items of news
            }
            for (int i = 0; i < itsBodies.size() && !retold; i++) {
                retold = matcher.mayRetellTheBodyAlone(item, c.features(), itsBodies.get(i));
            }
        }
        return retold;
    }
}
