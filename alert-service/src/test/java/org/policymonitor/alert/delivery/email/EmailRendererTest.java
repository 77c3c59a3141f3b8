package org.policymonitor.alert.delivery.email;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EmailRendererTest {

    private final EmailRenderer renderer = new EmailRenderer("[PM]");

    private static ClassifiedItem item(String title, String link) {
        FeedItem feed = FeedItem.of("belta-ru", "BelTA RU", link, "g-" + title, title, "Summary <b>bold</b>", null,
                "ru", List.of(), null, OffsetDateTime.of(2026, 1, 15, 10, 30, 0, 0, ZoneOffset.ofHours(3)), null,
                Instant.parse("2026-01-15T08:00:00Z"));
        return new ClassifiedItem(feed, List.of(new Tag("ai-law", List.of("r1"),
                List.of(new Evidence("title", "модельный закон", 0, 15, "r1")))), "v1", Instant.now());
    }

    @Test
    void itemMailHasThemesAndTitleInTheSubjectAndTheEvidenceInBothBodies() {
        ClassifiedItem c = item("модельный закон принят", "https://belta.by/a");
        EmailRenderer.Rendered mail = renderer.render(Alert.ofItem(UUID.randomUUID(), 1, "team", c));
        assertThat(mail.subject()).isEqualTo("[PM] ai-law: модельный закон принят");
        assertThat(mail.text()).contains("Source: BelTA RU (belta-ru)", "Published: 2026-01-15 10:30 +03:00",
                "Link: https://belta.by/a", "Themes: ai-law", "matched «модельный закон» in the title");
        assertThat(mail.html()).contains("<a href=\"https://belta.by/a\">", "matched «модельный закон» in the title",
                "Summary &lt;b&gt;bold&lt;/b&gt;");
    }

    /** Unicode's other line breaks (NEL, LS, PS, VT, FF) break a subject in mail clients as CR LF would. */
    @Test
    void theSubjectIsOneLineWhateverLineBreakTheTitleHas() {
        ClassifiedItem c = item("модельный закон\u2028Second\u0085third\u2029fourth\u000Bfifth\ffinal", "https://belta.by/a");
        assertThat(renderer.render(Alert.ofItem(UUID.randomUUID(), 1, "team", c)).subject())
                .isEqualTo("[PM] ai-law: модельный закон Second third fourth fifth final");
    }

    /** A long subject is cut, but never between the two halves of a character outside the BMP (a mail shows "?"). */
    @Test
    void aLongSubjectIsCutBetweenCharactersNotInsideOne() {
        ClassifiedItem c = item("a".repeat(185) + "\uD83D\uDCC8 growth of exports", "https://belta.by/a");
        String subject = renderer.render(Alert.ofItem(UUID.randomUUID(), 1, "team", c)).subject();
        assertThat(subject).hasSizeLessThanOrEqualTo(200).endsWith("…");
        assertThat(subject.codePoints().filter(cp -> Character.isSurrogate((char) cp)).count()).as("lone surrogates in " + subject)
                .isZero();
    }

    @Test
    void itemTextCannotInjectHtmlLinksOrHeaders() {
        ClassifiedItem c = item("<img src=x onerror=alert(1)>\r\nBcc: victim@example.org", "javascript:alert(1)");
        EmailRenderer.Rendered mail = renderer.render(Alert.ofItem(UUID.randomUUID(), 1, "<team>", c));
        assertThat(mail.html()).doesNotContain("<img").doesNotContain("href=\"javascript").contains("&lt;img");
        assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
    }

    /**
     * An item without a link (its feed gave none, or one ingest could not read as a web address) has no "Link:" line:
     * an empty one read as a link lost on the way.
     */
    @Test
    void anItemWithoutALinkHasNoLinkLine() {
        EmailRenderer.Rendered mail = renderer.render(Alert.ofItem(UUID.randomUUID(), 1, "team", item("модельный закон", null)));
        assertThat(mail.text()).doesNotContain("Link:").contains("Source: BelTA RU (belta-ru)", "Themes: ai-law");
        assertThat(mail.html()).doesNotContain("Link:").contains("<b>Themes:</b> ai-law");
    }

    /**
     * An item without a title (an RSS 1.0 or Atom entry may have none; ingest keeps it when it has a link) is named
     * "(untitled)" as the console names it: the subject ended at "ai-law:", the text began with an empty line and the
     * HTML heading was a link with no text, which nobody can see or click (trial13, demo with an Atom entry).
     */
    @Test
    void anItemWithoutATitleIsNamedUntitledInTheSubjectAndBothBodies() {
        EmailRenderer.Rendered mail = renderer.render(Alert.ofItem(UUID.randomUUID(), 1, "team", item(null, "https://belta.by/a")));
        assertThat(mail.subject()).isEqualTo("[PM] ai-law: (untitled)");
        assertThat(mail.text()).startsWith("(untitled)\nSource: BelTA RU (belta-ru)");
        assertThat(mail.html()).contains("<h3><a href=\"https://belta.by/a\">(untitled)</a></h3>");
    }

    @Test
    void aDigestListsEveryItem() {
        List<Alert.ItemEntry> entries = List.of(
                new Alert.ItemEntry(UUID.randomUUID(), item("first модельный закон", "https://a.by/1")),
                new Alert.ItemEntry(UUID.randomUUID(), item("second модельный закон", "https://a.by/2")));
        EmailRenderer.Rendered mail = renderer.render(Alert.digest(1, "daily", entries));
        assertThat(mail.subject()).isEqualTo("[PM] Digest: 2 items — ai-law");
        assertThat(mail.text()).contains("first модельный закон", "second модельный закон");
    }

    @Test
    void aSourceAlertSaysWhatIsWrongSinceWhen() {
        SourceStatus s = new SourceStatus("belta-en", "BelTA EN", SourceHealth.FAILING, SourceHealth.OK, "HTTP 404",
                Instant.parse("2026-01-15T06:00:00Z"), Instant.parse("2026-01-15T06:30:00Z"), 3, null);
        EmailRenderer.Rendered mail = renderer.render(Alert.ofStatus(UUID.randomUUID(), 1, "ops", s,
                "BelTA EN feed failing: HTTP 404 since 2026-01-15T06:00:00Z"));
        assertThat(mail.subject()).isEqualTo("[PM] Source alert: BelTA EN feed failing: HTTP 404 since 2026-01-15T06:00:00Z");
        assertThat(mail.text()).contains("Consecutive failures: 3", "Last success: never");
    }

    @Test
    void aDigestIdIsStableForTheSameDeliveries() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        ClassifiedItem c = item("x", "https://a.by/x");
        assertThat(Alert.digest(1, "d", List.of(new Alert.ItemEntry(a, c), new Alert.ItemEntry(b, c))).deliveryId())
                .isEqualTo(Alert.digest(1, "d", List.of(new Alert.ItemEntry(b, c), new Alert.ItemEntry(a, c))).deliveryId());
    }
}
