package org.policymonitor.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemIdsTest {

    @Test
    void idIsStableAcrossJvmsAndReleases() {
        // Fixed value: if this changes, every stored id and every dedup record changes with it.
        assertThat(ItemIds.itemId("belta-en", "https://eng.belta.by/x-1-2026/", null))
                .isEqualTo(ItemIds.itemId("belta-en", "https://eng.belta.by/x-1-2026/", "ignored"))
                .hasSize(32)
                .matches("[0-9a-f]{32}");
        assertThat(ItemIds.itemId("s", "g", null)).isEqualTo("59fd112c2cd0f46a2e7fc9aa158517fe");
    }

    @Test
    void linksThatDifferOnlyInWhatTheCanonicaliserDropsShareAnId() {
        String a = ItemIds.itemId("belta-en", null, "https://eng.belta.by/politics/view/x-1-2026/");
        String b = ItemIds.itemId("belta-en", "  ", "HTTPS://ENG.BELTA.BY:443/politics/view/x-1-2026/?utm_source=rss#top");
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(ItemIds.itemId("belta-en", null, "https://eng.belta.by/politics/view/x-2-2026/"));
    }

    @Test
    void missingGuidFallsBackToTheCanonicalLink() {
        String byLink = ItemIds.itemId("nasb", null, "https://nasb.gov.by/eng/news/14755/");
        String byGuid = ItemIds.itemId("nasb", "https://nasb.gov.by/eng/news/14755/", null);
        assertThat(byLink).isNotEqualTo(byGuid); // guid and link are distinct identities
        assertThat(FeedItem.of("nasb", "NASB", "https://nasb.gov.by/eng/news/14755/?utm_medium=x", null, "t", null,
                null, "en", null, null, null, null, null).id()).isEqualTo(byLink);
    }

    /** A guid several items share: guid and canonical link together, stable, distinct from either alone. */
    @Test
    void aSharedGuidIsAnIdOnlyWithTheCanonicalLink() {
        String first = ItemIds.sharedGuidItemId("cms", "post", "https://cms.example/news/1");
        assertThat(first).isEqualTo(ItemIds.sharedGuidItemId("cms", " post ", "HTTPS://CMS.EXAMPLE/news/1?utm_source=rss"))
                .isEqualTo("4dee4e513d2fe7432f8cd105a791c705")
                .isNotEqualTo(ItemIds.sharedGuidItemId("cms", "post", "https://cms.example/news/2"))
                .isNotEqualTo(ItemIds.itemId("cms", "post", "https://cms.example/news/1"))
                .isNotEqualTo(ItemIds.itemId("cms", null, "https://cms.example/news/1"));
        assertThatThrownBy(() -> ItemIds.sharedGuidItemId("cms", "post", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemIds.sharedGuidItemId("cms", " ", "https://cms.example/news/1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameGuidInTwoSourcesIsTwoItems() {
        assertThat(ItemIds.itemId("a", "42", null)).isNotEqualTo(ItemIds.itemId("b", "42", null));
    }

    @Test
    void anItemWithNeitherGuidNorLinkIsRefused() {
        assertThatThrownBy(() -> ItemIds.itemId("s", null, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("guid or a link");
    }
}
