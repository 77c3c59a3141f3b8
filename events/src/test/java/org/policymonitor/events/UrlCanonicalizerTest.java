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
}
