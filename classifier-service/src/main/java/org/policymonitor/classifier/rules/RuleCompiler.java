package org.policymonitor.classifier.rules;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.policymonitor.classifier.analysis.Fields;
import org.policymonitor.classifier.analysis.IndexAnalyzer;
import org.policymonitor.classifier.analysis.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns rule definitions into Lucene queries. A rule is parsed once per language it applies to, with that
 * language's analysis and fields; the per-language queries are OR-ed, and a source restriction is AND-ed.
 */
public final class RuleCompiler {

    private static final Pattern ALIAS = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final int MAX_ALIAS_DEPTH = 5;
    /**
     * Terms one rule's query may hold. Lucene's default (1,024) refused a watch-list theme of a few thousand names
     * with «too many boolean clauses»; the limit is JVM-wide and this service is the only Lucene user of its JVM, so
     * it is raised before any rule is parsed or matched (a rule's terms cost per item only when it is a candidate).
     */
    public static final int MAX_TERMS_PER_RULE = 100_000;
    /**
     * Characters of one query with its aliases expanded (room for the terms above). Aliases that name each other
     * many times multiply: 20 names a level over four levels made 1 MB of query from 400 bytes of file and took 8 s
     * to compile, 200 a level would outgrow the heap — through a reload or {@code POST /api/rules/validate}.
     */
    public static final int MAX_EXPANDED_QUERY_CHARS = 1_000_000;
    /**
     * Parentheses one query may nest. The classic parser descends the stack once per level: 50,000 of them threw a
     * StackOverflowError out of the reload and the validate endpoint instead of a refusal naming the rule.
     */
    public static final int MAX_NESTING = 100;

    static {
        IndexSearcher.setMaxClauseCount(MAX_TERMS_PER_RULE);
    }

    private RuleCompiler() {
    }

    /** Compiles every rule of a ruleset, collecting every error. */
    public static List<CompiledRule> compileAll(RulesetDefinition ruleset) throws InvalidRulesetException {
        List<CompiledRule> compiled = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>(RulesetParser.checkIds(ruleset.rules().toList()));
        for (RuleDefinition rule : ruleset.rules().toList()) {
            try {
                compiled.add(compile(rule, ruleset.aliases()));
            } catch (InvalidRuleException e) {
                errors.add(e.error());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRulesetException(errors.stream().distinct().toList());
        }
        return compiled;
    }

    public static CompiledRule compile(RuleDefinition rule, Map<String, Map<String, String>> aliases)
            throws InvalidRuleException {
        List<RuleError> structural = RulesetParser.checkRule(rule);
        if (!structural.isEmpty()) {
            throw new InvalidRuleException(structural.get(0));
        }
        List<String> fields = rule.fields().isEmpty() ? List.of(Fields.ALL) : rule.fields();
        Query sourceFilter = null;
        if (!rule.sources().isEmpty()) {
            List<Query> sources = rule.sources().stream()
                    .<Query>map(s -> new TermQuery(new Term(Fields.SOURCE, s.toLowerCase(Locale.ROOT))))
                    .toList();
            sourceFilter = sources.size() == 1 ? sources.get(0) : anyOf(sources);
        }
        Map<Language, Query> perLanguage = new EnumMap<>(Language.class);
        for (Language language : languages(rule)) {
            String text = expandAliases(rule, rule.query(), language, aliases, 0);
            requireShallow(rule, text, language);
            Query query;
            try {
                query = new RuleQueryParser(language, fields, IndexAnalyzer.get()).parse(text);
            } catch (ParseException | RuntimeException e) {
                String reason = parserMessage(e.getMessage());
                if (e instanceof IndexSearcher.TooManyClauses || e.getCause() instanceof IndexSearcher.TooManyClauses) {
                    reason = "more than " + MAX_TERMS_PER_RULE + " terms in one query: split it into several rules";
                }
                throw new InvalidRuleException(new RuleError(rule.id(), "cannot parse the "
                        + language.code() + " query: " + reason
                        + (text.equals(rule.query()) ? "" : " (columns count in the query with ${aliases} expanded)")));
            }
            if (query instanceof MatchNoDocsQuery || isEmpty(query)) {
                throw new InvalidRuleException(new RuleError(rule.id(), "the " + language.code()
                        + " query has no searchable term"));
            }
            if (!hasPositiveClause(query)) {
                throw new InvalidRuleException(new RuleError(rule.id(), "the " + language.code()
                        + " query only excludes (a lone NOT matches nothing): add what it must match"));
            }
            if (sourceFilter != null) {
                query = new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.MUST)
                        .add(sourceFilter, BooleanClause.Occur.MUST)
                        .build();
            }
            perLanguage.put(language, query);
        }
        return new CompiledRule(rule, perLanguage);
    }

    /** The languages a rule is matched in: its own list, or all when empty or {@code any}. */
    public static Set<Language> languages(RuleDefinition rule) {
        if (rule.languages().isEmpty() || rule.languages().contains("any")) {
            return EnumSet.allOf(Language.class);
        }
        EnumSet<Language> set = EnumSet.noneOf(Language.class);
        rule.languages().forEach(code -> Language.fromCode(code).ifPresent(set::add));
        return set;
    }

    private static String expandAliases(RuleDefinition rule, String text, Language language,
                                        Map<String, Map<String, String>> aliases, int depth) throws InvalidRuleException {
        Matcher m = ALIAS.matcher(text);
        if (!m.find()) {
            return requireBounded(rule, text, language);
        }
        if (depth >= MAX_ALIAS_DEPTH) {
            throw new InvalidRuleException(new RuleError(rule.id(), "aliases nested deeper than "
                    + MAX_ALIAS_DEPTH + " (a cycle?)"));
        }
        StringBuilder out = new StringBuilder();
        m.reset();
        while (m.find()) {
            Map<String, String> variants = aliases.get(m.group(1));
            if (variants == null) {
                throw new InvalidRuleException(new RuleError(rule.id(), "unknown alias ${" + m.group(1) + "}"));
            }
            String variant = variants.getOrDefault(language.code(), variants.get("any"));
            if (variant == null) {
                throw new InvalidRuleException(new RuleError(rule.id(), "alias ${" + m.group(1)
                        + "} has no " + language.code() + " variant (the rule applies to " + language.code() + ")"));
            }
            String expanded = expandAliases(rule, variant, language, aliases, depth + 1);
            m.appendReplacement(out, Matcher.quoteReplacement("(" + expanded + ")"));
            // checked as it grows, so that a multiplying alias stops at the limit, not after filling the heap
            requireBounded(rule, out, language);
        }
        m.appendTail(out);
        return requireBounded(rule, out, language).toString();
    }

    /** Counts the nesting of parentheses outside quoted phrases and escapes, as the parser will descend it. */
    private static void requireShallow(RuleDefinition rule, String query, Language language) throws InvalidRuleException {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
                throw new InvalidRuleException(new RuleError(rule.id(), "the " + language.code()
                        + " query nests parentheses deeper than " + MAX_NESTING + " levels"
                        + " (with ${aliases} expanded, each one level)"));
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    private static <T extends CharSequence> T requireBounded(RuleDefinition rule, T query, Language language)
            throws InvalidRuleException {
        if (query.length() > MAX_EXPANDED_QUERY_CHARS) {
            throw new InvalidRuleException(new RuleError(rule.id(), "the " + language.code() + " query is more than "
                    + MAX_EXPANDED_QUERY_CHARS + " characters with its ${aliases} expanded (an alias naming another"
                    + " many times multiplies it): split the rule or name the alias once"));
        }
        return query;
    }

    private static Query anyOf(List<Query> queries) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        queries.forEach(q -> builder.add(q, BooleanClause.Occur.SHOULD));
        return builder.build();
    }

    private static boolean isEmpty(Query query) {
        return query instanceof BooleanQuery bq && bq.clauses().isEmpty();
    }

    private static boolean hasPositiveClause(Query query) {
        if (query instanceof BooleanQuery bq) {
            return bq.clauses().stream()
                    .anyMatch(c -> c.getOccur() != BooleanClause.Occur.MUST_NOT && hasPositiveClause(c.getQuery()));
        }
        return !(query instanceof MatchNoDocsQuery);
    }

    /** The parser's reason without its echo of the whole query («Cannot parse '…': »). */
    private static String parserMessage(String message) {
        String line = firstLine(message);
        int echoEnd = line.startsWith("Cannot parse '") ? line.lastIndexOf("': ") : -1;
        return echoEnd < 0 ? line : line.substring(echoEnd + 3);
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
