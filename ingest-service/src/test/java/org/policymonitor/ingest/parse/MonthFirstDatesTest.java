package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.ingest.source.DateOrder;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numeric dates written month first, as US sites (and Drupal's and WordPress's US defaults) write them:
 * {@code 11/25/2026}, {@code 11/25/2026 2:30 PM}. Until 4 December 2026 a slash date was always read day first, so
 * such a date past the 12th was no date at all (month 25) and one up to the 12th was silently another day
 * ({@code 11/05/2026} as 11 May). Now a date that can only be month first is read so; a listing that shows one reads
 * all its slash dates month first; and an operator can say so for a source whose page shows no such date
 * ({@code dateOrder: month-first}).
 */
class MonthFirstDatesTest {

    private static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final Instant NOW = OffsetDateTime.parse("2026-12-04T12:00+03:00").toInstant();
    private static final URI BASE = URI.create("https://us.example/news/");

    private final DocumentParser parser = new DocumentParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "11/25/2026"                   | 2026-11-25T00:00+03:00
            "11/25/2026 9:05 AM"           | 2026-11-25T09:05+03:00
            "11/25/2026 2:30 PM"           | 2026-11-25T14:30+03:00
            "11/25/2026 12:10 am"          | 2026-11-25T00:10+03:00
            "Wed, 11/25/2026 - 14:30"      | 2026-11-25T14:30+03:00
            "10-30-2026"                   | 2026-10-30T00:00+03:00
            "25/11/2026"                   | 2026-11-25T00:00+03:00
            "25/11/2026 2:30 PM"           | 2026-11-25T14:30+03:00
            "31.10.2026"                   | 2026-10-31T00:00+03:00
            "13/13/2026"                   | null
            "Thu, 11/25/2026"              | null
            """)
    void aSlashDateThatCanOnlyBeMonthFirstIsReadSo(String text, String expected) {
        assertThat(DateParser.parse(text, MINSK, NOW)).isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "null", textBlock = """
            "11/05/2026"                   | 2026-11-05T00:00+03:00
            "12/01/2026 9:00 AM"           | 2026-12-01T09:00+03:00
            "25/11/2026"                   | 2026-11-25T00:00+03:00
            "Пн, 11/05/2026"               | 2026-05-11T00:00+03:00
            "05.11.2026"                   | 2026-11-05T00:00+03:00
            """)
    void aSourceThatWritesMonthFirstHasItsAmbiguousDatesReadSo(String text, String expected) {
        // a dotted date is European whatever the source says; a weekday still decides against the source's order
        assertThat(DateParser.parse(text, MINSK, NOW, DateOrder.MONTH_FIRST))
                .isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    /**
     * A listing's dates prove its order: one that only month first allows makes the page month first; one that only day
     * first allows keeps it day first; dates that contradict each other are each read as written and the ambiguous
     * ones as the source says (day first here).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one month-first date reads all its slash dates month first | 11/25/2026, 11/05/2026, 10/02/2026 4:15 PM | 2026-11-25T00:00+03:00, 2026-11-05T00:00+03:00, 2026-10-02T16:15+03:00
            one day-first date keeps reading day first                 | 25/11/2026, 11/05/2026                     | 2026-11-25T00:00+03:00, 2026-05-11T00:00+03:00
            contradicting dates: each as written, the rest as the source says | 25/11/2026, 11/26/2026, 11/05/2026 | 2026-11-25T00:00+03:00, 2026-11-26T00:00+03:00, 2026-05-11T00:00+03:00
            """)
    void aListingsDatesProveItsOrder(String page, String written, String expected) throws Exception {
        List<OffsetDateTime> dates = dates(listing(written.split(",\\s*")), DateOrder.DAY_FIRST);

        assertThat(dates).containsExactlyElementsOf(
                Arrays.stream(expected.split(",\\s*")).map(OffsetDateTime::parse).toList());
    }

    @Test
    void aMonthFirstSourceWhosePageShowsOnlyAmbiguousDatesReadsThemMonthFirst() throws Exception {
        String page = listing("12/03/2026", "12/01/2026");

        assertThat(dates(page, DateOrder.MONTH_FIRST)).containsExactly(OffsetDateTime.parse("2026-12-03T00:00+03:00"),
                OffsetDateTime.parse("2026-12-01T00:00+03:00"));
        assertThat(dates(page, DateOrder.DAY_FIRST)).as("the default, for the sources this project began with")
                .containsExactly(OffsetDateTime.parse("2026-03-12T00:00+03:00"),
                        OffsetDateTime.parse("2026-01-12T00:00+03:00"));
    }

    private List<OffsetDateTime> dates(String page, DateOrder order) throws Exception {
        Endpoint endpoint = new Endpoint(SourceType.HTML, BASE, new Selectors("li.news", null, null, ".date", null),
                null, order);
        ParsedDocument document = parser.parse(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                BASE, endpoint, "en", MINSK);
        return document.items().stream().map(ParsedItem::publishedAt).toList();
    }

    private static String listing(String... dates) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < dates.length; i++) {
            items.append("<li class=\"news\"><a href=\"/news/story-").append(i).append("\">Story number ").append(i)
                    .append(" of the week</a> <span class=\"date\">").append(dates[i]).append("</span></li>\n");
        }
        return "<html lang=\"en\"><body><h1>News</h1><ul>" + items + "</ul></body></html>";
    }
}
