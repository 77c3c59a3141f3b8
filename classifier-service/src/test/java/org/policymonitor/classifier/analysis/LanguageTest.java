package org.policymonitor.classifier.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The language codes feeds declare, and which analysis chain each one selects (none: guessed from the script). */
class LanguageTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "en|EN", "EN|EN", "eng|EN", "en-US|EN", "en_GB|EN", " ru |RU", "ru-RU|RU", "rus|RU", "be|BE", "be_BY|BE",
            "bel-Cyrl-BY|BE", "RU_ru|RU", "-|", "_-|", "-en|", "en-|EN", "english|", "fr|", "uk-UA|", "'  '|", "''|"})
    void aCodeSelectsItsLanguageByThePrimarySubtag(String code, Language expected) {
        assertThat(Language.fromCode(code).orElse(null)).isEqualTo(expected);
    }
}
