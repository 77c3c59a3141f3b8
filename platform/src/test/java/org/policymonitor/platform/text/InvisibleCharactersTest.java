package org.policymonitor.platform.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InvisibleCharactersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero-width space inside a word | интел\u200Bлект           | интеллект
            soft hyphen                    | інтэ\u00ADлект            | інтэлект
            word joiner and ZWJ            | БРИ\u2060К\u200DС         | БРИКС
            BOM at the start               | \uFEFFDecree No. 135      | Decree No. 135
            right-to-left override         | file\u202Etxt.exe         | filetxt.exe
            bidi isolates around a word    | \u2066закон\u2069 о данных | закон о данных
            """)
    void theyAreRemoved(String what, String written, String read) {
        assertThat(InvisibleCharacters.removed(written)).isEqualTo(read);
    }

    @Test
    void visibleTextIsKeptAndNullStaysNull() {
        String text = "Указ № 135 — «Об искусственном интеллекте», 12.03.2025; naïve co-operation";
        assertThat(InvisibleCharacters.removed(text)).isEqualTo(text);
        assertThat(InvisibleCharacters.removed(null)).isNull();
    }
}
