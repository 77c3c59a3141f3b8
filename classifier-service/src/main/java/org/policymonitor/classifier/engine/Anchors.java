package org.policymonitor.classifier.engine;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.List;

/**
 * Terms (and prefixes) of which an item must hold at least one for a query to be able to match it: the key a query is
 * indexed under, so that an item only tries the queries it can meet. Sound by construction — a term query needs its
 * term, a phrase (exact or sloppy) every one of its terms, a prefix query a term with that prefix, a conjunction any one
 * of its required clauses, a disjunction one of its clauses — and null ("try it on every item") for anything it cannot
 * vouch for (a wildcard, a fuzzy term, an unknown type). It only chooses what to try: whether a query matches, and
 * where, is decided by trying it.
 */
final class Anchors {

    /** A term, or a prefix every term that starts with it meets, in one index field. */
    record Anchor(String field, String text, boolean prefix) {
    }

    private Anchors() {
    }

    /** The anchors of a query: empty if it can match nothing, null if it must be tried on every item. */
    static List<Anchor> of(Query query) {
        if (query instanceof TermQuery term) {
            return List.of(new Anchor(term.getTerm().field(), term.getTerm().text(), false));
        }
        if (query instanceof PhraseQuery phrase) {
            if (phrase.getTerms().length == 0) {
                return List.of();
            }
            // every term is needed: the longest is likely the rarest
            String longest = phrase.getTerms()[0].text();
            for (var term : phrase.getTerms()) {
                if (term.text().length() > longest.length()) {
                    longest = term.text();
                }
            }
            return List.of(new Anchor(phrase.getField(), longest, false));
        }
        if (query instanceof PrefixQuery prefix) {
            String text = prefix.getPrefix().text();
            return text.isEmpty() ? null : List.of(new Anchor(prefix.getField(), text, true));
        }
        if (query instanceof BoostQuery boost) {
            return of(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return of(constant.getQuery());
        }
        if (query instanceof MatchNoDocsQuery) {
            return List.of();
        }
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
            return ofBoolean(bool);
        }
        return null;
    }

    private static List<Anchor> ofBoolean(BooleanQuery query) {
        List<Anchor> fewest = null;
        boolean required = false;
        List<Anchor> anyOptional = new ArrayList<>();
        boolean optionalUnknown = false;
        for (BooleanClause clause : query.clauses()) {
            List<Anchor> anchors = switch (clause.getOccur()) {
                case MUST, FILTER, SHOULD -> of(clause.getQuery());
                case MUST_NOT -> List.of();
            };
            if (clause.isRequired()) {
                required = true;
                if (anchors != null && (fewest == null || anchors.size() < fewest.size())) {
                    fewest = anchors;
                }
            } else if (clause.getOccur() == BooleanClause.Occur.SHOULD) {
                if (anchors == null) {
                    optionalUnknown = true;
                } else {
                    anyOptional.addAll(anchors);
                }
            }
        }
        if (required) {
            return fewest; // null when no required clause can be vouched for
        }
        return optionalUnknown ? null : anyOptional;
    }
}
