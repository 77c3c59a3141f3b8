package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether two versions are one event cannot depend on which of them arrived first: the score of a pair is the same
 * both ways round.
 */
class StoryMatcherSymmetryTest {

    private static final Instant T0 = Instant.parse("2029-03-02T09:00:00Z");
    private final StoryMatcher matcher = new StoryMatcher();

    /**
     * A word read as a name and as a place outside the glossary in one version ("Belstat said" / "в Белстате"), and as a
     * place only in the other: it is one shared place either way round, not a place and a name from one side.
     */
    @Test
    void aWordReadAsNameAndPlaceInOneVersionAndAsPlaceInTheOtherCountsOnceEitherWayRound() {
        String place = Keys.PLACE + Keys.UNKNOWN_PLACE + "blstt";
        String name = Keys.NAME + "blstt";
        StoryFeatures both = new StoryFeatures("ru", T0, "https://example.by/a", 0L,
                Set.of(name, place, "c:event:talks", "c:theme:ai"));
        StoryFeatures placeOnly = new StoryFeatures("en", T0.plus(Duration.ofHours(2)), "https://example.by/b", -1L,
                Set.of(place, "c:event:talks", "c:theme:ai"));

        assertThat(matcher.score(both, placeOnly)).isEqualTo(matcher.score(placeOnly, both));
    }
}
