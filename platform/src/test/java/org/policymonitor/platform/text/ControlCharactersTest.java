package org.policymonitor.platform.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    /** A bell, an escape, a line break, a tab, DEL, a C1 control, an override, an isolate, a paragraph separator. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0007", "001B", "000A", "0009", "007F", "0085", "202E", "2067", "2029"})
    void aNameWithAControlCharacterNamesTheFirst(String hex) {
        String text = "ops" + (char) Integer.parseInt(hex, 16) + "team\u0007";
        assertThat(ControlCharacters.firstInLine(text)).isEqualTo("U+" + hex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AI law → team chat", "Законы аб ШІ", "人工智能法", "emoji 🤖 ok", "", "zero\u200Bwidth"})
    void namesInAnyAlphabetHaveNone(String text) {
        assertThat(ControlCharacters.firstInLine(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"first line\nsecond", "windows\r\nlines", "\tindented"})
    void aNoteKeepsItsLinesAndTabs(String text) {
        assertThat(ControlCharacters.firstInText(text)).isNull();
        assertThat(ControlCharacters.firstInLine(text)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"note\u001b[2J", "bell\u0007", "\u202Ereversed"})
    void aNoteWithAnotherControlCharacterNamesIt(String text) {
        assertThat(ControlCharacters.firstInText(text)).startsWith("U+");
    }

    /**
     * Half a character (an unpaired UTF-16 surrogate, which JSON's {@code "\\uD800"} can send) is not text: PostgreSQL's
     * driver writes it as {@code ?}, so a note or name was stored other than sent, without a word (trial16).
     */
    @ParameterizedTest
    @ValueSource(strings = {"note \uD800 here", "ends with \uDBFF", "\uDC00 starts", "reversed \uDE00\uD83D pair"})
    void halfACharacterIsNamed(String text) {
        assertThat(ControlCharacters.firstInText(text)).matches("U\\+D[89A-F][0-9A-F]{2} \\(half of a character\\)");
        assertThat(ControlCharacters.firstInLine(text)).isNotNull();
    }
}
