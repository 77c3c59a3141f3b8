package org.policymonitor.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a listing item's title is chosen: selector order is a priority, and a date label is never the headline. */
class ListingTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date heading first, shared class  | <h6 class=coh-heading>November 20, 2026</h6><h5 class=coh-heading>UNDP opens a hub</h5> | .coh-heading          | UNDP opens a hub
            date heading first, tag list      | <h6 class=coh-heading>November 20, 2026</h6><h5 class=coh-heading>UNDP opens a hub</h5> | h2, h3, h4, h5, .coh-heading | UNDP opens a hub
            selector order beats page order   | <h4>Section: Press</h4><h5>The headline</h5>                                            | h5, h4                 | The headline
            Russian date label                | <div class=t>17 июня 2021 г., 11:34</div><div class=t>Указ подписан</div>               | .t                     | Указ подписан
            numeric date label                | <span class=t>04.03.2025</span><span class=t>Seminar held</span>                        | .t                     | Seminar held
            ISO date label                    | <span class=t>2025-05-19T10:00:00+03:00</span><span class=t>Meeting on AI</span>        | .t                     | Meeting on AI
            only a date: the link text        | <h6 class=t>November 20, 2026</h6>                                                      | .t                     | Read: UNDP opens a hub
            a headline with a date inside     | <h5>Decree No. 200 of 19 May 2025 signed</h5>                                           | h5                     | Decree No. 200 of 19 May 2025 signed
            blank heading skipped             | <h5> </h5><h4>Real title</h4>                                                           | h5, h4                 | Real title
            no title selector                 | <h5>Ignored</h5>                                                                        |                        | Read: UNDP opens a hub
            """)
    void theHeadlineIsChosen(String name, String card, String selector, String expected) {
        Element item = Jsoup.parse("<div class=card>" + card + "</div>").selectFirst("div.card");
        assertThat(ListingParser.title(item, selector, "Read: UNDP opens a hub")).isEqualTo(expected);
    }

    @Test
    void aDateIsTheTitleOnlyWhenTheItemOffersNothingElse() {
        Element item = Jsoup.parse("<div class=card><h6>November 20, 2026</h6></div>").selectFirst("div.card");
        assertThat(ListingParser.title(item, "h6", "November 20, 2026")).isEqualTo("November 20, 2026");
        assertThat(ListingParser.title(item, "h6", "")).isEqualTo("November 20, 2026");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            h5, h4                          | h5;h4
            a[title="x, y"], h3             | a[title="x, y"];h3
            :is(h2, h3) > a, .title         | :is(h2, h3) > a;.title
            ' h2 ,, h3 '                    | h2;h3
            """)
    void selectorGroupsSplitAtTopLevelCommasOnly(String group, String parts) {
        assertThat(SelectorAlternatives.of(group)).isEqualTo(List.of(parts.split(";")));
    }
}
