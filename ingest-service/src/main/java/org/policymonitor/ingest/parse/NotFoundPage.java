package org.policymonitor.ingest.parse;

import java.util.regex.Pattern;

/**
 * A "page not found" page answered with 200 (a soft 404, as many CMSs serve a deleted article): its title or its first
 * heading says so ("404 — Страница не найдена", "Error 404", "Документ не найден", "Старонка не знойдзена") and its
 * main text is a few lines. A page, document or article is named as what was not found, or the error's number is —
 * never anything else ("Пропавший самолёт не найден" is news), and "Указ № 404" is no error. A long main text is an
 * article whatever its title says. In the {@code parse} package since 7 December 2026, as a moved feed's or listing's
 * address answers such a page too ({@link StandInPage}). Pure logic.
 */
public final class NotFoundPage {

    /** What a soft 404 page's main text stays under: a sentence of apology and a link home. */
    public static final int MAX_TEXT = 1_000;
    /** A title or heading longer than this is a headline, not an error page's. */
    private static final int MAX_HEADING = 120;
    private static final Pattern SAYS_NOT_FOUND = Pattern.compile("(?<!\\p{L})(?:"
            + "(?:page|article|document|news|item|content|file|category|material|resource)s?\\s+(?:was\\s+|is\\s+)?not\\s+found"
            + "|(?:страниц|стать|документ|материал|новост|запис|публикаци|раздел|категори|файл|старонк|артыкул"
            + "|дакумент|матэрыял|навін|раздзел)\\p{L}*\\s+не\\s+(?:найден|знойдзен)\\p{L}*"
            + "|(?:error|ошибка|памылка)\\s*:?\\s*404(?!\\d)|(?<!№\\s?|no\\.\\s?|\\d)404\\s*(?:[-—–:|.]\\s*)?(?:not\\s+found|error"
            + "|ошибка|памылка|страниц|старонк)|^\\s*404\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NotFoundPage() {
    }

    /**
     * @param title    the page's title
     * @param heading  its first {@code h1}'s text, or null
     * @param mainText the main text extracted, or null
     * @return the title or heading that says the page is not found, or null
     */
    public static String saying(String title, String heading, String mainText) {
        if (mainText != null && mainText.length() > MAX_TEXT) {
            return null;
        }
        if (says(title)) {
            return title.strip();
        }
        return says(heading) ? heading.strip() : null;
    }

    private static boolean says(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_HEADING) {
            return false;
        }
        return SAYS_NOT_FOUND.matcher(text).find();
    }
}
