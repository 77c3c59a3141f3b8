package org.policymonitor.events;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlCanonicalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Eng.BelTA.by/politics/view/X-1-2026/|https://eng.belta.by/politics/view/X-1-2026/",
            "https://eng.belta.by:443/a#comments|https://eng.belta.by/a",
            "http://nasb.gov.by:80/eng/news/14755/|http://nasb.gov.by/eng/news/14755/",
            "http://nasb.gov.by:8080/eng/news/|http://nasb.gov.by:8080/eng/news/",
            "https://www.undp.org/belarus/news?page=2&utm_source=x&utm_medium=rss|https://www.undp.org/belarus/news?page=2",
            "https://x.by/a?fbclid=123&id=7&gclid=9&Sort=Desc|https://x.by/a?id=7&Sort=Desc",
            "https://x.by|https://x.by/",
            "  https://x.by/a?utm_campaign=z  |https://x.by/a",
            "https://x.by/%D0%B8%D0%B8?q=%D0%B8|https://x.by/%D0%B8%D0%B8?q=%D0%B8",
            "not a url|not a url",
            "/relative/path|/relative/path",
    })
    void canonicalises(String link, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(link)).isEqualTo(expected);
    }

    /**
     * A session a site keeps in its links for a client that sends no cookie — PHP's {@code PHPSESSID}, a servlet's
     * {@code ;jsessionid=}, phpBB's 32-hex {@code sid}, ASP.NET's cookieless {@code /(S(…))/} segment — is new at every
     * request: it is no part of the page, and no part of the canonical link (trial29). A {@code sid} that is no session
     * (a section number) is kept.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://x.by/news/detail.php?ID=1&PHPSESSID=0a1b2c3d4e5f|https://x.by/news/detail.php?ID=1",
            "https://x.by/news/detail.php?phpsessid=0a1b2c3d4e5f&ID=1|https://x.by/news/detail.php?ID=1",
            "https://x.by/news/item;jsessionid=A1B2C3D4E5F6.node1?id=2|https://x.by/news/item?id=2",
            "https://x.by/news/item;JSESSIONID=A1B2C3D4E5F6|https://x.by/news/item",
            "https://x.by/forum/viewtopic.php?t=3&sid=0123456789abcdef0123456789abcdef|https://x.by/forum/viewtopic.php?t=3",
            "https://x.by/news/list.php?sid=12&id=5|https://x.by/news/list.php?sid=12&id=5",
            "https://x.by/(S(lit3py55t21z5v55vlm25s55))/news/Page.aspx?id=4|https://x.by/news/Page.aspx?id=4",
            "https://x.by/(X(1)S(lit3py55t21z5v55vlm25s55))/Page.aspx|https://x.by/Page.aspx",
            "https://x.by/news/(2026)/a|https://x.by/news/(2026)/a",
    })
    void aSessionInTheLinkIsNoPartOfIt(String link, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(link)).isEqualTo(expected);
    }

    /** A host in Unicode and its punycode (IDNA) form are one host: one canonical link, one item id. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://президент.бел/ru/events/1|https://xn--d1abbgf6aiiy.xn--90ais/ru/events/1",
            "https://ПРЕЗИДЕНТ.БЕЛ:443/ru/events/1#x|https://xn--d1abbgf6aiiy.xn--90ais/ru/events/1",
            "https://XN--D1ABBGF6AIIY.xn--90ais/ru/events/1|https://xn--d1abbgf6aiiy.xn--90ais/ru/events/1",
            "http://пример.рф:8080/a?utm_source=x&id=1|http://xn--e1afmkfd.xn--p1ai:8080/a?id=1",
            "https://münchen.de/a|https://xn--mnchen-3ya.de/a",
    })
    void internationalisedHostsAreCanonicalInTheirAsciiForm(String link, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(link)).isEqualTo(expected);
        assertThat(ItemIds.itemId("src", null, link)).isEqualTo(ItemIds.itemId("src", null, expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "//президент.бел/ru/events/1|//xn--d1abbgf6aiiy.xn--90ais/ru/events/1",
            "https://user@пример.рф:8443?q=1|https://user@xn--e1afmkfd.xn--p1ai:8443?q=1",
            "https://example.org/путь/|https://example.org/путь/",
            "https://[::1]:8080/a|https://[::1]:8080/a",
            "/ru/events/президент.бел|/ru/events/президент.бел",
            "https://a..бел/x|https://a..бел/x",
            // a backslash ends the authority as a browser reads it (a slash in http(s) links): the host is before it
            "http://user:pw@пример.рф\\@evil.example/|http://user:pw@xn--e1afmkfd.xn--p1ai\\@evil.example/",
            "http://user:pw@host.example\\@пример.рф/|http://user:pw@host.example\\@пример.рф/",
            "https://пример.рф\\news|https://xn--e1afmkfd.xn--p1ai\\news",
    })
    void onlyTheHostOfALinkIsWrittenInAscii(String link, String expected) {
        assertThat(UrlCanonicalizer.withAsciiHost(link)).isEqualTo(expected);
    }

    /** Where a link's authority ends, for every reader that strips or converts a part of it (one scan, not one each). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://host.example/a|19",
            "http://host.example?a|19",
            "http://host.example#a|19",
            "http://user:pw@host.example\\@evil.example/|27",
            "http://host.example|19",
            "//host.example/a|14",
    })
    void theAuthorityEndsAtASlashABackslashAQueryOrAFragment(String link, int end) {
        int start = link.indexOf("//") + 2;
        assertThat(UrlCanonicalizer.authorityEnd(link, start)).isEqualTo(end);
    }
}
