package org.policymonitor.ingest.archive;

import org.policymonitor.ingest.parse.RelativeDays;

import java.util.regex.Pattern;

/**
 * What a CMS prints inside an article's own block and changes without anyone editing the article: view, hit and
 * comment counters ("Просмотров: 1 204", "120 праглядаў", "Comments: 12"), the time since publication or update
 * ("Обновлено 2 часа назад", "Updated an hour ago"), the moment of the last update led by its word ("Обновлено:
 * 05.12.2026 14:05") and the day told relatively ("Сегодня, 14:05" → "Вчера, 14:05").
 * The extractor keeps them — they are in the article's block, not around it — so the archive leaves them out of what
 * it compares, or every re-check of such a page would be an edit.
 * <p>
 * Only in a short paragraph (at most {@value #MAX_FACTS_LINE} characters): a counter led by its word ("Views: 120")
 * in any, a count before its word ("120 праглядаў"), a time ago, an update's moment and a relative day only in a
 * line of facts — one that keeps at most {@value #MAX_FACTS_WORDS} words once they are left out ("1 снежня 2026, 120
 * праглядаў"). A
 * figure corrected in the article's sentences ("the page had 1 200 views and 40 comments in its first week" → "12 000
 * views") stays an edit. A relative day a later version tells as its date is seen by {@link DaysMadeAbsolute}. Pure logic.
 */
final class VolatileFacts {

    /** Longer than this, a paragraph is the article's prose, whose figures count. */
    static final int MAX_FACTS_LINE = 160;

    /** Any space between a counter's word and its number, the no-break ones included ("Просмотров:&nbsp;120"). */
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F]";
    /** A number as counters print it: "1204", "1 204", "4,711", "1.2k", "3 тыс.". */
    private static final String COUNT = "\\d+(?:[ \\u00A0\\u202F.,]\\d{3})*(?![\\d])(?:[.,]\\d)?(?:" + SPACE
            + "?(?:k|к|тыс\\.?))?";
    private static final String COUNTER_WORD = "(?:views?|hits|reads|comments?|просмотр(?:ов|ы|а)?|показ(?:ов|ы|а)?"
            + "|прочтени(?:й|я|е)|комментари(?:ев|я|й|ии)|прагляд(?:аў|ау|ы|а)?|каментар(?:ыяў|ыі|ый|ыя))";
    /** A counter led by its word: "Views: 120", "Просмотров 1 204". */
    private static final Pattern LABELLED_COUNTER = Pattern.compile("(?<![\\p{L}\\d])" + COUNTER_WORD + SPACE + "*:?"
            + SPACE + "*" + COUNT + "(?![\\d\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A count before its word: "120 праглядаў", "12 comments" — prose writes figures so too. */
    private static final Pattern COUNT_THEN_WORD = Pattern.compile("(?<![\\p{L}\\d])" + COUNT + SPACE + "+"
            + COUNTER_WORD + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "5 минут назад", "2 часа назад", "10 хвілін таму", "an hour ago", "3 days ago", with "обновлено"/"updated". */
    private static final Pattern TIME_AGO = Pattern.compile("(?<![\\p{L}\\d])(?:(?:updated|обновлено|абноўлена)" + SPACE
            + "+)?(?:\\d{1,4}" + SPACE + "*|an?" + SPACE + "+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?"
            + "|секунд\\p{L}*|сек|минут\\p{L}*|мин|час\\p{L}*|дн(?:я|ей)|день|недел\\p{L}*"
            + "|хвілін\\p{L}*|хв|гадзін\\p{L}*|дзён|дзень|дні|тыдн\\p{L}*|тыдзень)\\.?" + SPACE
            + "+(?:назад|таму|ago)(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The day told relatively, with its time, as a CMS prints the publication day: "Сегодня, 14:05", "Вчера в 14:05",
     * "Сёння, 14:05", "Учора, 14:05", "Вчора о 14:05", "Yesterday at 2:05 PM" ({@link RelativeDays}) — on the next day's re-check it is "Вчера", then
     * "Позавчера". Only past days (a CMS never dates an article "tomorrow": "Заседание: завтра, 18:00" is text), and
     * only with its time ("Приём заявок: сегодня" is text too).
     */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?<![\\p{L}\\d])(?:" + RelativeDays.PAST_DAY + ")"
            + SPACE + "*,?" + SPACE + "*(?:(?:" + RelativeDays.AT + ")" + SPACE + "+)?"
            + "\\d{1,2}:\\d{2}(?:" + SPACE + "*(?:am|pm|a\\.m\\.|p\\.m\\.))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The moment of the last update, led by its word at the start of the line or after a separator, as a CMS prints
     * it and moves on a re-save that changes no word: "Обновлено: 05.12.2026 14:05", "Дата обновления: 5 декабря
     * 2026, 14:05", "Абноўлена: …", "Updated: 5 December 2026, 14:05", "Last modified: 2026-12-06T09:00:00+03:00",
     * "Страница сформирована 05.12.2026 14:05:11". A date a sentence says was updated ("Срок подачи заявок обновлён:
     * 05.12.2026") is text, and so is the publication date beside the stamp.
     */
    private static final Pattern UPDATE_STAMP = Pattern.compile("(^|[.·|,;•—–]" + SPACE + "*)(?:обновлено|изменено"
            + "|дата" + SPACE + "+(?:обновления|изменения)|последнее" + SPACE + "+(?:обновление|изменение)|абноўлена"
            + "|зменена|дата" + SPACE + "+(?:абнаўлення|змянення)|(?:last" + SPACE + "+)?(?:updated|modified)"
            + "|страница" + SPACE + "+сформирована|старонка" + SPACE + "+сфарміравана|page" + SPACE + "+generated)"
            + SPACE + "*:?" + SPACE + "*(?:(?:в|у|at|on)" + SPACE + "+)?"
            + "(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
            + "|\\d{1,2}" + SPACE + "+\\p{L}{3,}\\.?(?:" + SPACE + "+\\d{4}(?:" + SPACE + "*г\\.?)?)?"
            + "|\\p{L}{3,}\\.?" + SPACE + "+\\d{1,2},?(?:" + SPACE + "+\\d{4})?)"
            + "(?:" + SPACE + "*,?" + SPACE + "*(?:(?:в|у|at)" + SPACE + "+)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:" + SPACE
            + "*(?:am|pm))?)?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A line that keeps at most this many words without its counters and times is a line of facts, not prose. */
    static final int MAX_FACTS_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private VolatileFacts() {
    }

    /** The text with the counters and relative times of its short paragraphs left out; paragraphs stay lines. */
    static String without(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line.length() > MAX_FACTS_LINE ? line : withoutCounters(line));
        }
        return out.toString();
    }

    /**
     * Whether a paragraph is a line of facts: short, and keeping at most {@value #MAX_FACTS_WORDS} words once its
     * counters and relative times are left out.
     */
    static boolean isFactsLine(String line) {
        return line.length() <= MAX_FACTS_LINE && isFacts(withoutAll(LABELLED_COUNTER.matcher(line).replaceAll(" ")));
    }

    private static String withoutCounters(String line) {
        String labelled = LABELLED_COUNTER.matcher(line).replaceAll(" ");
        String facts = withoutAll(labelled);
        return isFacts(facts) ? facts : labelled;
    }

    private static String withoutAll(String labelled) {
        String facts = RELATIVE_DAY.matcher(TIME_AGO.matcher(COUNT_THEN_WORD.matcher(labelled).replaceAll(" "))
                .replaceAll(" ")).replaceAll(" ");
        return UPDATE_STAMP.matcher(facts).replaceAll("$1 ");
    }

    private static boolean isFacts(String facts) {
        return WORD.matcher(facts).results().count() <= MAX_FACTS_WORDS;
    }
}
