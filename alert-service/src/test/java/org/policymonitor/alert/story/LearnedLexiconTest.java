package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Nineteenth round: the learned cross-language lexicon ({@link Lexicon#learned()}). Its words are keys compared across
 * languages as the hand-made lexicon's are; the hand-made one is asked first, and names (capitalised words) are never
 * looked up in it. The shipped file is exactly what {@link LexiconLearner} learns from the odd half of the labelled
 * sets, so that the even half stays a judge it was not derived from.
 */
class LearnedLexiconTest {

    private static final Instant T0 = Instant.parse("2026-09-07T08:00:00Z");

    /** Two stems of an event word (mammography) aligned, and one a hand-made word has too (elective). */
    private final Lexicon learned = Lexicon.of(List.of(
            new String[] {"~en-mammog", "mammog* | маммог* | мамаг*"},
            new String[] {"~en-electi", "electi* | факуль*"},
            new String[] {"~en-tomogr", "tomogr* | томогр* | тамагр*"}));
    private final FeatureExtractor features = new FeatureExtractor(Glossary.shipped(), Lexicon.shipped(), learned);

    private StoryFeatures f(String title, String language) {
        return features.extract(title, null, null, language, T0, null, List.of());
    }

    @Test
    void aLearnedWordIsOneKeyInTheThreeLanguages() {
        assertThat(f("Clinics start using AI for mammography screening", "en").keys()).contains("x:~en-mammog");
        assertThat(f("Клиники начали применять ИИ при маммографии", "ru").keys()).contains("x:~en-mammog");
        assertThat(f("Клінікі пачалі ўжываць ШІ пры мамаграфіі", "be").keys()).contains("x:~en-mammog");
    }

    @Test
    void theHandMadeLexiconIsAskedFirstAndNamesNotAtAll() {
        // "elective" is a word of the hand-made lexicon: its key stays that one
        assertThat(f("Schools add an AI elective", "en").keys()).contains("x:elective").doesNotContain("x:~en-electi");
        // a capitalised word is a name or a place, with keys of its own
        assertThat(f("Mammography Centre opens in Minsk", "en").keys()).doesNotContain("x:~en-mammog");
    }

    /**
     * Twentieth round: the learned lexicon is incomplete (a word it never aligned has no key in any language), so a
     * learned word one version has and the other lacks says nothing against the pair: it weighs in the cosine across
     * languages only where both have it. Before, a Russian piece's own learned words diluted its cosine with the
     * English version under what the pair needed (fresh31's e-government services, README).
     */
    @Test
    void aLearnedWordOfOneVersionOnlyDoesNotWeighAgainstThePair() {
        StoryMatcher matcher = new StoryMatcher();
        StoryFeatures en = features.extract("Grodno clinics start AI mammography screening",
                "The health ministry said 40 clinics in Grodno region use AI for mammography.", null, "en", T0, null,
                List.of());
        StoryFeatures ru = features.extract("В гродненских клиниках внедрили ИИ для маммографии",
                "Минздрав сообщил, что 40 клиник Гродненской области применяют ИИ в маммографии.", null, "ru",
                T0.plusSeconds(3600), null, List.of());
        StoryFeatures ruWithItsOwnWord = features.extract("В гродненских клиниках внедрили ИИ для маммографии",
                "Минздрав сообщил, что 40 клиник Гродненской области применяют ИИ в маммографии и томографии.", null,
                "ru", T0.plusSeconds(3600), null, List.of());
        assertThat(ruWithItsOwnWord.keys()).contains("x:~en-tomogr");
        double without = matcher.score(en, ru);
        assertThat(without).isGreaterThanOrEqualTo(StoryGrouper.JOIN);
        assertThat(matcher.score(en, ruWithItsOwnWord)).isCloseTo(without, within(1e-9));
        assertThat(matcher.score(ruWithItsOwnWord, en)).isCloseTo(without, within(1e-9));
    }

    @Test
    void withoutTheLearnedLexiconThereAreNoLearnedWords() {
        FeatureExtractor without = new FeatureExtractor(Glossary.shipped(), Lexicon.shipped(), null);
        assertThat(without.extract("Clinics start using AI for mammography screening", null, null, "en", T0, null,
                List.of()).keys()).noneMatch(k -> k.startsWith(Keys.LEARNED));
    }

    @Test
    void theShippedLexiconIsWhatTheLearnerLearnsFromTheOddHalf() throws IOException {
        String shipped;
        try (InputStream in = Objects.requireNonNull(Lexicon.class.getResourceAsStream("/stories/lexicon-learned.tsv"))) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LexiconLearner.Learned learnedNow = LexiconLearner.learn(LexiconLearner.SHIPPED_HALF, LexiconLearner.MIN_COUNT,
                LexiconLearner.MIN_DICE, LexiconLearner.LIFT, LexiconLearner.MAX_SHARE);
        assertThat(learnedNow.words()).hasSizeGreaterThan(100);
        assertThat(shipped).as("stories/lexicon-learned.tsv: regenerate it with LexiconLearner's main")
                .isEqualTo(LexiconLearner.tsv(learnedNow));
    }
}
