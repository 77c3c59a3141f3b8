package org.policymonitor.alert.act;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The acts index's rows of an item: one per act, and a numbered law told with its title is that titled law too. */
class ActRowTest {

    private final ActExtractor extractor = new ActExtractor();

    @Test
    void aNumberedLawToldWithItsTitleGivesBothNamesARowEachNamingTheOther() {
        List<ActReference> refs = extractor.extract(null,
                "Подписан Закон № 87-З от 15 мая 2026 г. «Об искусственном интеллекте».", null);
        assertThat(refs).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("law:87");
            assertThat(r.titleId()).isEqualTo("law:artificial-intelligence");
        });
        assertThat(ActRow.of(refs)).containsExactly(
                new ActRow("law:87", "law", "87-Z", LocalDate.of(2026, 5, 15), "law:artificial-intelligence"),
                new ActRow("law:artificial-intelligence", "law", null, LocalDate.of(2026, 5, 15), "law:87"));
    }

    @Test
    void aTitleNamedOnItsOwnBeforeTheNumberedLawStillLearnsTheNumber() {
        // the headline names the law by its title; the lead tells its number with the title
        List<ActReference> refs = extractor.extract("Закон об искусственном интеллекте подписан",
                "Александр Лукашенко подписал Закон № 87-З «Об искусственном интеллекте».", null);
        assertThat(ActRow.of(refs)).extracting(ActRow::id, ActRow::sameAs).containsExactly(
                tuple("law:artificial-intelligence", "law:87"),
                tuple("law:87", "law:artificial-intelligence"));
    }

    @Test
    void actsNamedTwiceOrWithoutATitleAreOneRowEachWithNoOtherName() {
        List<ActReference> refs = extractor.extract("Указ № 135 подписан",
                "Указ № 135 от 12 марта 2025 г. и Закон № 99-З о бюджете.", null);
        assertThat(ActRow.of(refs)).containsExactly(
                new ActRow("decree:135", "decree", "135", LocalDate.of(2025, 3, 12), null),
                new ActRow("law:99", "law", "99-Z", null, null));
    }

    @Test
    void anAmendingLawIsNotTheLawItAmends() {
        List<ActReference> refs = extractor.extract(null,
                "Подписан Закон № 145-З «Об изменении Закона «О защите персональных данных»».", null);
        assertThat(ActRow.of(refs)).filteredOn(r -> r.id().equals("law:145")).singleElement()
                .extracting(ActRow::sameAs).isNull();
    }
}
