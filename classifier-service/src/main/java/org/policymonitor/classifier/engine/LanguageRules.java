package org.policymonitor.classifier.engine;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.jboss.logging.Logger;
import org.policymonitor.classifier.analysis.Fields;
import org.policymonitor.classifier.analysis.Language;
import org.policymonitor.classifier.rules.CompiledRule;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The rules of one language and how an item of that language is matched against them. Each rule is split into the
 * disjuncts Lucene Monitor would match one by one (its {@link QueryDecomposer}); a rule's spans are the union of its
 * matching disjuncts' spans, as Monitor merges them. A disjunct {@link DirectQuery} can evaluate is matched on the item's
 * terms, analysed once ({@link ItemTerms}); any other (a sloppy phrase, a fuzzy term) stays with a Monitor of its own,
 * which is only asked when one of those disjuncts is a candidate for the item. Which disjuncts an item tries is chosen
 * by their {@link Anchors} ({@link CandidateIndex}); trying decides. {@link #monitorOnly} is the engine as it was before
 * (every rule through Monitor), kept to compare results and cost against.
 */
final class LanguageRules implements Closeable {

    private static final Logger LOG = Logger.getLogger(LanguageRules.class);
    private static final int QUERY_BATCH = 256;
    private static final QueryDecomposer DISJUNCTS = new QueryDecomposer();

    private final Analyzer analyzer;
    private final Language language;
    /** Index text fields some disjunct of this language searches (title.ru, text.ru…), in {@link Fields#TEXT} order. */
    private final List<String> searchedTextFields;
    private final boolean sourceSearched;
    /** Per disjunct: its rule, and its direct form (null: matched by {@link #monitor}). */
    private final String[] rules;
    private final DirectQuery[] direct;
    private final CandidateIndex candidates;
    private final Monitor monitor;
    /** Monitor's query ids → rule ids. */
    private final Map<String, String> monitorRules;
    private final boolean monitorOnly;

    private LanguageRules(Analyzer analyzer, Language language, List<String> searchedTextFields, boolean sourceSearched,
                          String[] rules, DirectQuery[] direct, CandidateIndex candidates, Monitor monitor,
                          Map<String, String> monitorRules, boolean monitorOnly) {
        this.analyzer = analyzer;
        this.language = language;
        this.searchedTextFields = searchedTextFields;
        this.sourceSearched = sourceSearched;
        this.rules = rules;
        this.direct = direct;
        this.candidates = candidates;
        this.monitor = monitor;
        this.monitorRules = monitorRules;
        this.monitorOnly = monitorOnly;
    }

    /** The rules' queries of this language, matched directly where possible. */
    static LanguageRules of(Analyzer analyzer, Language language, List<CompiledRule> compiled, Presearcher presearcher)
            throws IOException {
        List<String> ruleIds = new ArrayList<>();
        List<DirectQuery> directs = new ArrayList<>();
        List<List<Anchors.Anchor>> anchors = new ArrayList<>();
        List<MonitorQuery> monitored = new ArrayList<>();
        Map<String, String> monitorRules = new HashMap<>();
        Set<String> fields = new HashSet<>();
        for (CompiledRule rule : compiled) {
            Query query = rule.queries().get(language);
            if (query == null) {
                continue;
            }
            fields.addAll(fieldsOf(query));
            for (Query disjunct : DISJUNCTS.decompose(query)) {
                DirectQuery direct = DirectQuery.compile(disjunct);
                ruleIds.add(rule.id());
                directs.add(direct);
                anchors.add(Anchors.of(disjunct));
                if (direct == null) {
                    String id = rule.id() + "#" + monitored.size();
                    monitored.add(new MonitorQuery(id, disjunct, disjunct.toString(), Map.of("theme", rule.theme())));
                    monitorRules.put(id, rule.id());
                }
            }
        }
        Monitor monitor = monitored.isEmpty() ? null : monitor(analyzer, presearcher, monitored);
        LOG.debugf("%s rules: %d disjuncts matched directly, %d through Monitor", language, directs.size()
                - monitored.size(), monitored.size());
        return new LanguageRules(analyzer, language, textFields(fields, language), fields.contains(Fields.SOURCE),
                ruleIds.toArray(String[]::new), directs.toArray(DirectQuery[]::new), new CandidateIndex(anchors),
                monitor, monitorRules, false);
    }

    /** Every rule through Lucene Monitor, as the engine matched before {@link DirectQuery}: the reference. */
    static LanguageRules monitorOnly(Analyzer analyzer, Language language, List<CompiledRule> compiled,
                                     Presearcher presearcher) throws IOException {
        List<MonitorQuery> queries = new ArrayList<>();
        Map<String, String> monitorRules = new HashMap<>();
        for (CompiledRule rule : compiled) {
            Query query = rule.queries().get(language);
            if (query != null) {
                queries.add(new MonitorQuery(rule.id(), query, rule.definition().query(), Map.of("theme", rule.theme())));
                monitorRules.put(rule.id(), rule.id());
            }
        }
        return new LanguageRules(analyzer, language, List.of(), false, new String[0], new DirectQuery[0],
                new CandidateIndex(List.of()), monitor(analyzer, presearcher, queries), monitorRules, true);
    }

    private static Monitor monitor(Analyzer analyzer, Presearcher presearcher, List<MonitorQuery> queries)
            throws IOException {
        Monitor monitor = new Monitor(analyzer, presearcher, new MonitorConfiguration()
                .setPurgeFrequency(1, TimeUnit.HOURS)
                // each disjunct of a rule rewritten once here, not for every item it is tried on
                .setQueryDecomposer(new RewrittenOnce())
                // indexing buffers each batch's per-query term hashes: small batches keep the transient heap of a
                // 10,000-rule load in the tens of MB instead of hundreds
                .setQueryUpdateBufferSize(QUERY_BATCH));
        try {
            monitor.register(queries);
            return monitor;
        } catch (IOException | RuntimeException e) {
            monitor.close();
            throw e;
        }
    }

    /**
     * The rules of this language that match the item, with their spans.
     *
     * @param document the item as Monitor's document, built only if Monitor is asked
     */
    Map<String, RuleHits> match(ItemText item, Supplier<Document> document) {
        Map<String, RuleHits> matched = new HashMap<>();
        if (monitorOnly) {
            matchMonitor(item, document, matched);
            return matched;
        }
        ItemTerms terms = analyse(item);
        boolean[] selected = candidates.select(terms);
        boolean askMonitor = false;
        for (int i = 0; i < selected.length; i++) {
            if (!selected[i]) {
                continue;
            }
            DirectQuery query = direct[i];
            if (query == null) {
                askMonitor = true;
            } else if (query.matches(terms)) {
                query.collect(terms, matched.computeIfAbsent(rules[i], r -> new RuleHits()));
            }
        }
        if (askMonitor) {
            matchMonitor(item, document, matched);
        }
        return matched;
    }

    private void matchMonitor(ItemText item, Supplier<Document> document, Map<String, RuleHits> matched) {
        if (monitor == null) {
            return;
        }
        try {
            MatchingQueries<HighlightsMatch> result = monitor.match(document.get(), HighlightsMatch.MATCHER);
            if (!result.getErrors().isEmpty()) {
                // a rule that fails at match time (e.g. a wildcard expanding too far) must not hide the others
                result.getErrors().forEach((id, e) -> LOG.warnf("rule %s failed on item %s: %s", monitorRules.get(id),
                        item.id(), e.toString()));
            }
            for (HighlightsMatch match : result.getMatches()) {
                matched.computeIfAbsent(monitorRules.get(match.getQueryId()), r -> new RuleHits()).addAll(match);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed", e);
        }
    }

    /** The fields the disjuncts search, analysed as Monitor's document held them (an empty field is not there). */
    private ItemTerms analyse(ItemText item) {
        ItemTerms terms = new ItemTerms();
        for (String field : searchedTextFields) {
            String name = Fields.textField(field);
            String text = Fields.ALL.equals(name) ? RuleEngine.joined(item) : item.field(name);
            if (Fields.ALL.equals(name) || !text.isEmpty()) {
                terms.analyse(analyzer, field, text);
            }
        }
        if (sourceSearched && item.source() != null && !item.source().isBlank()) {
            terms.keyword(Fields.SOURCE, RuleEngine.sourceTerm(item));
        }
        return terms;
    }

    /** The fields a query searches (every clause, however nested). */
    static Set<String> fieldsOf(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }

    private static List<String> textFields(Set<String> searched, Language language) {
        List<String> fields = new ArrayList<>();
        for (String field : Fields.TEXT) {
            if (searched.contains(Fields.indexed(field, language))) {
                fields.add(Fields.indexed(field, language));
            }
        }
        if (searched.contains(Fields.indexed(Fields.ALL, language))) {
            fields.add(Fields.indexed(Fields.ALL, language));
        }
        return fields;
    }

    @Override
    public void close() {
        if (monitor != null) {
            try {
                monitor.close();
            } catch (IOException e) {
                LOG.warnf("closing the %s rule index failed: %s", language, e.toString());
            }
        }
    }
}
