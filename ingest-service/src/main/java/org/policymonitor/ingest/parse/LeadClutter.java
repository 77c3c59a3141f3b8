package org.policymonitor.ingest.parse;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What a lead or a feed summary shows no reader as its text: words for screen readers only (WordPress's
 * {@code screen-reader-text}, Bootstrap's {@code sr-only} and {@code visually-hidden}, which repeat the article's
 * title after "Continue reading" or say "opens in a new window") and the link that only says "Read more" /
 * «Читать далее» / «Чытаць далей». Until 7 December 2026 both went out in every such item's summary, into the
 * alerts, the search and story grouping. Pure logic over jsoup elements.
 */
final class LeadClutter {

    /** Classes of text hidden on screen and read aloud to screen readers only. */
    static final String HIDDEN_FOR_SCREEN = ".screen-reader-text, .sr-only, .visually-hidden";
    /** A link's whole text that only sends the reader on to the article (arrows, dots and quotes after it allowed). */
    private static final Pattern READ_MORE = Pattern.compile("^\\s*(?:read\\s+more|continue\\s+reading|read\\s+the\\s+"
            + "rest(?:\\s+of\\s+this\\s+entry)?|читать\\s+(?:далее|дальше|полностью)|продолжить\\s+чтение|подробнее"
            + "|чытаць\\s+(?:далей|цалкам)|падрабязней)[\\s.…:»«\"'“”„\\[\\]()→›>]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A "read more" link is a few words; a longer link is text. */
    private static final int MAX_READ_MORE = 40;

    private LeadClutter() {
    }

    /**
     * The element without its clutter: itself when it holds none (no copy made), else a copy with it removed — the
     * document's element, which other selectors of the item may still read, is left as it is.
     */
    static Element without(Element element) {
        if (element.selectFirst(HIDDEN_FOR_SCREEN) == null && !hasReadMoreLink(element)) {
            return element;
        }
        Element copy = element.clone();
        removeFrom(copy);
        return copy;
    }

    /** Removes the clutter from an element the caller owns (a parsed fragment). */
    static void removeFrom(Element root) {
        root.select(HIDDEN_FOR_SCREEN).remove();
        for (Element a : root.getElementsByTag("a")) {
            if (isReadMore(a)) {
                a.remove();
            }
        }
    }

    private static boolean hasReadMoreLink(Element element) {
        for (Element a : element.getElementsByTag("a")) {
            if (isReadMore(a)) {
                return true;
            }
        }
        return false;
    }

    /** A link whose text, without its words for screen readers, only says "read more". */
    private static boolean isReadMore(Element a) {
        String text = a.text();
        if (text.length() > MAX_READ_MORE * 4) {
            return false;
        }
        if (a.selectFirst(HIDDEN_FOR_SCREEN) != null) {
            Element visible = a.clone();
            visible.select(HIDDEN_FOR_SCREEN).remove();
            text = visible.text();
        }
        return text.length() <= MAX_READ_MORE && READ_MORE.matcher(text).matches();
    }
}
