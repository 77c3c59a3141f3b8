package org.policymonitor.classifier.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An item analysed once: for each index field, its terms with their positions and offsets — what the item's Lucene
 * {@code MemoryIndex} held, read straight from the same analysis chain, without building an index to search. Terms
 * are compared as Lucene compares them, by their UTF-8 bytes: a term with a lone surrogate is stored as its UTF-8
 * round trip (the replacement character), as the index would have stored it.
 */
final class ItemTerms {

    /** Positions and offsets of one term in one field, in position order: (position, start, end) triples. */
    static final class Postings {
        private int[] data = new int[6];
        private int count;

        void add(int position, int start, int end) {
            if (count * 3 == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[count * 3] = position;
            data[count * 3 + 1] = start;
            data[count * 3 + 2] = end;
            count++;
        }

        int count() {
            return count;
        }

        int position(int i) {
            return data[i * 3];
        }

        int startOffset(int i) {
            return data[i * 3 + 1];
        }

        int endOffset(int i) {
            return data[i * 3 + 2];
        }

        /** The index of the occurrence at {@code position}, or -1 (positions ascend). */
        int indexOf(int position) {
            int low = 0;
            int high = count - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int p = data[mid * 3];
                if (p < position) {
                    low = mid + 1;
                } else if (p > position) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
    }

    private final Map<String, Map<String, Postings>> fields = new HashMap<>(8);

    /** The terms of a field (empty when the item has none there). */
    Map<String, Postings> terms(String field) {
        Map<String, Postings> terms = fields.get(field);
        return terms == null ? Map.of() : terms;
    }

    Postings postings(String field, String term) {
        Map<String, Postings> terms = fields.get(field);
        return terms == null ? null : terms.get(term);
    }

    /** A field analysed as an item's {@code MemoryIndex} analyses it: positions from the increments, offsets as given. */
    void analyse(Analyzer analyzer, String field, String text) {
        Map<String, Postings> terms = fields.computeIfAbsent(field, f -> new HashMap<>(128));
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String key = asIndexed(term);
                Postings postings = terms.get(key);
                if (postings == null) {
                    postings = new Postings();
                    terms.put(key, postings);
                }
                postings.add(position, offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing " + field + " failed", e); // a String reader does not fail
        }
    }

    /** A field indexed whole, as one term (the item's source, a Lucene {@code StringField}). */
    void keyword(String field, String value) {
        Postings postings = new Postings();
        postings.add(0, 0, value.length());
        Map<String, Postings> terms = new HashMap<>(2);
        terms.put(asIndexed(value), postings);
        fields.put(field, terms);
    }

    private static String asIndexed(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isSurrogate(term.charAt(i))) {
                return new BytesRef(term).utf8ToString();
            }
        }
        return term.toString();
    }
}
