package org.policymonitor.launcher.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders the demo site's feeds, listings and article pages in the markup of the real sites (see SOURCES.md). */
final class DemoPages {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");
    private static final DateTimeFormatter NASB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter BELTA_LIST_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter UNDP_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private DemoPages() {
    }

    /** An RSS 2.0 feed like BelTA's: RFC 822 dates with the +0300 offset, HTML descriptions in CDATA, no guid. */
    static String rss(String baseUrl, DemoSource source, List<Published> items) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n")
                .append("  <title>").append(xml(source.displayName())).append("</title>\n")
                .append("  <link>").append(xml(baseUrl + source.path())).append("</link>\n")
                .append("  <description>").append(xml(source.displayName())).append(" (local demo feed)</description>\n")
                .append("  <language>").append(source.language()).append("</language>\n");
        for (Published p : items) {
            out.append("  <item>\n")
                    .append("    <title>").append(xml(p.item().title())).append("</title>\n")
                    .append("    <link>").append(xml(baseUrl + p.item().path())).append("</link>\n")
                    .append("    <pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(minsk(p.publishedAt()))).append("</pubDate>\n")
                    .append("    <description>").append(cdata("<p>" + html(p.item().lead()) + "</p>")).append("</description>\n")
                    .append("    <category>").append(xml(p.item().category())).append("</category>\n")
                    .append("  </item>\n");
        }
        return out.append("</channel>\n</rss>\n").toString();
    }

    /** BelTA's "all news" listing, the feed's fallback: div.news_item.lenta_item with the title and lead spans. */
    static String beltaListing(String baseUrl, DemoSource source, List<Published> items) {
        StringBuilder body = new StringBuilder("<h1>All news</h1>\n<div class=\"news_list\">\n");
        for (Published p : items) {
            ZonedDateTime at = minsk(p.publishedAt());
            body.append("<div class=\"news_item lenta_item\">")
                    .append("<time datetime=\"").append(at.toOffsetDateTime()).append("\">").append(BELTA_LIST_DATE.format(at)).append("</time>")
                    .append("<a href=\"").append(html(p.item().path())).append("\">")
                    .append("<span class=\"lenta_item_title\">").append(html(p.item().title())).append("</span></a>")
                    .append("<span class=\"lenta_textsmall\">").append(html(p.item().lead())).append("</span></div>\n");
        }
        return page(source.displayName(), source.language(), body.append("</div>").toString());
    }

    /** NASB's news listing: links /eng/news/{id}/ and dates dd.mm.yyyy (no time, no offset). */
    static String nasbListing(DemoSource source, List<Published> items) {
        StringBuilder body = new StringBuilder("<h1>News</h1>\n<div class=\"news-list\">\n");
        for (Published p : items) {
            body.append("<div class=\"news-item\"><span class=\"date\">").append(NASB_DATE.format(minsk(p.publishedAt()))).append("</span>")
                    .append("<a href=\"").append(html(p.item().path())).append("\">").append(html(p.item().title())).append("</a>")
                    .append("<p>").append(html(p.item().lead())).append("</p></div>\n");
        }
        return page(source.displayName(), source.language(), body.append("</div>").toString());
    }

    /** president.gov.by's events: li.news-card, a.news-card__title, time[data-datetime] in ISO 8601 with +03:00. */
    static String presidentListing(DemoSource source, List<Published> items) {
        StringBuilder body = new StringBuilder("<h1>Events</h1>\n<ul class=\"news-list\">\n");
        for (Published p : items) {
            ZonedDateTime at = minsk(p.publishedAt());
            body.append("<li class=\"news-card\"><time data-datetime=\"").append(at.toOffsetDateTime()).append("\">")
                    .append(HUMAN_DATE.format(at)).append("</time>")
                    .append("<a class=\"news-card__title\" href=\"").append(html(p.item().path())).append("\">")
                    .append(html(p.item().title())).append("</a>")
                    .append("<p class=\"news-card__text\">").append(html(p.item().lead())).append("</p></li>\n");
        }
        return page(source.displayName(), source.language(), body.append("</ul>").toString());
    }

    /** UNDP's news listing: div.content-card around a link, dates like "February 4, 2020". */
    static String undpListing(DemoSource source, List<Published> items) {
        StringBuilder body = new StringBuilder("<h1>News</h1>\n<div class=\"cards\">\n");
        for (Published p : items) {
            body.append("<div class=\"content-card\"><a href=\"").append(html(p.item().path())).append("\">")
                    .append("<h6>").append(UNDP_DATE.format(minsk(p.publishedAt()))).append("</h6>")
                    .append("<h4 class=\"coh-heading\">").append(html(p.item().title())).append("</h4>")
                    .append("<p>").append(html(p.item().lead())).append("</p></a></div>\n");
        }
        return page(source.displayName(), source.language(), body.append("</div>").toString());
    }

    /** An article page: h1, time[data-datetime], the text in section.page-details__content. */
    static String article(Published p) {
        ZonedDateTime at = minsk(p.publishedAt());
        return page(p.item().title(), p.item().source().language(),
                "<article><h1>" + html(p.item().title()) + "</h1>"
                        + "<time data-datetime=\"" + at.toOffsetDateTime() + "\">" + HUMAN_DATE.format(at) + "</time>"
                        + "<section class=\"page-details__content\"><p><strong>" + html(p.item().lead()) + "</strong></p>"
                        + "<p>" + html(p.item().body()) + "</p></section></article>");
    }

    /** The demo site's home page: what it serves. */
    static String index(String baseUrl, List<DemoSource> sources) {
        StringBuilder body = new StringBuilder("<h1>Policy Monitor demo sources</h1><p>Local copies of the monitored "
                + "sites for the demo; new items appear while the demo runs.</p><ul>");
        for (DemoSource s : sources) {
            body.append("<li><a href=\"").append(html(s.path())).append("\">").append(html(s.displayName())).append("</a>");
            if (s.fallbackPath() != null) {
                body.append(" (fallback listing: <a href=\"").append(html(s.fallbackPath())).append("\">").append(html(s.fallbackPath())).append("</a>)");
            }
            body.append("</li>");
        }
        return page("Policy Monitor demo sources", "en", body.append("</ul><p>").append(html(baseUrl)).append("</p>").toString());
    }

    private static String page(String title, String lang, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" + html(title)
                + "</title></head>\n<body>\n" + body + "\n</body></html>\n";
    }

    private static ZonedDateTime minsk(Instant instant) {
        return instant.atZone(MINSK);
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String xml(String s) {
        return html(s).replace("'", "&apos;");
    }

    private static String cdata(String s) {
        return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    /** An item as published at a moment. */
    record Published(DemoItem item, Instant publishedAt) {
    }
}
