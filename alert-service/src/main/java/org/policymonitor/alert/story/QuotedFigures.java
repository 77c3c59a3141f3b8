package org.policymonitor.alert.story;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sixty-fourth round (issue 11, precision): a figure the text itself quotes from another report. The agency's item on
 * the capital's wage of the month gives the country's "for comparison" — «Для сравнения, в среднем по стране…», «У
 * сярэднім па краіне…», "against the national average of…" —; read as the item's own, that figure was the one the
 * capital's report shared with the country's, and the two stories merged.
 * <p>
 * A figure is quoted when a marker of comparison stands before it in its sentence and the item has already stated a
 * figure of its own: the quote follows what it is compared with. The second condition keeps the country's own report
 * ("в среднем по стране было больше девяти градусов", its first figure) its figure. Words of comparison that also
 * open an item's own figures ("compared to February", "по сравнению с") are not markers: they name a period, and the
 * figure before them is the item's.
 */
final class QuotedFigures {

    /** How far back from a figure its sentence's start is looked for: a marker further off is another clause's. */
    private static final int WINDOW = 120;

    private static final Pattern MARKER = Pattern.compile(
            "(?<!\\p{L})(?:для сравнения|для параўнання|for comparison|by comparison|in comparison"
                    + "|в среднем по (?:стране|республике|беларуси)|по стране в среднем"
                    + "|у сярэднім па (?:краіне|рэспубліцы|беларусі)|па краіне ў сярэднім"
                    + "|(?:national|nationwide|countrywide|country-wide|country's|country’s) average"
                    + "|average (?:for|across|in) the country|average nationwide)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words every marker holds, as written mid-sentence: a text with none of them (most items) quotes no figure,
     * and is told so by a few {@code indexOf}s per item, with no matcher made and no figure scanned back from.
     */
    private static final List<String> STEMS = List.of("сравн", "параўн", "compar", "средн", "сярэдн", "average");

    private final String text;
    private final Matcher marker;

    private QuotedFigures(String text) {
        this.text = text;
        this.marker = MARKER.matcher(text);
    }

    /** The reader of {@code text}'s quoted figures, or null when the text holds no marker's word. */
    static QuotedFigures of(String text) {
        for (int k = 0; k < STEMS.size(); k++) { // by index: no iterator per item (see FeatureExtractor)
            if (text.contains(STEMS.get(k))) {
                return new QuotedFigures(text);
            }
        }
        return null;
    }

    /** Whether the figure starting at {@code at} follows a marker of comparison in its sentence. */
    boolean quoted(int at) {
        return marker.region(sentenceStart(text, at), at).find();
    }

    /** The start of the sentence holding {@code at}, no further back than {@link #WINDOW} characters. */
    private static int sentenceStart(String text, int at) {
        int least = Math.max(0, at - WINDOW);
        for (int i = at - 1; i > least; i--) {
            char c = text.charAt(i);
            if (c == '\n' || Character.isWhitespace(c) && isStop(text.charAt(i - 1))) {
                return i;
            }
        }
        return least;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';';
    }
}
