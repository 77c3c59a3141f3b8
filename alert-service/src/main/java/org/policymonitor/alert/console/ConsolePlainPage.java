package org.policymonitor.alert.console;

import org.policymonitor.alert.delivery.email.Html;

/**
 * The console's plain pages, answered where its templates cannot be used: the sign-in page (nobody is signed in) and
 * the page of a request the shared checks refused before any console page ran (a NUL in the address). Static: no
 * data, no stylesheet or script (a signed-out browser could not load them), the icon every browser asks for, a link
 * back to the console.
 */
final class ConsolePlainPage {

    private ConsolePlainPage() {
    }

    /** A page with this title (plain text) and body (HTML, written by the console). */
    static String of(String title, String bodyHtml) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Policy Monitor</title>
                <link rel="icon" href="/favicon.ico">
                </head>
                <body>
                <main>
                <h1>%s</h1>
                %s
                </main>
                </body>
                </html>
                """.formatted(Html.escape(title), Html.escape(title), bodyHtml);
    }

    /** The page of a refused request: its status and reason, what was wrong (plain text), the way back. */
    static String error(int status, String reason, String detail) {
        return of(status + " · " + reason, "<p>" + Html.escape(detail == null ? "The request was refused." : detail)
                + "</p>\n<p><a href=\"/console\">Open the console</a> again from its start page.</p>");
    }
}
