package org.policymonitor.alert.act;

import java.util.regex.Pattern;

/**
 * Where the sentence around a reference begins, and where the next one does ("… Указ № 412 «…». Документ датирован
 * …": the next sentence may date the act). A full stop after an abbreviation does not end a sentence: "Resolution
 * No. 45 … by Resolution No. 301" and "ад 19 мая 2030 г. унесены змены ў пастанову № 45" are one sentence each, so the
 * government named at their start still counts for the second act.
 */
final class Sentences {

    /** Words a full stop abbreviates (lower case): "No.", "Nos.", "г." (year), "гг.", "St.", "ст." (article) … */
    private static final Pattern ABBREVIATION = Pattern.compile("nos?|гг|st|mr|mrs|ms|dr|art|ст|пп|им|ул|арт|vs|etc");
    /** How far ahead the end of a sentence is looked for: a reference's sentence is short, a hostile text is not. */
    private static final int AHEAD = 300;

    private Sentences() {
    }

    /**
     * The offset where the sentence holding {@code at} begins in the lower-cased text: just after the last full stop
     * followed by a space or line break before it that does not end an abbreviation or an initial ("A. Lukashenko"),
     * and not before {@code floor}.
     */
    static int start(String lower, int at, int floor) {
        for (int i = Math.min(at, lower.length()) - 1; i > floor && i > 0; i--) {
            char c = lower.charAt(i);
            if ((c == ' ' || c == '\n') && lower.charAt(i - 1) == '.') {
                int end = i - 1;
                int start = end;
                while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
                    start--;
                }
                int length = end - start;
                if (length != 1 && !ABBREVIATION.matcher(lower.substring(start, end)).matches()) {
                    return i + 1;
                }
            }
        }
        return floor;
    }

    /**
     * The offset where the sentence before the one that begins at {@code sentenceStart} begins, or -1 when none
     * begins within {@value #AHEAD} characters.
     */
    static int previous(String lower, int sentenceStart) {
        int fullStop = sentenceStart - 2;
        if (fullStop < 0) {
            return -1;
        }
        int floor = Math.max(0, fullStop - AHEAD);
        int start = start(lower, fullStop, floor);
        return start == floor && floor > 0 ? -1 : start;
    }

    /**
     * The offset where the sentence after the one holding {@code from} begins (after a full stop, "!" or "?" and a
     * space or line break, the full stop not ending an abbreviation or an initial), or -1 when none begins within
     * {@value #AHEAD} characters.
     */
    static int next(String lower, int from) {
        int limit = Math.min(lower.length() - 1, from + AHEAD);
        for (int i = Math.max(from, 1); i < limit; i++) {
            char c = lower.charAt(i);
            if (c != ' ' && c != '\n') {
                continue;
            }
            char end = lower.charAt(i - 1);
            if (end == '!' || end == '?') {
                return i + 1;
            }
            if (end == '.' && start(lower, i + 1, i - 1) == i + 1) {
                return i + 1;
            }
        }
        return -1;
    }
}
