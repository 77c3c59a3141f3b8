package org.policymonitor.platform.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LookAlikeLettersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Урад абмеркаваў штучны iнтэлект        | Урад абмеркаваў штучны інтэлект
            ШТУЧНЫ IНТЭЛЕКТ                        | ШТУЧНЫ ІНТЭЛЕКТ
            Беларусь в БPИКС, а не в ЕС            | Беларусь в БРИКС, а не в ЕС
            искусственный интеллeкт                | искусственный интеллект
            Belarus joins BRІCS                    | Belarus joins BRICS
            Аrtificial intelligence                | Artificial intelligence
            """)
    void aWordOfMixedScriptsBecomesTheScriptOfMostOfItsLetters(String written, String read) {
        assertThat(LookAlikeLetters.of(written)).isEqualTo(read).hasSameSizeAs(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Обычный текст без смешанных слов, iPhone и BMW X5
            A plain English sentence with ИИ and БРИКС
            Wiсеть: a letter without a twin (W) keeps the word as written
            """)
    void textWithoutAFoldableWordIsReturnedItself(String text) {
        assertThat(LookAlikeLetters.of(text)).isSameAs(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ШIД | ШІД
            ВOOM | BOOM
            """)
    void aWordWhoseLettersAllHaveTwinsGoesToItsMajority(String written, String read) {
        assertThat(LookAlikeLetters.of(written)).isEqualTo(read);
    }
}
