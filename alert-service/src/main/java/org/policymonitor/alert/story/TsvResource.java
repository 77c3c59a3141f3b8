package org.policymonitor.alert.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The shipped word lists (glossary, lexicon): tab-separated lines, blank lines and {@code #} comments skipped. */
final class TsvResource {

    private TsvResource() {
    }

    /** Each data line of the classpath resource, split at its tabs; a missing resource is a broken build. */
    static List<String[]> rows(String resource, String what) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + what + " " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
