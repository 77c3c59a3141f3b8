package org.policymonitor.ingest.archive;

import org.policymonitor.testing.http.FeedServer.Reply;

import java.nio.charset.StandardCharsets;

/** Article pages in the shape of an official news site: menu, the article, a sidebar with counters and ads, footer. */
public final class ArchivePages {

    private ArchivePages() {
    }

    public static final String[] DECREE = {
            "The President signed Decree No. 112 on the development of artificial intelligence. The Council of "
                    + "Ministers will allocate 5 million roubles to the national AI centre in 2027.",
            "The centre will coordinate research of the National Academy of Sciences and universities, prepare "
                    + "national standards for AI systems and train specialists for public administration.",
            "The decree enters into force three months after its official publication."};

    /** The page with the given paragraphs, and the markup around them that changes on every visit. */
    public static Reply page(String title, String[] paragraphs, int views, String advert, String lastViewed) {
        StringBuilder p = new StringBuilder();
        for (String s : paragraphs) {
            p.append("<p>").append(s).append("</p>\n");
        }
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " | News</title></head><body>"
                + "<header><nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
                + "<a href=\"/contacts\">Contacts</a></nav></header>"
                + "<main><article class=\"news-item\"><h1>" + title + "</h1>"
                + "<div class=\"meta\">30.11.2026</div>"
                + "<div class=\"article-text\">" + p + "</div></article>"
                + "<aside class=\"sidebar\"><div class=\"views\">Views: " + views + "</div>"
                + "<div class=\"last-viewed\">Last viewed: " + lastViewed + "</div>"
                + "<div class=\"advert\">" + advert + "</div>"
                + "<ul class=\"related\"><li><a href=\"/news/1\">Other news one</a></li>"
                + "<li><a href=\"/news/2\">Other news two</a></li></ul></aside></main>"
                + "<footer><p>© 2026 Official news portal. All rights reserved.</p>"
                + "<div class=\"cookies\">This site uses cookies.</div></footer></body></html>";
        return Reply.of(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** An RSS feed of the given article links. */
    public static Reply feed(String title, String... links) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
                + "<title>" + title + "</title><link>http://news.test/</link><description>t</description>");
        for (int i = 0; i < links.length; i++) {
            s.append("<item><title>Decree ").append(i + 1).append(" on artificial intelligence</title><link>")
                    .append(links[i]).append("</link><description>The President signed a decree.</description>")
                    .append("<pubDate>Mon, 30 Nov 2026 10:00:00 +0300</pubDate></item>");
        }
        s.append("</channel></rss>");
        return Reply.of(200, "application/rss+xml", s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
