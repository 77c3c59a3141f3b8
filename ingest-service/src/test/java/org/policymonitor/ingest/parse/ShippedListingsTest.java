package org.policymonitor.ingest.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.events.FeedItem;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.CatalogueParser;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceCatalogue;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.source.SourceType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policymonitor.ingest.Fixtures.bytes;

/**
 * Every listing of the shipped catalogue, read with the shipped selectors from a page in that site's structure
 * (navigation, related lists, footers, several cards, relative links, the site's date format and language), and
 * mapped to the items a poll publishes: title, canonical absolute link, date in the source's zone, lead.
 */
class ShippedListingsTest {

    /** One item as it must be published. */
    record Expected(String title, String link, String publishedAt, String lead) {
    }

    static Stream<Arguments> shippedListings() {
        return Stream.of(
                Arguments.of("belta-en", "belta-en-all-news.html", "https://eng.belta.by/all_news/page/1/", List.of(
                        new Expected("Lukashenko signs decree on artificial intelligence in public administration",
                                "https://eng.belta.by/president/view/lukashenko-signs-decree-on-artificial-intelligence-in-public-administration-175432-2026/",
                                "2026-11-20T00:00+03:00",
                                "MINSK, 20 November (BelTA) - Belarus President Aleksandr Lukashenko has signed a decree on the use of artificial intelligence in public administration."),
                        new Expected("HTP exports up 12% in January-October",
                                "https://eng.belta.by/economics/view/htp-exports-up-12-in-january-october-175428-2026/",
                                "2026-11-20T00:00+03:00",
                                "MINSK, 20 November (BelTA) - Exports of the Hi-Tech Park residents grew by 12% year-on-year."),
                        new Expected("New data protection rules take effect",
                                "https://eng.belta.by/society/view/new-data-protection-rules-take-effect-175401-2026/",
                                "2026-11-19T00:00+03:00",
                                "MINSK, 19 November (BelTA) - Amendments to the law on personal data protection have come into force."))),
                Arguments.of("belta-ru", "belta-ru-all-news.html", "https://www.belta.by/all_news/page/1/", List.of(
                        new Expected("Лукашенко подписал указ об искусственном интеллекте в госуправлении",
                                "https://www.belta.by/president/view/lukashenko-podpisal-ukaz-ob-iskusstvennom-intellekte-v-gosupravlenii-712345-2026/",
                                "2026-11-20T00:00+03:00",
                                "МИНСК, 20 ноября (БЕЛТА) – Президент Беларуси Александр Лукашенко подписал указ о применении искусственного интеллекта в государственном управлении."),
                        new Expected("В Гродно открыли центр цифровых услуг",
                                "https://www.belta.by/regions/view/v-grodno-otkryli-tsentr-tsifrovyh-uslug-712331-2026/",
                                "2026-11-20T00:00+03:00",
                                "ГРОДНО, 20 ноября (БЕЛТА) – Центр поможет жителям области получать «электронные» услуги."),
                        new Expected("Вступили в силу новые правила защиты персональных данных",
                                "https://www.belta.by/society/view/vstupili-v-silu-novye-pravila-zaschity-personalnyh-dannyh-712290-2026/",
                                "2026-11-19T00:00+03:00",
                                "МИНСК, 19 ноября (БЕЛТА) – Вступили в силу изменения в закон о защите персональных данных."))),
                Arguments.of("nasb-en", "nasb-en-news.html", "https://nasb.gov.by/eng/news/", List.of(
                        new Expected("NASB commissions a new supercomputer for AI research",
                                "https://nasb.gov.by/eng/news/14901/", "2026-11-20T00:00+03:00",
                                "The cluster at the United Institute of Informatics Problems doubles the Academy's computing power."),
                        new Expected("Seminar on ethics of artificial intelligence & data",
                                "https://nasb.gov.by/eng/news/14896/", "2026-11-18T00:00+03:00",
                                "Researchers from 14 institutes discussed rules for the use of AI in science."),
                        new Expected("Belarusian-Chinese laboratory of photonics opens",
                                "https://nasb.gov.by/eng/news/14890/", "2026-11-16T00:00+03:00",
                                "The joint laboratory will work on optical computing."))),
                Arguments.of("nasb-ru", "nasb-ru-news.html", "https://nasb.gov.by/rus/news/", List.of(
                        new Expected("В НАН Беларуси ввели в строй новый суперкомпьютер для исследований в области ИИ",
                                "https://nasb.gov.by/rus/news/31502/", "2026-11-20T00:00+03:00",
                                "Кластер Объединенного института проблем информатики вдвое увеличил вычислительные мощности академии."),
                        new Expected("Семинар «Этика искусственного интеллекта»",
                                "https://nasb.gov.by/rus/news/31497/", "2026-11-18T00:00+03:00",
                                "Ученые 14 институтов обсудили правила применения ИИ в науке."),
                        new Expected("Открыта белорусско-китайская лаборатория фотоники",
                                "https://nasb.gov.by/rus/news/31488/", "2026-11-16T00:00+03:00",
                                "Совместная лаборатория займется оптическими вычислениями."))),
                Arguments.of("president-en", "president-en-events.html", "https://president.gov.by/en/events", List.of(
                        new Expected("Meeting on the use of artificial intelligence in public administration",
                                "https://president.gov.by/en/events/meeting-on-the-use-of-artificial-intelligence-in-public-administration",
                                "2026-11-20T11:30+03:00",
                                "The Head of State held a meeting on the introduction of AI in the work of government agencies."),
                        new Expected("Decree No. 412 on the development of the digital economy signed",
                                "https://president.gov.by/en/events/decree-no-412-on-the-development-of-the-digital-economy-signed",
                                "2026-11-19T17:05+03:00",
                                "The decree sets priorities of digital development for 2027-2030."),
                        new Expected("Working visit to the Hi-Tech Park",
                                "https://president.gov.by/en/events/working-visit-to-the-hi-tech-park",
                                "2026-11-18T10:00+03:00",
                                "Aleksandr Lukashenko visited the Hi-Tech Park and met its residents."))),
                Arguments.of("president-ru", "president-ru-events.html", "https://president.gov.by/ru/events", List.of(
                        new Expected("Совещание по вопросам применения искусственного интеллекта в государственном управлении",
                                "https://president.gov.by/ru/events/soveshchanie-po-voprosam-primeneniya-iskusstvennogo-intellekta-v-gosudarstvennom-upravlenii",
                                "2026-11-20T11:30+03:00",
                                "Глава государства провел совещание о внедрении ИИ в работу госорганов."),
                        new Expected("Подписан Указ № 412 «О развитии цифровой экономики»",
                                "https://president.gov.by/ru/documents/ukaz-no-412-ot-19-noyabrya-2026-g",
                                "2026-11-19T17:05+03:00",
                                "Указом определены приоритеты цифрового развития на 2027–2030 годы."),
                        new Expected("Рабочая поездка в Парк высоких технологий",
                                "https://president.gov.by/ru/events/rabochaya-poezdka-v-park-vysokih-tehnologiy",
                                "2026-11-18T10:00+03:00",
                                "Александр Лукашенко посетил Парк высоких технологий и встретился с его резидентами."))),
                Arguments.of("undp-belarus", "undp-belarus-news.html", "https://www.undp.org/belarus/news", List.of(
                        new Expected("UNDP and EU launch a green recovery programme for Belarusian regions",
                                "https://www.undp.org/belarus/news/undp-and-eu-launch-green-recovery-programme-belarusian-regions",
                                "2026-11-20T00:00+03:00",
                                "The four-year programme supports energy-efficient public buildings in 12 districts."),
                        new Expected("Digital public services reach rural communities",
                                "https://www.undp.org/belarus/news/digital-public-services-reach-rural-communities",
                                "2026-11-03T00:00+03:00",
                                "Citizens in Vitebsk and Gomel regions can now apply for 40 services online."),
                        new Expected("Youth Climate Innovation Challenge: winners announced",
                                "https://www.undp.org/belarus/press-releases/youth-climate-innovation-challenge-winners-announced",
                                "2026-10-28T00:00+03:00",
                                "Ten teams will receive grants to pilot their ideas in Minsk, Brest and Grodno."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedListings")
    void theShippedSelectorsReadTheSitesListing(String sourceId, String fixture, String pageUrl,
                                                 List<Expected> expected) throws Exception {
        SourceDefinition source = shippedCatalogue().find(sourceId).orElseThrow();
        Endpoint listing = source.primary().type() == SourceType.HTML ? source.primary() : source.fallback();
        assertThat(listing.url()).isEqualTo(URI.create(pageUrl));

        ParsedDocument document = new DocumentParser().parse(bytes("listings/" + fixture), "text/html; charset=utf-8",
                listing.url(), listing, source.language(), source.timezone());
        List<FeedItem> published = SourcePoller.toFeedItems(source, document, Instant.now());
        // every shipped title, date and lead selector finds its element on the site's page: no layout warning
        assertThat(document.warning()).isNull();

        assertThat(published)
                .extracting(FeedItem::title, FeedItem::link, FeedItem::publishedAt, FeedItem::summary)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> tuple(e.title(), e.link(),
                        OffsetDateTime.parse(e.publishedAt()), e.lead())).toList());
    }

    private static SourceCatalogue shippedCatalogue() throws Exception {
        try (InputStream in = ShippedListingsTest.class.getResourceAsStream("/sources.yaml")) {
            if (in == null) {
                throw new IOException("no shipped sources.yaml on the class path");
            }
            return new CatalogueParser(Clock.systemUTC()).parse(in.readAllBytes(), "classpath:sources.yaml");
        }
    }
}
