package org.policymonitor.alert.delivery.email;

import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.ItemChange;
import org.policymonitor.platform.text.TextCut;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A change of an item's article in words for a mail: what happened, when, and for an edit the changed words —
 * deleted ones struck through and inserted ones marked in HTML, {@code [-deleted-]} and {@code {+inserted+}} in
 * plain text (the notation of {@code git diff --word-diff}). Long diffs are cut: the API has them whole.
 */
public final class ChangeText {

    static final int MAX_DIFF_CHARS = 4000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String DEL_STYLE = "background:#fdd;color:#900;text-decoration:line-through";
    private static final String INS_STYLE = "background:#dfd;color:#060;text-decoration:underline";

    private ChangeText() {
    }

    /** "Edited", "Removed" or "Restored": the subject's first word. */
    public static String verb(ChangeKind kind) {
        return switch (kind) {
            case EDITED -> "Edited";
            case REMOVED -> "Removed";
            case RESTORED -> "Restored";
        };
    }

    /** One line on what happened: "Version 2, seen 2026-11-30 10:00 UTC (HTTP 200)". */
    public static String seen(ItemChange change) {
        String what = switch (change.change()) {
            case EDITED -> "Version " + change.version() + ", the text changed";
            case REMOVED -> "The page is gone";
            case RESTORED -> "The page is back (version " + change.version() + ")";
        };
        String found = found(change);
        return what + ", seen " + (change.at() == null ? "recently" : AT.format(change.at()))
                + (found == null ? "" : " (" + found + ")");
    }

    /**
     * What the fetch that saw the change found. A removal the archive read from a redirect (the status is the
     * redirect's: the link now leads to the site's home page or the article's section) or from a "page not found"
     * page answered with a 2xx (a soft 404) is said in words: "HTTP 301" or "HTTP 200" next to "gone" would tell the
     * reader the page answered. Any other status is given as it is ("HTTP 404", "HTTP 410", an edit's "HTTP 200").
     */
    private static String found(ItemChange change) {
        int status = change.httpStatus();
        if (status <= 0) {
            return null;
        }
        if (change.change() == ChangeKind.REMOVED && status >= 300 && status < 400) {
            return "the link now redirects to the site's home page or a section";
        }
        if (change.change() == ChangeKind.REMOVED && status >= 200 && status < 300) {
            return "the page now says it was not found";
        }
        return "HTTP " + status;
    }

    public static String text(List<DiffChunk> diff) {
        StringBuilder sb = new StringBuilder();
        for (DiffChunk chunk : diff) {
            if (sb.length() >= MAX_DIFF_CHARS) {
                sb.append(" …");
                break;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            String words = within(chunk.text(), MAX_DIFF_CHARS - sb.length());
            switch (chunk.op()) {
                case EQUAL -> sb.append(words);
                case DELETE -> sb.append("[-").append(words).append("-]");
                case INSERT -> sb.append("{+").append(words).append("+}");
            }
            if (words.length() < chunk.text().length()) {
                sb.append(" …");
                break;
            }
        }
        return sb.toString();
    }

    public static String html(List<DiffChunk> diff) {
        StringBuilder sb = new StringBuilder();
        int chars = 0;
        for (DiffChunk chunk : diff) {
            if (chars >= MAX_DIFF_CHARS) {
                sb.append(" …");
                break;
            }
            String cut = within(chunk.text(), MAX_DIFF_CHARS - chars);
            chars += cut.length() + 1;
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            String words = Html.escape(cut);
            switch (chunk.op()) {
                case EQUAL -> sb.append(words);
                case DELETE -> sb.append("<del style=\"").append(DEL_STYLE).append("\">").append(words).append("</del>");
                case INSERT -> sb.append("<ins style=\"").append(INS_STYLE).append("\">").append(words).append("</ins>");
            }
            if (cut.length() < chunk.text().length()) {
                sb.append(" …");
                break;
            }
        }
        return sb.toString();
    }

    /**
     * A run's words, cut to what is left of the diff's length ("…" where they stop): an article rewritten whole is one
     * deleted and one inserted run — the archive cuts only unchanged runs —, and the mail carried both in full.
     */
    private static String within(String words, int left) {
        return TextCut.shortened(words, Math.max(1, left));
    }
}
