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
