package org.policymonitor.classifier.engine;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Splits a rule into the disjuncts Lucene Monitor indexes (its own {@link QueryDecomposer}) and rewrites each of them
 * once, when the ruleset is built, instead of for every item it is tried on. Monitor rewrites a candidate's query
 * against the item before matching it: a disjunct with a prefix ({@code кибербезопасн*}) or a nested {@code NOT} came
 * out as new objects every time — a wrapper per prefix, new boolean queries whose clause sets and hash codes were
 * computed again, ~12 % of the engine's CPU samples — and the others' clauses were walked to find nothing to change.
 * Those rewrites do not read the index, so they give the same query for every item, and doing them once changes no
 * result ({@code GoldenClassificationsTest}, {@code RewrittenOnceTest}). A query whose rewrite does read the index (a
 * fuzzy term, expanded over the item's terms) or of a type not listed in {@link #rewritesWithoutIndex} is left to
 * Monitor, rewritten per item as before.
 */
final class RewrittenOnce extends QueryDecomposer {

    /** Rewrites against no documents: only the query's own structure can change it. */
    private static final IndexSearcher NO_DOCUMENTS = noDocuments();

    private static IndexSearcher noDocuments() {
        try {
            return new IndexSearcher(new MultiReader());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an empty reader opens nothing
        }
    }

    /** Monitor's own splitting, called directly so that its recursion does not come back here. */
    private final QueryDecomposer monitorDecomposer = new QueryDecomposer();

    @Override
    public Set<Query> decompose(Query query) {
        Set<Query> disjuncts = new HashSet<>();
        for (Query disjunct : monitorDecomposer.decompose(query)) {
            disjuncts.add(prepared(disjunct));
        }
        return disjuncts;
    }

    /** The disjunct with its rewrite done, or the disjunct itself when its rewrite may depend on the item. */
    static Query prepared(Query query) {
        if (!rewritesWithoutIndex(query)) {
            return query;
        }
        try {
            return new Rewritten(query, NO_DOCUMENTS.rewrite(query));
        } catch (IOException | RuntimeException e) {
            return query; // rewritten per item, as without this class
        }
    }

    /**
     * True for the query types whose rewrite is the same for every index: boolean structure, terms and phrases, and
     * multi-term queries (prefix, wildcard, regexp, range) with a constant-score rewrite, which only wraps them.
     */
    static boolean rewritesWithoutIndex(Query query) {
        if (query instanceof BooleanQuery bool) {
            return bool.clauses().stream().map(BooleanClause::getQuery).allMatch(RewrittenOnce::rewritesWithoutIndex);
        }
        if (query instanceof BoostQuery boost) {
            return rewritesWithoutIndex(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return rewritesWithoutIndex(constant.getQuery());
        }
        if (query instanceof MultiTermQuery multiTerm) {
            return !(multiTerm instanceof FuzzyQuery)
                    && (multiTerm.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                    || multiTerm.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_REWRITE);
        }
        return query instanceof TermQuery || query instanceof PhraseQuery || query instanceof MatchNoDocsQuery;
    }

    /**
     * A disjunct as written, for the presearcher (which indexes the terms it visits) and for equality, and its rewritten
     * form, which matches: {@link IndexSearcher#rewrite} stops at once (this is its own rewrite, so not even the walk
     * over a boolean query's clauses that finds nothing to change is repeated per item), and the weight is the
     * rewritten form's own.
     */
    static final class Rewritten extends Query {

        private final Query original;
        private final Query rewritten;
        private final int hash;

        Rewritten(Query original, Query rewritten) {
            this.original = original;
            this.rewritten = rewritten;
            this.hash = original.hashCode();
        }

        Query original() {
            return original;
        }

        Query rewritten() {
            return rewritten;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) {
            return this;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            return rewritten.createWeight(searcher, scoreMode, boost);
        }

        @Override
        public void visit(QueryVisitor visitor) {
            original.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return original.toString(field);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Rewritten that && original.equals(that.original);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
