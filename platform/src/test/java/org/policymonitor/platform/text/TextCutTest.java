package org.policymonitor.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 📈 below is one character of two UTF-16 units: a cut between them would leave a lone surrogate. */
class TextCutTest {

    @ParameterizedTest(name = "{0} shortened to {1}")
    @CsvSource(delimiter = '|', value = {
            "abcdef    | 6 | abcdef",
            "abcdefg   | 6 | abcde…",
            "ab📈cdef  | 4 | ab…",
            "ab📈cdef  | 5 | ab📈…",
            "📈📈📈    | 2 | …"})
    void shortenedTextFitsAndNeverEndsInHalfACharacter(String text, int max, String expected) {
        String cut = TextCut.shortened(text, max);
        assertThat(cut).isEqualTo(expected).hasSizeLessThanOrEqualTo(max);
        assertThat(cut.codePoints().filter(cp -> Character.isSurrogate((char) cp)).count()).isZero();
    }

    @ParameterizedTest(name = "prefix of {0} to {1}")
    @CsvSource(delimiter = '|', value = {
            "abcdef  | 3 | abc",
            "ab📈cd  | 3 | ab",
            "ab📈cd  | 4 | ab📈",
            "ab      | 9 | ab"})
    void prefixKeepsWholeCharacters(String text, int max, String expected) {
        assertThat(TextCut.prefix(text, max)).isEqualTo(expected);
    }

    @Test
    void nullStaysNull() {
        assertThat(TextCut.shortened(null, 5)).isNull();
        assertThat(TextCut.prefix(null, 5)).isNull();
    }
}
