package org.policymonitor.ingest.parse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page a site answers with 200 in the place of the feed or listing asked for: its bot protection (a bot check, a
 * captcha — {@link BlockedPage}), an access-denied or login page, or its "page not found" page for an address that
 * moved ({@link NotFoundPage}). Either way the poll finds no items; what failed is the answer, not the document's
 * shape, so the failure says what answered and what an operator can do about it — instead of advising to read a bot
 * check as a listing, or blaming JavaScript for a listing that a bot check hides. Told by the page's title, its first
 * heading and, when short, its text (menus included: a page is not read for its main text here). Pure logic.
 */
final class StandInPage {

    private StandInPage() {
    }

    /**
     * @return what the page is, that it answered with 200 and what to do ("a bot check (Just a moment...), answered
     *         with 200: …"), or null for a page that is none of these
     */
    static String of(Document page) {
        String title = page.title();
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? null : h1.text();
        String text = page.body() == null ? null : page.body().text();
        // a long page is read by its title and heading only (its menus and footer are no main text to measure)
        String shortText = text != null && text.length() <= NotFoundPage.MAX_TEXT ? text : null;
        String notFound = NotFoundPage.saying(title, heading, shortText);
        if (notFound != null) {
            return "a page that says the page is not found (" + notFound + "), answered with 200: the address is "
                    + "wrong or has moved — find where the site publishes it now and correct the catalogue";
        }
        return blocked(page, 200);
    }

    /**
     * @param status the status the page was answered with (200 in place of the document, 403 or 503 as an error)
     * @return what the page is when it is a bot check, a login or an access-denied page ("a bot check (Just a
     *         moment...), answered with 403: …"), or null
     */
    static String blocked(Document page, int status) {
        Element h1 = page.selectFirst("h1");
        String text = page.body() == null ? null : page.body().text();
        String shortText = text != null && text.length() <= NotFoundPage.MAX_TEXT ? text : null;
        boolean passwordField = page.selectFirst("input[type=password]") != null;
        String blocked = BlockedPage.saying(page.title(), h1 == null ? null : h1.text(), shortText, passwordField);
        if (blocked == null) {
            return null;
        }
        return blocked + ", answered with " + status + ": the site keeps this service out (a browser passes such a "
                + "check, or a person logs in; the service runs no JavaScript and holds no account) — ask the site to "
                + "let its User-Agent through, or read another of its addresses";
    }
}
