package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.classifier.rules.RulesetParser;
import org.policymonitor.events.Evidence;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words written with letters that look alike but are not the rule's: a Belarusian «і» typed as the Latin «i» (keyboards
 * without the letter), a Latin «P», «e» or «c» inside a Cyrillic word (and Cyrillic «А», «І» inside a Latin one), stress
 * marks over a vowel (textbooks, names), a soft hyphen or joiner left inside a word by the text's source. A reader sees
 * the word; so must the rules — an item missed here is an alert nobody gets. The evidence still shows the text as
 * written.
 */
class LookAlikeLettersTest {

    static RuleEngine engine;

    @BeforeAll
    static void build() throws Exception {
        engine = RuleEngine.build(RulesetParser.parse(RuleEngineTest.RULES));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            be | Урад абмеркаваў штучны iнтэлект                       | artificial-intelligence | штучны iнтэлект
            be | ШТУЧНЫ IНТЭЛЕКТ у школах                              | artificial-intelligence | ШТУЧНЫ IНТЭЛЕКТ
            be | Беларусь у БPІКС                                     | brics                   | БPІКС
            ru | Беларусь в БPИКС                                     | brics                   | БPИКС
            ru | Парламент обсудил искусственный интеллeкт             | artificial-intelligence | искусственный интеллeкт
            ru | Парламент обсудил иcкусственный интеллект             | artificial-intelligence | иcкусственный интеллект
            ru | Парламент обсудил иску\u0301сственный интелле\u0301кт | artificial-intelligence | иску\u0301сственный интелле\u0301кт
            ru | Парламент обсудил искусствен\u00ADный интеллект       | artificial-intelligence | искусствен\u00ADный интеллект
            ru | Парламент обсудил искусственный интел\u200Dлект       | artificial-intelligence | искусственный интел\u200Dлект
            en | Belarus on artificial intel\u00ADligence              | artificial-intelligence | artificial intel\u00ADligence
            en | Belarus on Аrtificial Intelligence                   | artificial-intelligence | Аrtificial Intelligence
            en | Belarus joins BRІCS bank                             | brics                   | BRІCS
            """)
    void aWordWithLookAlikeLettersMatchesItsRule(String language, String title, String theme, String evidence) {
        String text = unescape(title);
        Classification c = engine.classify(new ItemText("x", text, null, null, language, "belta"));
        assertThat(c.themes()).as("themes of «%s»", text).contains(theme);
        assertThat(c.tags()).filteredOn(t -> t.theme().equals(theme)).flatExtracting(t -> t.evidence())
                .extracting(Evidence::text).as("the evidence is the text as written").contains(unescape(evidence));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The AIr quality index in Minsk
            ru | Новая модель BMW-X5 в Минске
            en | Petrol AI-95 prices
            """)
    void realMixedWordsStayWhatTheyAre(String language, String title) {
        Classification c = engine.classify(new ItemText("x", title, null, null, language, "belta"));
        assertThat(c.themes()).as("themes of «%s»", title).doesNotContain("artificial-intelligence");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
