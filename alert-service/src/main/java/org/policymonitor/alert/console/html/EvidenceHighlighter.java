package org.policymonitor.alert.console.html;

import org.policymonitor.alert.delivery.email.Html;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns an item field into safe HTML with the classifier's evidence wrapped in {@code <mark>}: everything else is
 * escaped. The stored evidence carries the field and UTF-16 offsets; when the offsets no longer fit the text (a field
 * shortened since, or an older classification) the matched text is looked up instead, and evidence that cannot be
 * placed is left out rather than marking the wrong words.
 */
public final class EvidenceHighlighter {

    private EvidenceHighlighter() {
    }

    /** A stretch of the text to mark and the themes/rules that matched it (shown as a tooltip). */
    record Span(int start, int end, List<String> why) {
    }

    public static String highlight(String text, String field, List<Tag> tags) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<Span> spans = new ArrayList<>();
        if (tags != null) {
            for (Tag tag : tags) {
                for (Evidence e : tag.evidence()) {
                    if (field.equals(e.field())) {
                        place(text, e).ifPresent(s -> spans.add(new Span(s[0], s[1],
                                List.of(tag.theme() + (e.rule() == null ? "" : " · " + e.rule())))));
                    }
                }
            }
        }
        List<Span> merged = merge(spans);
        StringBuilder html = new StringBuilder(text.length() + merged.size() * 40);
        int at = 0;
        for (Span s : merged) {
            html.append(Html.escape(text.substring(at, s.start())));
            html.append("<mark title=\"").append(Html.escape(String.join(", ", s.why()))).append("\">")
                    .append(Html.escape(text.substring(s.start(), s.end()))).append("</mark>");
            at = s.end();
        }
        html.append(Html.escape(text.substring(at)));
        return html.toString();
    }

    /** The [start, end) of the evidence in the text, by its offsets if they still hold, else by its words. */
    static Optional<int[]> place(String text, Evidence e) {
        int start = e.start();
        int end = e.end();
        if (start >= 0 && end > start && end <= text.length()
                && (e.text() == null || text.substring(start, end).equalsIgnoreCase(e.text()))) {
            return Optional.of(new int[] {start, end});
        }
        if (e.text() != null && !e.text().isBlank()) {
            int found = indexOfIgnoringCase(text, e.text());
            if (found >= 0) {
                return Optional.of(new int[] {found, found + e.text().length()});
            }
        }
        return Optional.empty();
    }

    /**
     * Where {@code needle} first occurs in {@code text}, letter case aside, as a position in {@code text} itself: the
     * position in a lower-cased copy is not, since lower case can be longer (İ becomes i and a combining dot).
     */
    static int indexOfIgnoringCase(String text, String needle) {
        for (int i = 0; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Overlapping or touching spans become one mark listing every reason once. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() <= last.end()) {
                List<String> why = new ArrayList<>(last.why());
                s.why().stream().filter(w -> !why.contains(w)).forEach(why::add);
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end()), why));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
