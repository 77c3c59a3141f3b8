package org.policymonitor.alert.delivery.email;

import org.policymonitor.alert.delivery.send.Alert;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.Tag;
import org.policymonitor.platform.text.TextCut;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes the subject, plain-text and HTML bodies of an alert mail. Everything taken from items is escaped. */
public final class EmailRenderer {

    /** A rendered mail. */
    public record Rendered(String subject, String text, String html) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_SUMMARY = 600;

    private final String subjectPrefix;

    public EmailRenderer(String subjectPrefix) {
        this.subjectPrefix = subjectPrefix;
    }

    public Rendered render(Alert alert) {
        if (alert.status() != null) {
            return renderStatus(alert);
        }
        List<ClassifiedItem> items = alert.items().stream().map(Alert.ItemEntry::item).toList();
        String subject;
        ItemChange change = alert.items().get(0).change();
        if (alert.digest()) {
            subject = "Digest: " + items.size() + (items.size() == 1 ? " item" : " items") + " — " + themesOf(items);
        } else if (change != null) {
            subject = ChangeText.verb(change.change()) + ": " + titleOf(items.get(0).item().title());
        } else {
            subject = themesOf(items) + ": " + titleOf(items.get(0).item().title());
        }
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        if (alert.digest()) {
            long changes = alert.items().stream().filter(e -> e.change() != null).count();
            String count = (items.size() - changes) + " new items"
                    + (changes == 0 ? "" : " and " + changes + (changes == 1 ? " change" : " changes"));
            text.append(count).append(" for \"").append(alert.subscriptionName()).append("\"\n\n");
            html.append("<p>").append(count).append(" for &quot;")
                    .append(Html.escape(alert.subscriptionName())).append("&quot;</p>");
        }
        for (Alert.ItemEntry entry : alert.items()) {
            if (entry.change() != null) {
                appendChange(entry.item().item(), entry.change(), text, html);
            }
            appendItem(entry.item(), text, html);
            appendStory(entry, text, html);
        }
        text.append("-- \nPolicy Monitor alert for subscription \"").append(alert.subscriptionName()).append("\"\n");
        html.append("<hr><p style=\"color:#666;font-size:small\">Policy Monitor alert for subscription &quot;")
                .append(Html.escape(alert.subscriptionName())).append("&quot;</p></body></html>");
        return new Rendered(subject(subject), text.toString(), html.toString());
    }

    private Rendered renderStatus(Alert alert) {
        String headline = alert.statusHeadline();
        var s = alert.status();
        String text = headline + "\n\nSource: " + s.sourceId() + "\nHealth: " + s.health().wire()
                + (s.previousHealth() == null ? "" : " (was " + s.previousHealth().wire() + ")")
                + "\nReason: " + nullToEmpty(s.reason())
                + "\nConsecutive failures: " + s.failures()
                + "\nLast success: " + (s.lastSuccessAt() == null ? "never" : s.lastSuccessAt().toString()) + "\n";
        String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><h2>" + Html.escape(headline)
                + "</h2><table><tr><td>Source</td><td>" + Html.escape(s.sourceId()) + "</td></tr>"
                + "<tr><td>Health</td><td>" + Html.escape(s.health().wire()) + "</td></tr>"
                + "<tr><td>Reason</td><td>" + Html.escape(s.reason()) + "</td></tr>"
                + "<tr><td>Consecutive failures</td><td>" + s.failures() + "</td></tr>"
                + "<tr><td>Last success</td><td>" + (s.lastSuccessAt() == null ? "never" : s.lastSuccessAt()) + "</td></tr>"
                + "</table></body></html>";
        return new Rendered(subject("Source alert: " + headline), text, html);
    }

    private static void appendItem(ClassifiedItem classified, StringBuilder text, StringBuilder html) {
        FeedItem item = classified.item();
        String source = item.sourceName() == null ? item.sourceId() : item.sourceName() + " (" + item.sourceId() + ")";
        String date = item.publishedAt() != null ? DATE.format(item.publishedAt())
                : item.publishedRaw() != null ? item.publishedRaw() : "unknown";
        String themes = String.join(", ", classified.themes());

        // no "Link:" line for an item without one: an empty line read as a link lost on the way
        boolean linked = item.link() != null && !item.link().isBlank();
        String title = titleOf(item.title());
        text.append(title).append('\n')
                .append("Source: ").append(source).append('\n')
                .append("Published: ").append(date).append('\n');
        if (linked) {
            text.append("Link: ").append(item.link()).append('\n');
        }
        text.append("Themes: ").append(themes).append('\n')
                .append("Why it matched:\n");
        html.append("<h3>");
        if (Html.isSafeLink(item.link())) {
            html.append("<a href=\"").append(Html.escape(item.link())).append("\">")
                    .append(Html.escape(title)).append("</a>");
        } else {
            html.append(Html.escape(title));
        }
        html.append("</h3><p><b>Source:</b> ").append(Html.escape(source))
                .append("<br><b>Published:</b> ").append(Html.escape(date));
        if (linked) {
            html.append("<br><b>Link:</b> ").append(Html.escape(item.link()));
        }
        html.append("<br><b>Themes:</b> ").append(Html.escape(themes))
                .append("</p><p><b>Why it matched:</b></p><ul>");
        for (Tag tag : classified.tags()) {
            for (Evidence e : tag.evidence()) {
                String line = tag.theme() + ": " + evidenceSentence(e);
                text.append(" - ").append(line).append('\n');
                html.append("<li>").append(Html.escape(line)).append("</li>");
            }
            if (tag.evidence().isEmpty()) {
                String line = tag.theme() + ": rules " + String.join(", ", tag.rules());
                text.append(" - ").append(line).append('\n');
                html.append("<li>").append(Html.escape(line)).append("</li>");
            }
        }
        html.append("</ul>");
        String summary = abbreviate(item.summary());
        if (!summary.isEmpty()) {
            text.append("Summary: ").append(summary).append('\n');
            html.append("<p>").append(Html.escape(summary)).append("</p>");
        }
        text.append('\n');
    }

    /** What happened to the item's article, with the changed words of an edit, before the item itself. */
    private static void appendChange(FeedItem item, ItemChange change, StringBuilder text, StringBuilder html) {
        String headline = ChangeText.verb(change.change()) + ": "
                + titleOf(change.title() != null ? change.title() : item.title());
        text.append(headline).append('\n').append(ChangeText.seen(change)).append('\n');
        html.append("<h2>").append(Html.escape(headline)).append("</h2><p>")
                .append(Html.escape(ChangeText.seen(change))).append("</p>");
        if (!change.diff().isEmpty()) {
            text.append("What changed ([-deleted-] {+inserted+}):\n").append(ChangeText.text(change.diff())).append('\n');
            html.append("<p><b>What changed:</b></p><blockquote style=\"border-left:3px solid #ccc;padding-left:8px\">")
                    .append(ChangeText.html(change.diff())).append("</blockquote>");
        }
        text.append('\n');
    }

    /** The story and its other versions (other sources and languages), when the item belongs to one. */
    private static void appendStory(Alert.ItemEntry entry, StringBuilder text, StringBuilder html) {
        if (entry.storyId() == null) {
            return;
        }
        text.setLength(text.length() - 1); // the item's closing blank line comes after the story
        text.append("Story: ").append(entry.storyId()).append('\n');
        html.append("<p><b>Story:</b> ").append(Html.escape(entry.storyId()));
        if (!entry.versions().isEmpty()) {
            text.append("Other versions:\n");
            html.append("<br><b>Other versions:</b></p><ul>");
            for (Alert.Version v : entry.versions()) {
                String line = "[" + nullToEmpty(v.language()) + "] " + (v.sourceName() == null ? v.sourceId() : v.sourceName())
                        + ": " + titleOf(v.title());
                text.append(" - ").append(line).append(v.link() == null ? "" : " — " + v.link()).append('\n');
                html.append("<li>");
                if (Html.isSafeLink(v.link())) {
                    html.append("<a href=\"").append(Html.escape(v.link())).append("\">").append(Html.escape(line)).append("</a>");
                } else {
                    html.append(Html.escape(line));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        } else {
            html.append("</p>");
        }
        text.append('\n');
    }

    /** "matched «модельный закон» in the title (rule ai-law.model-law)" */
    public static String evidenceSentence(Evidence e) {
        String sentence = "matched «" + nullToEmpty(e.text()) + "» in the " + nullToEmpty(e.field());
        return e.rule() == null ? sentence : sentence + " (rule " + e.rule() + ")";
    }

    private static String themesOf(List<ClassifiedItem> items) {
        Set<String> themes = new LinkedHashSet<>();
        items.forEach(i -> themes.addAll(i.themes()));
        return themes.isEmpty() ? "untagged" : String.join(", ", themes);
    }

    /**
     * One line, bounded: item text must not be able to add mail headers, nor show as several lines — \R is every
     * line break (CR, LF, VT, FF, NEL, U+2028, U+2029), which mail clients break a decoded subject on.
     */
    private String subject(String body) {
        String s = (subjectPrefix.isEmpty() ? "" : subjectPrefix + " ") + body.replaceAll("(?:\\R|\\t)+", " ").trim();
        return TextCut.shortened(s, MAX_SUBJECT);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return TextCut.shortened(t, MAX_SUMMARY);
    }

    /**
     * An item's title, or "(untitled)" as the console names an item without one (an RSS 1.0 or Atom entry may have
     * none): an empty title left the subject ending at the themes and the HTML heading a link nobody could see.
     */
    private static String titleOf(String title) {
        return title == null || title.isBlank() ? "(untitled)" : title;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
