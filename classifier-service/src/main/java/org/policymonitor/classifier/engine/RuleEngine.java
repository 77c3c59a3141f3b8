package org.policymonitor.classifier.engine;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.policymonitor.classifier.analysis.Fields;
import org.policymonitor.classifier.analysis.IndexAnalyzer;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
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
    private static final int QUERY_BATCH = 256;
    private static final Comparator<Evidence> READING_ORDER = Comparator
            .comparingInt((Evidence e) -> Fields.TEXT.indexOf(e.field()))
            .thenComparingInt(Evidence::start)
            .thenComparing(Evidence::rule);

    private static final Logger LOG = Logger.getLogger(RuleEngine.class);

    /** Text fields index offsets: evidence is built from them (an item's {@code MemoryIndex} stores them anyway). */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final RulesetDefinition ruleset;
    private final Map<Language, Monitor> monitors;
    private final Map<String, CompiledRule> rules;
    /** Index fields some rule searches: a field no rule names is not analysed at all. */
    private final Set<String> searchedFields;

    private RuleEngine(RulesetDefinition ruleset, Map<Language, Monitor> monitors, Map<String, CompiledRule> rules,
                       Set<String> searchedFields) {
        this.ruleset = ruleset;
        this.monitors = monitors;
        this.rules = rules;
        this.searchedFields = searchedFields;
    }

    /** Compiles and indexes a ruleset. */
    public static RuleEngine build(RulesetDefinition ruleset) throws InvalidRulesetException {
        return build(ruleset, RuleCompiler.compileAll(ruleset));
    }

    public static RuleEngine build(RulesetDefinition ruleset, List<CompiledRule> compiled)
            throws InvalidRulesetException {
        return build(ruleset, compiled, presearcher(compiled));
    }

    /** With a chosen presearcher: the benchmark compares them. */
    public static RuleEngine build(RulesetDefinition ruleset, List<CompiledRule> compiled, Presearcher presearcher)
            throws InvalidRulesetException {
        Map<String, CompiledRule> byId = new LinkedHashMap<>();
        Map<Language, List<MonitorQuery>> queries = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            queries.put(language, new ArrayList<>());
        }
        for (CompiledRule rule : compiled) {
            byId.put(rule.id(), rule);
            rule.queries().forEach((language, query) -> queries.get(language).add(
                    new MonitorQuery(rule.id(), query, rule.definition().query(), Map.of("theme", rule.theme()))));
        }
        // one monitor per language: an item is only matched against the rules of its language, so the
        // Russian and Belarusian rules never cost anything on an English item
        Map<Language, Monitor> monitors = new EnumMap<>(Language.class);
        try {
            for (Language language : Language.values()) {
                Monitor monitor = new Monitor(IndexAnalyzer.get(), presearcher,
                        new MonitorConfiguration().setPurgeFrequency(1, TimeUnit.HOURS)
                                // each disjunct of a rule rewritten once here, not for every item it is tried on
                                .setQueryDecomposer(new RewrittenOnce())
                                // indexing buffers each batch's per-query term hashes: small batches keep the
                                // transient heap of a 10,000-rule load in the tens of MB instead of hundreds
                                .setQueryUpdateBufferSize(QUERY_BATCH));
                monitors.put(language, monitor);
                monitor.register(queries.get(language));
            }
            return new RuleEngine(ruleset, monitors, byId, searchedFields(compiled));
        } catch (RuntimeException e) {
            closeAll(monitors);
            throw new InvalidRulesetException(List.of(new RuleError(null, "the rules could not be indexed: "
                    + e.getMessage())));
        } catch (IOException e) {
            closeAll(monitors);
            throw new UncheckedIOException("in-memory rule index failed", e);
        }
    }

    /**
     * Two passes: the first selects rules by their required terms, the second rejects rules whose other
     * required terms are absent. It keeps the number of rules actually run close to the number that match,
     * which is what keeps 10,000 rules fast (measured in the benchmark). Prefix terms select rules too
     * ({@link PrefixPresearch}), instead of making their rules candidates for every item.
     */
    public static Presearcher presearcher(Collection<CompiledRule> rules) {
        return new MultipassTermFilteredPresearcher(2, 0, TermFilteredPresearcher.DEFAULT_WEIGHTOR,
                List.of(PrefixPresearch.of(rules)), Set.of());
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
        return classification(item, match(item));
    }

    private Classification classification(ItemText item, Map<String, HighlightsMatch> matches) {
        Set<String> themesByOwnRules = new HashSet<>();
        for (String id : matches.keySet()) {
            CompiledRule rule = rules.get(id);
            if (rule.definition().requires().isEmpty()) {
                themesByOwnRules.add(rule.theme());
            }
        }
        Map<String, Set<String>> rulesByTheme = new HashMap<>();
        Map<String, List<Evidence>> evidenceByTheme = new HashMap<>();
        for (HighlightsMatch match : matches.values()) {
            CompiledRule rule = rules.get(match.getQueryId());
            if (!themesByOwnRules.containsAll(rule.definition().requires())) {
                continue;
            }
            String theme = rule.theme();
            rulesByTheme.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(rule.id());
            List<Evidence> evidence = evidenceByTheme.computeIfAbsent(theme, t -> new ArrayList<>());
            match.getHits().forEach((indexedField, hits) -> {
                String field = Fields.textField(indexedField);
                for (HighlightsMatch.Hit hit : hits) {
                    Evidence e = Fields.ALL.equals(field)
                            ? evidenceInJoined(item, hit.startOffset, hit.endOffset, rule.id())
                            : evidenceIn(item, field, hit.startOffset, hit.endOffset, rule.id());
                    if (e != null) {
                        evidence.add(e);
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

    private static Evidence evidenceIn(ItemText item, String field, int start, int end, String rule) {
        String text = item.field(field);
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        return new Evidence(field, text.substring(start, end), start, end, rule);
    }

    /** Maps a span of {@link Fields#ALL} back to the field it lies in (a phrase across two fields: the first). */
    private static Evidence evidenceInJoined(ItemText item, int start, int end, String rule) {
        int offset = 0;
        for (String field : Fields.TEXT) {
            int length = item.field(field).length();
            if (start < offset + length) {
                return evidenceIn(item, field, start - offset, Math.min(end - offset, length), rule);
            }
            offset += length + Fields.SEPARATOR.length();
        }
        return null;
    }

    /** The text of {@link Fields#ALL}: the parts joined by {@link Fields#SEPARATOR}. */
    private static String joined(ItemText item) {
        return item.field("title") + Fields.SEPARATOR + item.field("summary") + Fields.SEPARATOR + item.field("content");
    }

    /** Ids of the rules that match an item (for previews), without building evidence. */
    public Set<String> matchingRules(ItemText item) {
        Set<String> ids = match(item).keySet();
        Set<String> themes = new HashSet<>();
        ids.stream().map(rules::get).filter(r -> r.definition().requires().isEmpty()).forEach(r -> themes.add(r.theme()));
        Set<String> accepted = new LinkedHashSet<>();
        ids.stream().filter(id -> themes.containsAll(rules.get(id).definition().requires())).forEach(accepted::add);
        return accepted;
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
            Language language = language(item);
            MatchingQueries<HighlightsMatch> result = monitors.get(language)
                    .match(document(item, language), HighlightsMatch.MATCHER);
            if (!result.getErrors().isEmpty()) {
                // a rule that fails at match time (e.g. a wildcard expanding too far) must not hide the others
                result.getErrors().forEach((id, e) -> LOG.warnf("rule %s failed on item %s: %s", id, item.id(), e.toString()));
            }
            return byId(result.getMatches());
        } catch (IOException e) {
            throw new UncheckedIOException("matching failed", e);
        }
    }

    private static Map<String, HighlightsMatch> byId(Collection<HighlightsMatch> matches) {
        Map<String, HighlightsMatch> byId = new LinkedHashMap<>();
        for (HighlightsMatch m : matches) {
            byId.put(m.getQueryId(), m);
        }
        return byId;
    }

    private static Set<String> searchedFields(List<CompiledRule> compiled) {
        Set<String> fields = new HashSet<>();
        QueryVisitor collector = new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        };
        compiled.forEach(rule -> rule.queries().values().forEach(q -> q.visit(collector)));
        return Set.copyOf(fields);
    }

    static Language language(ItemText item) {
        // the text is only read when the declared language is not one of ours: don't join it for nothing
        return Language.fromCode(item.language()).orElseGet(() -> Language.resolve(null,
                item.field("title") + " " + item.field("summary") + " " + item.field("content")));
    }

    Document document(ItemText item, Language language) {
        Document doc = new Document();
        for (String field : Fields.TEXT) {
            String text = item.field(field);
            String indexed = Fields.indexed(field, language);
            if (!text.isEmpty() && searchedFields.contains(indexed)) {
                doc.add(new Field(indexed, text, TEXT_WITH_OFFSETS));
            }
        }
        doc.add(new Field(Fields.indexed(Fields.ALL, language), joined(item), TEXT_WITH_OFFSETS));
        if (item.source() != null && !item.source().isBlank()) {
            doc.add(new StringField(Fields.SOURCE, item.source().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        return doc;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        closeAll(monitors);
    }

    private static void closeAll(Map<Language, Monitor> monitors) {
        for (Monitor monitor : monitors.values()) {
            try {
                monitor.close();
            } catch (IOException e) {
                LOG.warnf("closing a rule index failed: %s", e.toString());
            }
        }
    }
}
