package org.policymonitor.classifier.engine;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.policymonitor.classifier.analysis.Language;
import org.policymonitor.classifier.rules.CompiledRule;
import org.policymonitor.classifier.rules.InvalidRulesetException;
import org.policymonitor.classifier.rules.RuleCompiler;
import org.policymonitor.classifier.rules.RuleError;
import org.policymonitor.classifier.rules.RulesetDefinition;
import org.policymonitor.classifier.rules.ThemeDefinition;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.Tag;
import org.jboss.logging.Logger;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Classifies items against one ruleset by reverse search: the rules are indexed in a Lucene {@link Monitor}
 * and each item, analysed in its language, is run against them; the presearcher selects the few rules whose
 * terms occur in the item, so the cost grows with the matching rules, not with the size of the ruleset.
 * Immutable once built and safe for concurrent use; a new ruleset means a new engine.
 */
public final class RuleEngine implements Closeable {

    /** Evidence spans kept per tag: enough to show why, without copying a whole long article. */
    static final int MAX_EVIDENCE_PER_TAG = 20;
    private static final Comparator<Evidence> READING_ORDER = Comparator
            .comparingInt((Evidence e) -> Fields.TEXT.indexOf(e.field()))
            .thenComparingInt(Evidence::start)
            .thenComparing(Evidence::rule);

    private static final Logger LOG = Logger.getLogger(RuleEngine.class);

    private final RulesetDefinition ruleset;
    private final Monitor monitor;
    private final Map<String, CompiledRule> rules;

    private RuleEngine(RulesetDefinition ruleset, Monitor monitor, Map<String, CompiledRule> rules) {
        this.ruleset = ruleset;
        this.monitor = monitor;
        this.rules = rules;
    }

    /** Compiles and indexes a ruleset. */
    public static RuleEngine build(RulesetDefinition ruleset) throws InvalidRulesetException {
        return build(ruleset, RuleCompiler.compileAll(ruleset));
    }

    public static RuleEngine build(RulesetDefinition ruleset, List<CompiledRule> compiled)
            throws InvalidRulesetException {
        Map<String, CompiledRule> byId = new LinkedHashMap<>();
        List<MonitorQuery> queries = new ArrayList<>(compiled.size());
        for (CompiledRule rule : compiled) {
            byId.put(rule.id(), rule);
            queries.add(new MonitorQuery(rule.id(), rule.query(), rule.definition().query(),
                    Map.of("theme", rule.theme())));
        }
        try {
            Monitor monitor = new Monitor(IndexAnalyzer.get(), presearcher(),
                    new MonitorConfiguration().setPurgeFrequency(1, TimeUnit.HOURS));
            try {
                monitor.register(queries);
            } catch (RuntimeException e) {
                monitor.close();
                throw new InvalidRulesetException(List.of(new RuleError(null, "the rules could not be indexed: "
                        + e.getMessage())));
            }
            return new RuleEngine(ruleset, monitor, byId);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory rule index failed", e);
        }
    }

    /**
     * Two passes: the first selects rules by their required terms, the second rejects rules whose other
     * required terms are absent. It keeps the number of rules actually run close to the number that match,
     * which is what keeps 10,000 rules fast (measured in the benchmark).
     */
    static Presearcher presearcher() {
        return new MultipassTermFilteredPresearcher(2);
    }

    public RulesetDefinition ruleset() {
        return ruleset;
    }

    public String version() {
        return ruleset.version();
    }

    public int ruleCount() {
        return rules.size();
    }

    /** Tags an item; themes in catalogue order, implied themes (the umbrella) added. */
    public Classification classify(ItemText item) {
        Map<String, HighlightsMatch> matches = match(item);
        Map<String, Set<String>> rulesByTheme = new HashMap<>();
        Map<String, List<Evidence>> evidenceByTheme = new HashMap<>();
        for (HighlightsMatch match : matches.values()) {
            CompiledRule rule = rules.get(match.getQueryId());
            String theme = rule.theme();
            rulesByTheme.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(rule.id());
            List<Evidence> evidence = evidenceByTheme.computeIfAbsent(theme, t -> new ArrayList<>());
            match.getHits().forEach((indexedField, hits) -> {
                String field = Fields.textField(indexedField);
                String text = item.field(field);
                for (HighlightsMatch.Hit hit : hits) {
                    if (hit.startOffset >= 0 && hit.endOffset <= text.length() && hit.startOffset < hit.endOffset) {
                        evidence.add(new Evidence(field, text.substring(hit.startOffset, hit.endOffset),
                                hit.startOffset, hit.endOffset, rule.id()));
                    }
                }
            });
        }
        addImpliedThemes(rulesByTheme, evidenceByTheme);
        List<Tag> tags = new ArrayList<>();
        for (ThemeDefinition theme : ruleset.themes()) {
            Set<String> fired = rulesByTheme.get(theme.id());
            if (fired != null) {
                List<Evidence> evidence = evidenceByTheme.getOrDefault(theme.id(), List.of()).stream()
                        .distinct().sorted(READING_ORDER).limit(MAX_EVIDENCE_PER_TAG).toList();
                tags.add(new Tag(theme.id(), fired.stream().sorted().toList(), evidence));
            }
        }
        return new Classification(tags, version());
    }

    /** Ids of the rules that match an item (for previews), without building evidence. */
    public Set<String> matchingRules(ItemText item) {
        return match(item).keySet();
    }

    /**
     * A theme that implies another (ai-law → artificial-intelligence) adds it, carrying its own rules and
     * evidence as the reason, unless the implied theme fired by itself.
     */
    private void addImpliedThemes(Map<String, Set<String>> rulesByTheme, Map<String, List<Evidence>> evidenceByTheme) {
        for (ThemeDefinition theme : ruleset.themes()) {
            if (!rulesByTheme.containsKey(theme.id())) {
                continue;
            }
            for (String implied : theme.implies()) {
                if (!hasOwnRules(rulesByTheme, implied)) {
                    rulesByTheme.computeIfAbsent(implied, t -> new LinkedHashSet<>()).addAll(rulesByTheme.get(theme.id()));
                    evidenceByTheme.computeIfAbsent(implied, t -> new ArrayList<>())
                            .addAll(evidenceByTheme.getOrDefault(theme.id(), List.of()));
                }
            }
        }
    }

    private boolean hasOwnRules(Map<String, Set<String>> rulesByTheme, String theme) {
        Set<String> fired = rulesByTheme.get(theme);
        return fired != null && fired.stream().anyMatch(id -> rules.get(id).theme().equals(theme));
    }

    private Map<String, HighlightsMatch> match(ItemText item) {
        try {
            MatchingQueries<HighlightsMatch> result = monitor.match(document(item), HighlightsMatch.MATCHER);
            if (!result.getErrors().isEmpty()) {
                // a rule that fails at match time (e.g. a wildcard expanding too far) must not hide the others
                result.getErrors().forEach((id, e) -> LOG.warnf("rule %s failed on item %s: %s", id, item.id(), e.toString()));
            }
            Map<String, HighlightsMatch> byId = new LinkedHashMap<>();
            for (HighlightsMatch m : result.getMatches()) {
                byId.put(m.getQueryId(), m);
            }
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed", e);
        }
    }

    static Document document(ItemText item) {
        String all = item.field("title") + " " + item.field("summary") + " " + item.field("content");
        Language language = Language.resolve(item.language(), all);
        Document doc = new Document();
        for (String field : Fields.TEXT) {
            String text = item.field(field);
            if (!text.isEmpty()) {
                doc.add(new TextField(Fields.indexed(field, language), text, Field.Store.NO));
            }
        }
        if (item.source() != null && !item.source().isBlank()) {
            doc.add(new StringField(Fields.SOURCE, item.source().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        return doc;
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
