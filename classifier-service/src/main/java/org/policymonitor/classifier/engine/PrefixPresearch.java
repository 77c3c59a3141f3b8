package org.policymonitor.classifier.engine;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CustomQueryHandler;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.policymonitor.classifier.rules.CompiledRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lets the presearcher select a rule by its prefix terms ({@code кибербезопасн*}) instead of trying it on every item.
 * Left to itself, Lucene Monitor cannot index a prefix query by a term, so a rule branch that needs one is a candidate
 * for every item of its language and is rewritten (its prefixes expanded over the item's terms) and run each time —
 * the largest single cost of matching the shipped rules. Here a prefix query is indexed under the key
 * <em>prefix + {@link #MARKER}</em>, and an item offers, besides each of its terms, the key of every rule prefix that
 * term starts with. The rule is then selected exactly when some term of the item has the prefix, i.e. exactly when the
 * prefix query can match: the presearcher only chooses which rules to run, so results do not change (pinned by
 * {@code GoldenClassificationsTest}), only the number of rules tried.
 */
final class PrefixPresearch implements CustomQueryHandler {

    /** Ends a prefix key: no analyser emits it, so a key never equals a real term (a rule «закон*» ≠ «закон»). */
    static final char MARKER = '\uFFFF';

    private final CharArraySet prefixes;
    private final int shortest;
    private final int longest;

    private PrefixPresearch(Collection<String> prefixes) {
        this.prefixes = new CharArraySet(prefixes, false);
        this.shortest = prefixes.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        this.longest = prefixes.stream().mapToInt(String::length).max().orElse(0);
    }

    /** For the prefix queries of these rules (any field, any language: the presearcher's own filter sorts that out). */
    static PrefixPresearch of(Collection<CompiledRule> rules) {
        List<String> prefixes = new ArrayList<>();
        QueryVisitor collector = new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                if (query instanceof PrefixQuery prefix && !prefix.getPrefix().text().isEmpty()) {
                    prefixes.add(prefix.getPrefix().text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        };
        rules.forEach(rule -> rule.queries().values().forEach(q -> q.visit(collector)));
        return new PrefixPresearch(prefixes);
    }

    @Override
    public QueryTree handleQuery(Query query, TermWeightor weightor) {
        if (query instanceof PrefixQuery prefix && prefixes.contains(prefix.getPrefix().text())) {
            Term term = prefix.getPrefix();
            return QueryTree.term(new Term(term.field(), term.text() + MARKER), weightor);
        }
        return null; // anything else keeps the Monitor's own handling (a wildcard stays a candidate for every item)
    }

    @Override
    public TokenStream wrapTermStream(String field, TokenStream in) {
        return prefixes.isEmpty() ? in : new PrefixKeys(in);
    }

    /** Passes every term through, followed by the key of each rule prefix it starts with (itself included). */
    private final class PrefixKeys extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] current = new char[32];
        private int currentLength;
        private int nextLength;

        PrefixKeys(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            int last = Math.min(currentLength, longest);
            while (nextLength <= last) {
                int length = nextLength++;
                if (prefixes.contains(current, 0, length)) {
                    term.copyBuffer(current, 0, length);
                    term.append(MARKER);
                    return true;
                }
            }
            if (!input.incrementToken()) {
                return false;
            }
            currentLength = term.length();
            if (current.length < currentLength) {
                current = new char[currentLength];
            }
            System.arraycopy(term.buffer(), 0, current, 0, currentLength);
            nextLength = shortest;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            currentLength = 0;
            nextLength = 1;
        }
    }
}
