package org.policymonitor.ingest.parse;

import java.util.regex.Pattern;

/**
 * Whether a text of a listing's card can be its headline: not blank, not wholly a date ({@code 20.11.2026}, a card's
 * date label) and not a "read more" link's words ({@code Подробнее}, {@code Читать далее →}, {@code Чытаць далей…},
 * {@code Read more »}), which name no article. Pure logic.
 */
final class Headlines {

    /** The words of "read more" links in Russian, Belarusian and English, without the arrows and dots around them. */
    private static final Pattern READ_MORE = Pattern.compile("(?iu)подробнее|подробней|подробно|далее|дальше|ещё|еще"
            + "|читать(?:\\s+(?:далее|дальше|полностью|подробнее|ещё|еще|новость|статью))?"
            + "|падрабязней|падрабязна|далей|больш|чытаць(?:\\s+(?:далей|цалкам|больш|навіну))?"
            + "|read(?:\\s+(?:more|on|the\\s+full\\s+story|full\\s+story))?|more|continue(?:\\s+reading)?|learn\\s+more"
            + "|details|full\\s+story|view|see\\s+more");
    /** Arrows, dots, brackets and spaces around those words ("Read more »", "→ Подробнее", "[далее…]"). */
    private static final Pattern DECORATION = Pattern.compile("^[\\s\\p{P}\\p{S}]+|[\\s\\p{P}\\p{S}]+$");

    private Headlines() {
    }

    static boolean isHeadline(String text) {
        return text != null && !text.isBlank() && !isReadMore(text) && !DateParser.looksLikeDate(text);
    }

    static boolean isReadMore(String text) {
        return text != null && READ_MORE.matcher(DECORATION.matcher(text).replaceAll("")).matches();
    }
}
