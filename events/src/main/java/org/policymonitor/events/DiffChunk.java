package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;

/**
 * One run of words in a word-level diff between two versions of an article's main text. Unchanged runs are kept
 * short (a few words of context either side, "…" where words were left out) so a diff stays readable and small.
 *
 * @param op   {@code equal}, {@code delete} (only in the older text) or {@code insert} (only in the newer one)
 * @param text the words, separated by single spaces
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DiffChunk(Op op, String text) {

    public enum Op {
        EQUAL, DELETE, INSERT;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DiffChunk {
        Objects.requireNonNull(op, "op");
        text = text == null ? "" : text;
    }
}
