package org.policymonitor.testing.http;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An RSS 2.0 document of the shape the monitored sites publish: title, link, HTML description in CDATA, RFC 822 date, no guid. */
public final class RssFeed {

    /** One item; {@code descriptionHtml} goes into CDATA as it is. */
    public record Item(String title, String link, String descriptionHtml, ZonedDateTime published) {
    }

    private RssFeed() {
    }

    /** The feed with its items in the order given (newest first, as sites list them), UTF-8. */
    public static byte[] xml(String channelTitle, List<Item> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>http://127.0.0.1/</link>
                <description>%s</description><language>en</language>
                """.formatted(escape(channelTitle), escape(channelTitle)));
        for (Item item : items) {
            xml.append("<item><title>").append(escape(item.title())).append("</title><link>").append(escape(item.link()))
                    .append("</link><description><![CDATA[").append(item.descriptionHtml()).append("]]></description>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published()))
                    .append("</pubDate></item>\n");
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
