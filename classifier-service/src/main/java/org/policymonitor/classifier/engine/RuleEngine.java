package org.policymonitor.classifier.engine;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.util.UnicodeUtil;
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

/**
 * Classifies items against one ruleset by reverse search: the rules are indexed by their terms and each item, analysed
 * once in its language, selects and tries only the rules whose terms it holds ({@link LanguageRules}), so the cost grows
 * with the matching rules, not with the size of the ruleset. Rules are matched on the item's terms directly
 * ({@link DirectQuery}), with the spans Lucene's matches API gives; the few query forms that does not take (sloppy
 * phrases, fuzzy terms) are matched by a Lucene Monitor. Immutable once built and safe for concurrent use; a new
 * ruleset means a new engine.
 */
public final class RuleEngine implements Closeable {

    /** Evidence spans kept per tag: enough to show why, without copying a whole long article. */
    static final int MAX_EVIDENCE_PER_TAG = 20;
    private static final Comparator<Evidence> READING_ORDER = Comparator
            .comparingInt((Evidence e) -> Fields.TEXT.indexOf(e.field()))
            .thenComparingInt(Evidence::start)
            .thenComparing(Evidence::rule);

    /** Text fields index offsets: evidence is built from them (an item's {@code MemoryIndex} stores them anyway). */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final RulesetDefinition ruleset;
    private final Map<Language, LanguageRules> languages;
    private final Map<String, CompiledRule> rules;
    /** Index fields some rule searches: a field no rule names is not analysed at all. */
    private final Set<String> searchedFields;
    /** Every theme each theme implies, directly or through the themes it implies (computed once per ruleset). */
    private final Map<String, Set<String>> impliedThemes;

    private RuleEngine(RulesetDefinition ruleset, Map<Language, LanguageRules> languages, Map<String, CompiledRule> rules,
                       Set<String> searchedFields) {
        this.ruleset = ruleset;
        this.languages = languages;
        this.rules = rules;
        this.searchedFields = searchedFields;
        this.impliedThemes = ImpliedThemes.closure(ruleset.themes());
    }

    /** Compiles and indexes a ruleset. */
    public static RuleEngine build(RulesetDefinition ruleset) throws InvalidRulesetException {
        return build(ruleset, RuleCompiler.compileAll(ruleset));
    }

    public static RuleEngine build(RulesetDefinition ruleset, List<CompiledRule> compiled)
            throws InvalidRulesetException {
        return build(ruleset, compiled, presearcher(compiled));
    }

    /** With a chosen presearcher (for the rules Monitor matches): the benchmark compares them. */
    public static RuleEngine build(RulesetDefinition ruleset, List<CompiledRule> compiled, Presearcher presearcher)
            throws InvalidRulesetException {
        return build(ruleset, compiled, presearcher, false);
    }

    /**
     * Every rule through Lucene Monitor, as before {@link DirectQuery}: the reference the direct matching is compared
     * with ({@code DirectMatchingTest}, {@code DirectMatchingBenchmark}).
     */
    static RuleEngine monitorOnly(RulesetDefinition ruleset) throws InvalidRulesetException {
        List<CompiledRule> compiled = RuleCompiler.compileAll(ruleset);
        return build(ruleset, compiled, presearcher(compiled), true);
    }

    private static RuleEngine build(RulesetDefinition ruleset, List<CompiledRule> compiled, Presearcher presearcher,
                                    boolean monitorOnly) throws InvalidRulesetException {
        Map<String, CompiledRule> byId = new LinkedHashMap<>();
        for (CompiledRule rule : compiled) {
            byId.put(rule.id(), rule);
        }
        // one set per language: an item is only matched against the rules of its language, so the Russian and
        // Belarusian rules never cost anything on an English item
        Map<Language, LanguageRules> languages = new EnumMap<>(Language.class);
        try {
            for (Language language : Language.values()) {
                languages.put(language, monitorOnly
                        ? LanguageRules.monitorOnly(IndexAnalyzer.get(), language, compiled, presearcher)
                        : LanguageRules.of(IndexAnalyzer.get(), language, compiled, presearcher));
            }
            return new RuleEngine(ruleset, languages, byId, searchedFields(compiled));
        } catch (RuntimeException e) {
            closeAll(languages);
            throw new InvalidRulesetException(List.of(new RuleError(null, "the rules could not be indexed: "
                    + e.getMessage())));
        } catch (IOException e) {
            closeAll(languages);
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
        Language language = language(item);
        return classification(item, match(item, language), language);
    }

    private Classification classification(ItemText item, Map<String, RuleHits> matches, Language language) {
        Set<String> themesByOwnRules = new HashSet<>();
        for (String id : matches.keySet()) {
            CompiledRule rule = rules.get(id);
            if (rule.definition().requires().isEmpty()) {
                themesByOwnRules.add(rule.theme());
            }
        }
        Map<String, Set<String>> rulesByTheme = new HashMap<>();
        Map<String, List<Evidence>> evidenceByTheme = new HashMap<>();
        for (Map.Entry<String, RuleHits> match : matches.entrySet()) {
            CompiledRule rule = rules.get(match.getKey());
            if (!themesByOwnRules.containsAll(rule.definition().requires())) {
                continue;
            }
            String theme = rule.theme();
            rulesByTheme.computeIfAbsent(theme, t -> new LinkedHashSet<>()).add(rule.id());
            List<Evidence> evidence = evidenceByTheme.computeIfAbsent(theme, t -> new ArrayList<>());
            match.getValue().byField().forEach((indexedField, hits) -> {
                String field = Fields.textField(indexedField);
                for (RuleHits.Hit hit : hits) {
                    Evidence e = Fields.ALL.equals(field)
                            ? evidenceInJoined(item, hit.startOffset(), hit.endOffset(), rule.id())
                            : evidenceIn(item, field, hit.startOffset(), hit.endOffset(), rule.id());
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
        return new Classification(tags, version(), language);
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
    static String joined(ItemText item) {
        return item.field("title") + Fields.SEPARATOR + item.field("summary") + Fields.SEPARATOR + item.field("content");
    }

    /** Ids of the rules that match an item (for previews), without building evidence. */
    public Set<String> matchingRules(ItemText item) {
        Set<String> ids = match(item, language(item)).keySet();
        Set<String> themes = new HashSet<>();
        ids.stream().map(rules::get).filter(r -> r.definition().requires().isEmpty()).forEach(r -> themes.add(r.theme()));
        Set<String> accepted = new LinkedHashSet<>();
        ids.stream().filter(id -> themes.containsAll(rules.get(id).definition().requires())).forEach(accepted::add);
        return accepted;
    }

    /**
     * A theme that implies another (ai-law → artificial-intelligence) adds it, carrying its own rules and
     * evidence as the reason, unless the implied theme fired by itself. Implication is followed through the chain
     * (ai-education → ai-research → artificial-intelligence) whatever the order of the themes in the file: until
     * 7 Dec 2026 one pass in file order dropped the end of a chain whose first theme stood last.
     */
    private void addImpliedThemes(Map<String, Set<String>> rulesByTheme, Map<String, List<Evidence>> evidenceByTheme) {
        // only themes tagged by their own rules give a reason; the themes they add are not sources in turn
        List<String> tagged = ruleset.themes().stream().map(ThemeDefinition::id).filter(rulesByTheme::containsKey).toList();
        for (String theme : tagged) {
            for (String implied : impliedThemes.getOrDefault(theme, Set.of())) {
                if (!hasOwnRules(rulesByTheme, implied)) {
                    rulesByTheme.computeIfAbsent(implied, t -> new LinkedHashSet<>()).addAll(rulesByTheme.get(theme));
                    evidenceByTheme.computeIfAbsent(implied, t -> new ArrayList<>())
                            .addAll(evidenceByTheme.getOrDefault(theme, List.of()));
                }
            }
        }
    }

    private boolean hasOwnRules(Map<String, Set<String>> rulesByTheme, String theme) {
        Set<String> fired = rulesByTheme.get(theme);
        return fired != null && fired.stream().anyMatch(id -> rules.get(id).theme().equals(theme));
    }

    /**
     * The rules of the item's language on the item, and the rules of another language on the fields written in it (a
     * title in English over a Russian body): matched with the item's language alone, such a field matched nothing.
     */
    private Map<String, RuleHits> match(ItemText item, Language language) {
        requireIndexableSource(item);
        Map<String, RuleHits> matched = languages.get(language).match(item, () -> document(item, language));
        Language[] fieldLanguages = FieldsInAnotherLanguage.languages(item, language);
        if (fieldLanguages == null) {
            return matched;
        }
        for (Language other : Language.values()) {
            ItemText fields = other == language ? null : FieldsInAnotherLanguage.of(item, fieldLanguages, other);
            if (fields != null) {
                languages.get(other).match(fields, () -> document(fields, other)).forEach((rule, hits) ->
                        matched.merge(rule, hits, RuleHits::addAll));
            }
        }
        return matched;
    }

    private static Set<String> searchedFields(List<CompiledRule> compiled) {
        Set<String> fields = new HashSet<>();
        compiled.forEach(rule -> rule.queries().values().forEach(q -> fields.addAll(LanguageRules.fieldsOf(q))));
        return Set.copyOf(fields);
    }

    static Language language(ItemText item) {
        // the text is only joined when the declared language is not one of ours: don't join it for nothing; a
        // declared en/ru/be is checked against the letters in place (one pass, no copy)
        return Language.fromCode(item.language())
                .map(declared -> Language.correctScript(declared,
                        item.field("title"), item.field("summary"), item.field("content")))
                .orElseGet(() -> Language.resolve(null,
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
            doc.add(new StringField(Fields.SOURCE, sourceTerm(item), Field.Store.NO));
        }
        return doc;
    }

    /**
     * An item whose source id is longer than one Lucene term may be (32,766 UTF-8 bytes) cannot be classified: the item's
     * index refused it when every item went through Lucene Monitor, and such an item still fails — and is dead-lettered —
     * rather than being classified without its source.
     */
    private static void requireIndexableSource(ItemText item) {
        if (item.source() != null && !item.source().isBlank()) {
            String source = sourceTerm(item);
            int bytes = UnicodeUtil.calcUTF16toUTF8Length(source, 0, source.length());
            if (bytes > IndexWriter.MAX_TERM_LENGTH) {
                throw new IllegalArgumentException("source id: bytes can be at most " + IndexWriter.MAX_TERM_LENGTH
                        + " in length; got " + bytes);
            }
        }
    }

    /** The item's source as the {@code source} field holds it (rules name sources in lower case). */
    static String sourceTerm(ItemText item) {
        return item.source().toLowerCase(Locale.ROOT);
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        closeAll(languages);
    }

    private static void closeAll(Map<Language, LanguageRules> languages) {
        languages.values().forEach(LanguageRules::close);
    }
}
