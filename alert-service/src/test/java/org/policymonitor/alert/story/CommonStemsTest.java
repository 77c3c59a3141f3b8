package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twentieth round: the common word stems ({@link CommonStems}) are exactly what {@link CommonStemsLearner} learns from
 * the odd half of the labelled sets, so that no hand edit slips the judging half's words in; a stem outside them is
 * rare, and only word stems are.
 */
class CommonStemsTest {

    @Test
    void theShippedListIsWhatTheLearnerLearnsFromTheOddHalf() throws IOException {
        String shipped;
        try (InputStream in = Objects.requireNonNull(CommonStems.class.getResourceAsStream("/stories/common-stems.tsv"))) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).as("stories/common-stems.tsv: regenerate it with CommonStemsLearner's main")
                .isEqualTo(CommonStemsLearner.tsv(CommonStemsLearner.learn(CommonStemsLearner.SHIPPED_HALF,
                        CommonStemsLearner.SHARE)));
    }

    @Test
    void aCommonStemIsNotRareAndOnlyWordStemsAre() {
        assertThat(CommonStems.rare("w:ru:данных")).isFalse();
        assertThat(CommonStems.rare("w:ru:фельдш")).isTrue();
        assertThat(CommonStems.rare("x:court")).isFalse();
        assertThat(CommonStems.rare("n:^erip")).isFalse();
    }
}
