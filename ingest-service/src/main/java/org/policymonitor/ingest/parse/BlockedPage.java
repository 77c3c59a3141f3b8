package org.policymonitor.ingest.parse;

import java.util.regex.Pattern;

/**
 * A page answered with 200 that stands in front of the article instead of being it: a bot check ("Just a moment…",
 * "Проверка браузера", "Подтвердите, что запросы отправляли вы, а не робот", a captcha), a login wall (a password
 * field under a "Вход" / "Sign in" title or heading, or "необходимо авторизоваться" in its few lines) or an
 * "access denied" page. The article is not gone — a browser, a person with an account or a later visit still sees
 * it — so the page is unavailable, not a removal and not the article's new text. Told as {@link NotFoundPage} is: by
 * the page's title, first heading and short main text (a long main text is an article whatever it says). In the
 * {@code parse} package since 7 December 2026, as the same walls answer in place of a feed or a listing
 * ({@link StandInPage}). Pure logic.
 */
public final class BlockedPage {

    /** Phrases of bot checks and captchas, in the title, the heading or the short text. */
    private static final Pattern BOT_CHECK = Pattern.compile("(?<!\\p{L})(?:"
            + "^\\s*just\\s+a\\s+moment\\W*$|checking\\s+(?:if\\s+the\\s+site\\s+connection\\s+is\\s+secure|your\\s+browser)"
            + "|needs\\s+to\\s+review\\s+the\\s+security\\s+of\\s+your\\s+connection|attention\\s+required"
            + "|enable\\s+javascript\\s+and\\s+cookies\\s+to\\s+continue|verify(?:ing)?\\s+(?:that\\s+)?you\\s+are\\s+(?:a\\s+)?human"
            + "|(?:i'?m|i\\s+am|are\\s+you)\\s+(?:not\\s+)?a\\s+robot|ddos-guard"
            + "|(?:я|вы)\\s+не\\s+робот|вы\\s+робот\\?|подтвердите,?\\s+что\\s+(?:вы|запросы)|проверка\\s+браузера"
            + "|введите\\s+(?:символы|код)\\s+с\\s+картинки|(?:я|вы)\\s+не\\s+робат|праверка\\s+браўзера)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A title or heading that is a login page's name and nothing else ("Вход", "Вход в личный кабинет", "Sign in |
     * Portal"), read only where the page holds a password field: "Вход в ЕАЭС обсудили в Минске" is news.
     */
    private static final Pattern LOGIN_TITLE = Pattern.compile("^\\s*(?:вход|войти|авторизация|sign\\s*in|log\\s*in"
            + "|login|уваход|увайсці|аўтарызацыя)(?:\\s+(?:в|на|to|у)\\s+(?:систему|сайт|личный\\s+кабинет|аккаунт|портал"
            + "|continue|your\\s+account|the\\s+site|сістэму|асабісты\\s+кабінет))?\\s*(?:[-—–|:·].*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words of a login wall in its few lines, read only where the page holds a password field. */
    private static final Pattern LOGIN_TEXT = Pattern.compile("(?<!\\p{L})(?:необходимо\\s+(?:авторизоваться|войти)"
            + "|войдите\\s+(?:в\\s+систему|на\\s+сайт)|(?:you\\s+)?must\\s+(?:be\\s+logged\\s+in|log\\s+in|sign\\s+in)"
            + "|please\\s+(?:log|sign)\\s+in|неабходна\\s+(?:аўтарызавацца|увайсці))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A title or heading that says access is refused and nothing else ("403 Forbidden", "Доступ запрещён | Портал"):
     * "Forbidden practices of AI listed" or "Доступ ограничен к сайтам …" is news.
     */
    private static final Pattern DENIED = Pattern.compile("^\\s*(?:(?:error\\s+|ошибка\\s+)?403(?!\\d)(?:\\s*[-—–:]?\\s*"
            + "(?:forbidden|access\\s+denied|доступ\\s+запрещ\\p{L}*))?|access\\s+denied|forbidden|доступ\\s+запрещ\\p{L}*"
            + "|доступ\\s+ограничен|доступ\\s+забаронены|доступ\\s+абмежаваны)\\s*(?:[-—–|:·!.].*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A title or heading longer than this is a headline, not a wall's. */
    private static final int MAX_HEADING = 120;

    private BlockedPage() {
    }

    /**
     * @param title         the page's title
     * @param heading       its first {@code h1}'s text, or null
     * @param mainText      the main text extracted, or null
     * @param passwordField whether the page holds an {@code input type=password}
     * @return what the page is and the words that say so, or null for a page that may be the article
     */
    public static String saying(String title, String heading, String mainText, boolean passwordField) {
        if (mainText != null && mainText.length() > NotFoundPage.MAX_TEXT) {
            return null;
        }
        for (String line : new String[]{title, heading}) {
            if (line == null || line.isBlank() || line.length() > MAX_HEADING) {
                continue;
            }
            if (BOT_CHECK.matcher(line).find()) {
                return "a bot check (" + line.strip() + ")";
            }
            if (DENIED.matcher(line).find()) {
                return "an access-denied page (" + line.strip() + ")";
            }
            if (passwordField && LOGIN_TITLE.matcher(line).find()) {
                return "a login page (" + line.strip() + ")";
            }
        }
        if (mainText == null) {
            return null;
        }
        if (BOT_CHECK.matcher(mainText).find()) {
            return "a bot check (" + firstLine(mainText) + ")";
        }
        return passwordField && LOGIN_TEXT.matcher(mainText).find() ? "a login page (" + firstLine(mainText) + ")" : null;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > MAX_HEADING ? line.substring(0, MAX_HEADING) + "…" : line;
    }
}
