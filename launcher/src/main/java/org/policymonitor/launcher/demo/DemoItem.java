package org.policymonitor.launcher.demo;

import java.time.Duration;

/**
 * One news item of the demo site.
 *
 * @param source       the demo source it belongs to
 * @param number       its number on the site (in its link, like the real sites' numeric ids)
 * @param slug         the readable part of its link
 * @param title        headline
 * @param lead         the teaser shown in feeds and listings
 * @param body         the article text of its detail page
 * @param category     the rubric (RSS {@code category})
 * @param appearsAfter how long after the demo site starts the item is published (zero: there from the start)
 * @param age          how long before it appears it claims to have been published
 */
public record DemoItem(DemoSource source, int number, String slug, String title, String lead, String body,
                       String category, Duration appearsAfter, Duration age) {

    /** The item's path on the demo site, shaped like the real site's article URLs. */
    public String path() {
        return switch (source) {
            case BELTA_EN -> "/belta/en/" + category + "/view/" + slug + "-" + number + "-2026/";
            case BELTA_RU -> "/belta/ru/" + category + "/view/" + slug + "-" + number + "-2026/";
            case NASB_EN -> "/nasb/eng/news/" + number + "/";
            case PRESIDENT_EN -> "/president/en/events/" + slug;
            case PRESIDENT_BE -> "/president/be/events/" + slug;
            case UNDP_BELARUS -> "/undp/belarus/news/" + slug;
        };
    }
}
