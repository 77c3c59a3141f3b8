package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@link Tokens}' lower-cased forms, built letter by letter in place, are what {@link String#toLowerCase} gives. */
class TokensTest {

    @Test
    void everyLetterAndDigitIsLowerCasedAsTheStringWouldBe() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Character.isLetterOrDigit(c)) {
                continue; // never part of a token
            }
            String word = "a" + c + "b" + c;
            assertThat(Tokens.lower(word.toCharArray(), word.length())).as("U+%04X", (int) c)
                    .isEqualTo(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
    }

    @Test
    void theLettersWhoseLowerCaseDependsOnMoreThanThemselvesAreLowerCasedAsBefore() {
        // «İ» lower-cases to two characters, «Σ» to «ς» at a word's end and «σ» inside it
        for (String word : new String[]{"İSTANBUL", "ΟΔΟΣ", "ΣΟΦΙΑ", "ЁЛКА", "Ёлка", "ТЁМНЫЙ"}) {
            assertThat(Tokens.lower(word.toCharArray(), word.length())).as(word)
                    .isEqualTo(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
        }
    }

    @Test
    void tokensKeepTheirCapitalsAndSentenceStarts() {
        assertThat(Tokens.of("Минск. ЁЛКА и BelTA’s İstanbul"))
                .extracting(Tokens.Token::lower, Tokens.Token::capitalised, Tokens.Token::allCaps, Tokens.Token::sentenceStart)
                .containsExactly(
                        tuple("минск", true, false, true),
                        tuple("елка", true, true, true),
                        tuple("и", false, false, false),
                        tuple("belta", true, false, false),
                        tuple("i̇stanbul", true, false, false));
    }
}
