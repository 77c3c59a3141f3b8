package org.policymonitor.alert.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which texts tell a later day of an event (the forty-second round's mark), in each language and any case. */
class LaterDayTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Во второй день ТИБО-2026 подписаны соглашения             | true
            ВО ВТОРОЙ ДЕНЬ ФОРУМА                                     | true
            На заключительном дне форума вручили премии               | true
            На третий  день выставки                                  | true
            У другі дзень форуму падпісаны пагадненні                 | true
            Апошні дзень выставы                                      | true
            On the second day of TIBO 2026, agreements were signed    | true
            The Final Day of the forum                                | true
            Форум откроется в этот день                               | false
            За десять дней работы форума                              | false
            Второй форум за день                                      | false
            a second-day session                                      | false
            the second daylight saving change                         | false
            У першы дзень форуму                                      | false
            """)
    void aLaterDayIsReadWhereverATextNamesOne(String text, boolean later) {
        assertThat(FeatureExtractor.tellsALaterDay(text, Tokens.of(text))).isEqualTo(later);
    }
}
