package org.policymonitor.classifier.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.events.Evidence;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text as official Belarusian, Russian and English sites really write it, under the shipped rules: the apostrophe of
 * Belarusian in the forms keyboards and fonts give it, the conjunction «і» typed as a Latin «i», a narrow no-break
 * space between words or after «№», HTML entities a feed left in its text, full-width letters, a title in another
 * language than its body. A reader sees the
 * words; an item the rules miss is an alert nobody gets. Every evidence span, sliced out of the field as it was sent,
 * is the text the rule matched as written.
 */
class TextAsSitesWriteItTest {

    @RegisterExtension
    static final ShippedRulesEngine RULES = new ShippedRulesEngine();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            be | Камп′ютарны зрок на заводах  | Камп′ютарны зрок
            be | Камп‘ютарны зрок на заводах  | Камп‘ютарны зрок
            be | Кампʻютарны зрок на заводах  | Кампʻютарны зрок
            be | Камп´ютарны зрок на заводах  | Камп´ютарны зрок
            be | Камп`ютарны зрок на заводах  | Камп`ютарны зрок
            """)
    void aBelarusianApostropheInAnyOfItsFormsKeepsTheWordWhole(String language, String title, String evidence) {
        assertTagged(language, title, "artificial-intelligence", evidence);
    }

    @Test
    void theConjunctionTypedAsALatinIKeepsAPhraseWhole() {
        assertTagged("be", "Пашырэнне паўнамоцтваў Міністэрства сувязі i інфарматызацыі", "digital-governance",
                "Міністэрства сувязі i інфарматызацыі");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Учителя обсудили искусственный\u202Fинтеллект | artificial-intelligence | искусственный\u202Fинтеллект
            ru | Подписан указ №\u202F200 о цифровом развитии   | digital-governance      | указ №\u202F200
            en | Decree No.\u202F200 amended                    | digital-governance      | Decree No.\u202F200
            """)
    void aNarrowNoBreakSpaceSeparatesWords(String language, String title, String theme, String evidence) {
        assertTagged(language, unescape(title), theme, unescape(evidence));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Учителя обсудили искусственный&nbsp;интеллект     | artificial-intelligence | искусственный&nbsp;интеллект
            ru | Учителя обсудили искусственный&#160;интеллект     | artificial-intelligence | искусственный&#160;интеллект
            ru | Учителя обсудили искусственный&#xA0;интеллект     | artificial-intelligence | искусственный&#xA0;интеллект
            ru | Учителя обсудили искусственный&amp;nbsp;интеллект | artificial-intelligence | искусственный&amp;nbsp;интеллект
            ru | Новые угрозы кибер&shy;безопасности страны        | cybersecurity           | кибер&shy;безопасности
            ru | Школьникам показали чат&#8209;бот                 | artificial-intelligence | чат&#8209;бот
            ru | &laquo;Кибербезопасность&raquo; на форуме         | cybersecurity           | Кибербезопасность
            """)
    void htmlEntitiesLeftInTheTextReadAsTheirCharacters(String language, String title, String theme, String evidence) {
        assertTagged(language, title, theme, evidence);
    }

    @Test
    void fullWidthLettersReadAsTheirLetters() {
        assertTagged("en", "Ａｒｔｉｆｉｃｉａｌ ｉｎｔｅｌｌｉｇｅｎｃｅ in schools", "artificial-intelligence",
                "Ａｒｔｉｆｉｃｉａｌ ｉｎｔｅｌｌｉｇｅｎｃｅ");
    }

    @Test
    void evidenceOffsetsSliceTheFieldAsSentAfterEmojiMarksEntitiesAndLineBreaks() {
        String content = "😀 Новости\r\n&laquo;Иску́сственный&nbsp;интеллект&raquo; 🇧🇾\r\nи кибер&shy;безопасность";
        Classification c = RULES.engine().classify(new ItemText("x", null, null, content, "ru", "belta"));
        List<Evidence> evidence = c.tags().stream().flatMap(t -> t.evidence().stream()).toList();
        assertThat(evidence).extracting(Evidence::text)
                .contains("Иску́сственный&nbsp;интеллект", "кибер&shy;безопасность");
        assertThat(evidence).allSatisfy(e -> assertThat(content.substring(e.start(), e.end()))
                .as("the content sliced at %d–%d", e.start(), e.end()).isEqualTo(e.text()));
    }

    @ParameterizedTest(name = "[{0}] {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ru | Belarus adopts a law on artificial intelligence | Палата представителей приняла документ во втором чтении, депутаты обсудили поправки к нему и сроки вступления в силу.
            en | Принят закон об искусственном интеллекте        | The House of Representatives passed the bill in the second reading; the deputies discussed its amendments and when it enters into force.
            ru | Прыняты закон аб штучным інтэлекце             | Палата представителей приняла документ во втором чтении, депутаты обсудили поправки к нему.
            """)
    void aTitleInAnotherLanguageThanTheBodyIsReadInItsOwn(String language, String title, String content) {
        Classification c = RULES.engine().classify(new ItemText("x", title, null, content, language, "belta"));
        assertThat(c.themes()).as("themes of «%s» over a body in another language", title)
                .contains("artificial-intelligence", "ai-law");
        List<Evidence> evidence = c.tags().stream().flatMap(t -> t.evidence().stream()).toList();
        assertThat(evidence).extracting(Evidence::field).as("the title is the reason").contains("title");
        assertThat(evidence).allSatisfy(e -> assertThat((e.field().equals("title") ? title : content)
                .substring(e.start(), e.end())).isEqualTo(e.text()));
    }

    private static void assertTagged(String language, String title, String theme, String evidence) {
        Classification c = RULES.engine().classify(new ItemText("x", title, null, null, language, "belta"));
        assertThat(c.themes()).as("themes of «%s»", title).contains(theme);
        List<Evidence> spans = c.tags().stream().filter(t -> t.theme().equals(theme))
                .flatMap(t -> t.evidence().stream()).toList();
        assertThat(spans).extracting(Evidence::text).as("the evidence is the text as written").contains(evidence);
        assertThat(spans).allSatisfy(e -> assertThat(title.substring(e.start(), e.end())).isEqualTo(e.text()));
    }

    private static String unescape(String s) {
        return s.replace("\\u202F", "\u202F");
    }
}
