package org.policymonitor.launcher.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingest service's source catalogue for the demo, in the format of the shipped
 * {@code ingest-service/src/main/resources/sources.yaml}, pointing at the {@link DemoSite} and polling often.
 */
public final class DemoCatalogue {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private DemoCatalogue() {
    }

    public static String yaml(String baseUrl, Duration pollInterval) {
        List<Map<String, Object>> sources = new ArrayList<>();
        for (DemoSource s : DemoSource.values()) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("id", s.id());
            source.put("name", s.displayName());
            source.put("type", s.isFeed() ? "rss" : "html");
            source.put("url", baseUrl + s.path());
            if (s.isFeed()) {
                Map<String, Object> fallback = new LinkedHashMap<>();
                fallback.put("type", "html");
                fallback.put("url", baseUrl + s.fallbackPath());
                fallback.put("selectors", selectors("div.news_item.lenta_item", "a[href]", "span.lenta_item_title",
                        "time", "span.lenta_textsmall"));
                source.put("fallback", fallback);
            } else {
                switch (s) {
                    case NASB_EN -> {
                        source.put("selectors", selectors("div.news-item", "a[href]", "a[href]", ".date", "p"));
                        source.put("linkPattern", "/eng/news/\\d+/");
                    }
                    case PRESIDENT_EN, PRESIDENT_BE -> source.put("selectors", selectors("li.news-card",
                            "a.news-card__title", "a.news-card__title", "time[data-datetime]", ".news-card__text"));
                    case UNDP_BELARUS -> {
                        source.put("selectors", selectors("div.content-card", "a[href]", "h4, .coh-heading", "h6", "p"));
                        source.put("linkPattern", "/belarus/");
                    }
                    default -> throw new IllegalStateException("no selectors for " + s);
                }
            }
            source.put("language", s.language());
            source.put("timezone", DemoPages.MINSK.getId());
            source.put("pollInterval", pollInterval.toString());
            source.put("expectedCadence", "PT6H");
            source.put("enabled", true);
            sources.add(source);
        }
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("version", 1);
        catalogue.put("sources", sources);
        try {
            return "# Demo source catalogue written by the Policy Monitor launcher (./run.sh --demo) on every demo start:\n"
                    + "# the demo sources served locally at " + baseUrl + ", polled every " + pollInterval.toSeconds() + " s.\n"
                    + YAML.writeValueAsString(catalogue);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the demo catalogue", e);
        }
    }

    public static Path write(Path file, String baseUrl, Duration pollInterval) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, yaml(baseUrl, pollInterval), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("could not write the demo catalogue " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> selectors(String item, String link, String title, String date, String lead) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", item);
        m.put("link", link);
        m.put("title", title);
        m.put("date", date);
        m.put("lead", lead);
        return m;
    }
}
