package org.policymonitor.alert.delivery.email;

import org.junit.jupiter.api.Test;
import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeMailTest {

    private final EmailRenderer renderer = new EmailRenderer("[PM]");
    private final ClassifiedItem item = new ClassifiedItem(FeedItem.of("belta-en", "BelTA", "https://eng.belta.by/1",
            "g1", "Budget <amended>", "Funds for AI.", null, "en", List.of(), null, null, null,
            Instant.parse("2026-11-30T08:00:00Z")), List.of(new Tag("ai-law", List.of("r"), List.of())), "v1",
            Instant.parse("2026-11-30T08:00:01Z"));

    private ItemChange change(ChangeKind kind, List<DiffChunk> diff, int status) {
        return new ItemChange(1, item.item().id(), "belta-en", item.item().link(), item.item().title(), kind, 2, diff,
                "ab12", status, Instant.parse("2026-11-30T10:00:00Z"));
    }

    private Alert alert(ItemChange change) {
        UUID id = UUID.randomUUID();
        return new Alert(id, 1, "desk", List.of(new Alert.ItemEntry(id, item).withChange(change)), null, null, false);
    }

    @Test
    void anEditMailNamesItAndShowsDeletedWordsStruckAndInsertedWordsMarked() {
        EmailRenderer.Rendered mail = renderer.render(alert(change(ChangeKind.EDITED, List.of(
                new DiffChunk(DiffChunk.Op.EQUAL, "allocated"), new DiffChunk(DiffChunk.Op.DELETE, "5 <b>"),
                new DiffChunk(DiffChunk.Op.INSERT, "7"), new DiffChunk(DiffChunk.Op.EQUAL, "million")), 200)));
        assertThat(mail.subject()).isEqualTo("[PM] Edited: Budget <amended>");
        assertThat(mail.text()).contains("Edited: Budget <amended>", "Version 2, the text changed, seen 2026-11-30 10:00 UTC (HTTP 200)",
                "allocated [-5 <b>-] {+7+} million", "Link: https://eng.belta.by/1");
        assertThat(mail.html()).contains("allocated <del style=\"", ">5 &lt;b&gt;</del> <ins style=\"", ">7</ins> million",
                "line-through", "Edited: Budget &lt;amended&gt;").doesNotContain("<amended>");
    }

    @Test
    void aRemovalMailSaysThePageIsGone() {
        EmailRenderer.Rendered mail = renderer.render(alert(change(ChangeKind.REMOVED, List.of(), 410)));
        assertThat(mail.subject()).isEqualTo("[PM] Removed: Budget <amended>");
        assertThat(mail.text()).contains("The page is gone, seen 2026-11-30 10:00 UTC (HTTP 410)")
                .doesNotContain("What changed");
    }

    /**
     * A removal the archive found by a redirect to the site's home page or section (the redirect's status, 301) or by
     * a "page not found" page answered with 200 (a soft 404). Until 5 December 2026 the mail said "The page is gone …
     * (HTTP 301)" / "(HTTP 200)": a status that tells the reader the page answered, contradicting "gone" (trial22).
     */
    @Test
    void aRemovalFoundByARedirectOrASoft404SaysWhatWasFoundNotItsStatus() {
        EmailRenderer.Rendered redirected = renderer.render(alert(change(ChangeKind.REMOVED, List.of(), 301)));
        assertThat(redirected.text())
                .contains("The page is gone, seen 2026-11-30 10:00 UTC (the link now redirects to the site's home page or a section)")
                .doesNotContain("HTTP 301");
        assertThat(redirected.html()).contains("the link now redirects to the site&#39;s home page or a section")
                .doesNotContain("HTTP 301");

        EmailRenderer.Rendered soft404 = renderer.render(alert(change(ChangeKind.REMOVED, List.of(), 200)));
        assertThat(soft404.text())
                .contains("The page is gone, seen 2026-11-30 10:00 UTC (the page now says it was not found)")
                .doesNotContain("HTTP 200");

        // an answer that says "gone" itself keeps its status
        assertThat(renderer.render(alert(change(ChangeKind.REMOVED, List.of(), 404))).text())
                .contains("The page is gone, seen 2026-11-30 10:00 UTC (HTTP 404)");
    }

    @Test
    void aLongDiffIsCut() {
        List<DiffChunk> diff = IntStream.range(0, 2000)
                .mapToObj(i -> new DiffChunk(DiffChunk.Op.INSERT, "word" + i)).toList();
        String text = ChangeText.text(diff);
        assertThat(text.length()).isLessThan(ChangeText.MAX_DIFF_CHARS + 100);
        assertThat(text).endsWith("…");
        assertThat(ChangeText.html(diff)).endsWith("…");
    }

    /**
     * An article rewritten whole is one deleted and one inserted run (the archive cuts only unchanged runs): the mail
     * carried both in full — here 60,000 characters of a diff said to be cut at 4,000 —, the whole old and new text
     * twice over (plain text and HTML), where a large page could pass the mail server's size limit.
     */
    @Test
    void aDiffOfOneLongRunIsCutToo() {
        String old = "<old> ".repeat(5_000);
        List<DiffChunk> diff = List.of(new DiffChunk(DiffChunk.Op.EQUAL, "Budget:"),
                new DiffChunk(DiffChunk.Op.DELETE, old), new DiffChunk(DiffChunk.Op.INSERT, "new ".repeat(7_500)));
        String text = ChangeText.text(diff);
        assertThat(text.length()).as("plain text").isLessThan(ChangeText.MAX_DIFF_CHARS + 100);
        assertThat(text).startsWith("Budget: [-<old> <old>").endsWith("…-] …");
        String html = ChangeText.html(diff);
        assertThat(html.length()).as("HTML").isLessThan(ChangeText.MAX_DIFF_CHARS * 5 + 200); // "&lt;" for "<"
        assertThat(html).contains(">&lt;old&gt; &lt;old&gt;").endsWith("…</del> …").doesNotContain("new");
        EmailRenderer.Rendered mail = renderer.render(alert(change(ChangeKind.EDITED, diff, 200)));
        assertThat(mail.text().length() + mail.html().length()).as("the mail's two bodies").isLessThan(30_000);
    }
}
