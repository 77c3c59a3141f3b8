package org.policymonitor.launcher.demo;

/**
 * The sources the demo site imitates, modelled on what is known of the real ones (shared/SOURCES.md): BelTA's RSS
 * feeds (with the HTML "all news" listing as fallback), and the HTML listings of NASB, president.gov.by and UNDP.
 */
public enum DemoSource {
    BELTA_EN("belta-en", "BelTA (English) — demo", "en", "/belta/en/rss"),
    BELTA_RU("belta-ru", "БелТА (русский) — demo", "ru", "/belta/ru/rss"),
    NASB_EN("nasb-en", "National Academy of Sciences of Belarus — demo", "en", "/nasb/eng/news/"),
    PRESIDENT_EN("president-en", "President of the Republic of Belarus (English) — demo", "en", "/president/en/events"),
    PRESIDENT_BE("president-be", "Прэзідэнт Рэспублікі Беларусь — demo", "be", "/president/be/events"),
    UNDP_BELARUS("undp-belarus", "UNDP Belarus — demo", "en", "/undp/belarus/news");

    private final String id;
    private final String displayName;
    private final String language;
    private final String path;

    DemoSource(String id, String displayName, String language, String path) {
        this.id = id;
        this.displayName = displayName;
        this.language = language;
        this.path = path;
    }

    /** The source id in the catalogue (the same ids as the shipped catalogue where the source exists there). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String language() {
        return language;
    }

    /** The feed or listing path on the demo site. */
    public String path() {
        return path;
    }

    public boolean isFeed() {
        return this == BELTA_EN || this == BELTA_RU;
    }

    /** BelTA's HTML fallback listing ("all news", page 1), as on the real site. */
    public String fallbackPath() {
        return switch (this) {
            case BELTA_EN -> "/belta/en/all_news/page/1/";
            case BELTA_RU -> "/belta/ru/all_news/page/1/";
            default -> null;
        };
    }
}
