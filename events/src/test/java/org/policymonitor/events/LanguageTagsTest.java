package org.policymonitor.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTagsTest {

    /** A tag without a primary subtag names no language: null, never an exception ("-".split("[-_]") is empty). */
    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "ru-RU|ru", "RU|ru", "be_BY|be", " en |en", "eng|eng", "en-|en",
            "-|null", "_|null", "--en|null", "_-|null", "' '|null", "''|null", "null|null", "e|null", "1|null",
            "e1-BY|null", "abcdefghi|null", "ру|null"})
    void thePrimarySubtagOrNone(String tag, String primary) {
        assertThat(LanguageTags.primary(tag)).isEqualTo(primary);
        assertThat(LanguageTags.namesALanguage(tag)).isEqualTo(primary != null);
    }
}
