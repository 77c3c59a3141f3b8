package org.policymonitor.classifier.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Items labelled with the themes they should carry: one JSON object per line (id, source, language, title, summary, themes). */
final class LabelledItems {

    record Labelled(String id, String language, ItemText text, Set<String> themes) {
    }

    private LabelledItems() {
    }

    static List<Labelled> load(String resource) {
        InputStream in = LabelledItems.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no labelled set at " + resource + " on the test classpath");
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Labelled> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    items.add(parse(mapper.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return items;
    }

    private static Labelled parse(JsonNode n) {
        Set<String> themes = new LinkedHashSet<>();
        n.get("themes").forEach(t -> themes.add(t.asText()));
        String id = n.get("id").asText();
        String language = n.get("language").asText();
        return new Labelled(id, language, new ItemText(id, n.path("title").asText(null), n.path("summary").asText(null),
                n.path("content").asText(null), language, n.path("source").asText(null)), themes);
    }
}
