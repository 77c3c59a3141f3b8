package org.policymonitor.classifier.engine;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A rule's query evaluated straight on an item's analysed terms ({@link ItemTerms}), with the spans Lucene's matches
 * API reports for it — what Lucene Monitor's highlighting matcher gave, without an index, a searcher or weights per
 * item. Only query types whose matching is simple and exactly known are compiled (terms, exact phrases, prefixes and
 * other automaton queries, boolean structure); {@link #compile} returns null for anything else (sloppy phrases, fuzzy
 * terms…), which stays with Monitor. The semantics followed, per type:
 * <ul>
 *   <li>a term matches where it occurs; every occurrence is a span;</li>
 *   <li>an exact phrase matches where its terms stand at their relative positions, every such place one span from the
 *       first term's start to the last term's end (Lucene's {@code ExactPhraseMatcher}, overlapping places included);</li>
 *   <li>an automaton query (prefix, wildcard, regexp, range) matches every term of the field it accepts;</li>
 *   <li>a boolean query matches when every required clause matches, no prohibited one does and, without required
 *       clauses, at least one optional one does; its spans are the required clauses' and the matching optional ones'
 *       ({@code BooleanWeight.matches}).</li>
 * </ul>
 */
abstract class DirectQuery {

    abstract boolean matches(ItemTerms item);

    /** Adds this query's spans; only called when it {@link #matches}. */
    abstract void collect(ItemTerms item, RuleHits hits);

    /** The query as Lucene would match it on an item's index, or null when it is not a type known here. */
    static DirectQuery compile(Query query) {
        if (query instanceof TermQuery term) {
            return new TermMatch(term.getTerm().field(), term.getTerm().text());
        }
        if (query instanceof BoostQuery boost) {
            return compile(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return compile(constant.getQuery());
        }
        if (query instanceof MatchNoDocsQuery) {
            return NO_MATCH;
        }
        if (query instanceof PhraseQuery phrase) {
            return phrase(phrase);
        }
        if (query instanceof AutomatonQuery automaton) {
            return terms(automaton);
        }
        if (query instanceof BooleanQuery bool) {
            return bool(bool);
        }
        return null;
    }

    private static DirectQuery phrase(PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0) {
            return null; // sloppy phrases: Lucene's SloppyPhraseMatcher, left to Monitor
        }
        if (terms.length == 0) {
            return NO_MATCH;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] <= positions[i - 1]) {
                return null; // several terms at one position (a multi-phrase): not produced by the rules' analysis
            }
        }
        if (terms.length == 1) {
            return new TermMatch(phrase.getField(), terms[0].text());
        }
        String[] texts = new String[terms.length];
        int[] deltas = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            texts[i] = terms[i].text();
            deltas[i] = positions[i] - positions[0];
        }
        return new PhraseMatch(phrase.getField(), texts, deltas);
    }

    private static DirectQuery terms(AutomatonQuery query) {
        if (query.getRewriteMethod() != MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                && query.getRewriteMethod() != MultiTermQuery.CONSTANT_SCORE_REWRITE) {
            return null; // a scoring rewrite may keep only the top terms
        }
        if (query instanceof PrefixQuery prefix) {
            return new PrefixMatch(prefix.getField(), prefix.getPrefix().text());
        }
        List<DirectQuery> found = new ArrayList<>(1);
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    found.add(new TermMatch(term.field(), term.text()));
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                found.add(new AutomatonMatch(field, automaton.get()));
            }
        });
        if (found.isEmpty()) {
            return NO_MATCH; // the automaton accepts nothing
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    private static DirectQuery bool(BooleanQuery query) {
        if (query.getMinimumNumberShouldMatch() != 0) {
            return null;
        }
        List<DirectQuery> required = new ArrayList<>();
        List<DirectQuery> optional = new ArrayList<>();
        List<DirectQuery> prohibited = new ArrayList<>();
        for (BooleanClause clause : query.clauses()) {
            DirectQuery compiled = compile(clause.getQuery());
            if (compiled == null) {
                return null;
            }
            switch (clause.getOccur()) {
                case MUST, FILTER -> required.add(compiled);
                case SHOULD -> optional.add(compiled);
                case MUST_NOT -> prohibited.add(compiled);
            }
        }
        if (required.isEmpty() && optional.isEmpty()) {
            return NO_MATCH; // only exclusions (or nothing): Lucene matches no document
        }
        return new BooleanMatch(required.toArray(DirectQuery[]::new), optional.toArray(DirectQuery[]::new),
                prohibited.toArray(DirectQuery[]::new));
    }

    private static final DirectQuery NO_MATCH = new DirectQuery() {
        @Override
        boolean matches(ItemTerms item) {
            return false;
        }

        @Override
        void collect(ItemTerms item, RuleHits hits) {
        }
    };

    private static void collectAll(String field, ItemTerms.Postings postings, RuleHits hits) {
        for (int i = 0; i < postings.count(); i++) {
            hits.add(field, postings.position(i), postings.position(i), postings.startOffset(i), postings.endOffset(i));
        }
    }

    static final class TermMatch extends DirectQuery {
        private final String field;
        private final String term;

        TermMatch(String field, String term) {
            this.field = field;
            this.term = term;
        }

        @Override
        boolean matches(ItemTerms item) {
            return item.postings(field, term) != null;
        }

        @Override
        void collect(ItemTerms item, RuleHits hits) {
            collectAll(field, item.postings(field, term), hits);
        }
    }

    static final class PhraseMatch extends DirectQuery {
        private final String field;
        private final String[] terms;
        /** Each term's position relative to the first's. */
        private final int[] deltas;

        PhraseMatch(String field, String[] terms, int[] deltas) {
            this.field = field;
            this.terms = terms;
            this.deltas = deltas;
        }

        @Override
        boolean matches(ItemTerms item) {
            ItemTerms.Postings[] postings = postings(item);
            if (postings == null) {
                return false;
            }
            for (int i = 0; i < postings[0].count(); i++) {
                if (lastAt(postings, postings[0].position(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        @Override
        void collect(ItemTerms item, RuleHits hits) {
            ItemTerms.Postings[] postings = postings(item);
            ItemTerms.Postings lead = postings[0];
            ItemTerms.Postings last = postings[postings.length - 1];
            for (int i = 0; i < lead.count(); i++) {
                int start = lead.position(i);
                int j = lastAt(postings, start);
                if (j >= 0) {
                    hits.add(field, start, last.position(j), lead.startOffset(i), last.endOffset(j));
                }
            }
        }

        /** Null unless every term of the phrase is in the field. */
        private ItemTerms.Postings[] postings(ItemTerms item) {
            ItemTerms.Postings[] postings = new ItemTerms.Postings[terms.length];
            for (int i = 0; i < terms.length; i++) {
                postings[i] = item.postings(field, terms[i]);
                if (postings[i] == null) {
                    return null;
                }
            }
            return postings;
        }

        /** With the first term at {@code start}: the index of the last term's occurrence if all are in place, else -1. */
        private int lastAt(ItemTerms.Postings[] postings, int start) {
            int at = -1;
            for (int k = 1; k < postings.length; k++) {
                at = postings[k].indexOf(start + deltas[k]);
                if (at < 0) {
                    return -1;
                }
            }
            return at;
        }
    }

    /** The terms of a field that start with a prefix (a {@link PrefixQuery}: byte prefix, i.e. string prefix). */
    static final class PrefixMatch extends DirectQuery {
        private final String field;
        private final String prefix;

        PrefixMatch(String field, String prefix) {
            this.field = field;
            this.prefix = prefix;
        }

        @Override
        boolean matches(ItemTerms item) {
            for (String term : item.terms(field).keySet()) {
                if (term.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        void collect(ItemTerms item, RuleHits hits) {
            for (Map.Entry<String, ItemTerms.Postings> term : item.terms(field).entrySet()) {
                if (term.getKey().startsWith(prefix)) {
                    collectAll(field, term.getValue(), hits);
                }
            }
        }
    }

    /** The terms of a field an automaton accepts (wildcards, regular expressions, ranges), run on their UTF-8 bytes. */
    static final class AutomatonMatch extends DirectQuery {
        private final String field;
        private final ByteRunAutomaton automaton;

        AutomatonMatch(String field, ByteRunAutomaton automaton) {
            this.field = field;
            this.automaton = automaton;
        }

        private boolean accepts(String term) {
            BytesRef bytes = new BytesRef(term);
            return automaton.run(bytes.bytes, bytes.offset, bytes.length);
        }

        @Override
        boolean matches(ItemTerms item) {
            for (String term : item.terms(field).keySet()) {
                if (accepts(term)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        void collect(ItemTerms item, RuleHits hits) {
            for (Map.Entry<String, ItemTerms.Postings> term : item.terms(field).entrySet()) {
                if (accepts(term.getKey())) {
                    collectAll(field, term.getValue(), hits);
                }
            }
        }
    }

    static final class BooleanMatch extends DirectQuery {
        private final DirectQuery[] required;
        private final DirectQuery[] optional;
        private final DirectQuery[] prohibited;

        BooleanMatch(DirectQuery[] required, DirectQuery[] optional, DirectQuery[] prohibited) {
            this.required = required;
            this.optional = optional;
            this.prohibited = prohibited;
        }

        @Override
        boolean matches(ItemTerms item) {
            for (DirectQuery q : required) {
                if (!q.matches(item)) {
                    return false;
                }
            }
            for (DirectQuery q : prohibited) {
                if (q.matches(item)) {
                    return false;
                }
            }
            if (required.length > 0) {
                return true;
            }
            for (DirectQuery q : optional) {
                if (q.matches(item)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        void collect(ItemTerms item, RuleHits hits) {
            for (DirectQuery q : required) {
                q.collect(item, hits);
            }
            for (DirectQuery q : optional) {
                if (q.matches(item)) {
                    q.collect(item, hits);
                }
            }
        }
    }
}
