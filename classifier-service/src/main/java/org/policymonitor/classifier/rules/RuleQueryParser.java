package org.policymonitor.classifier.rules;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.policymonitor.classifier.analysis.Fields;
import org.policymonitor.classifier.analysis.Language;

import java.util.List;

/**
 * Lucene's classic query parser for one language: unscoped terms search the rule's default fields, and the
 * field names analysts write ({@code title:}, {@code summary:}, {@code content:}, {@code source:}) are
 * mapped to the language's index fields ({@code title.ru}). Any other field name is a parse error.
 */
final class RuleQueryParser extends MultiFieldQueryParser {

    private final Language language;

    RuleQueryParser(Language language, List<String> defaultFields, Analyzer analyzer) {
        super(defaultFields.stream().map(f -> Fields.indexed(f, language)).toArray(String[]::new), analyzer);
        this.language = language;
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(true); // «чат-бот» written without quotes stays a phrase
    }

    private String map(String field) throws ParseException {
        if (field == null || field.equals(Fields.SOURCE)) {
            return field;
        }
        if (Fields.TEXT.contains(field)) {
            return Fields.indexed(field, language);
        }
        if (Fields.indexed(Fields.ALL, language).equals(field)
                || Fields.TEXT.stream().anyMatch(f -> Fields.indexed(f, language).equals(field))) {
            return field; // already mapped (MultiFieldQueryParser expanding the default fields)
        }
        throw new ParseException("unknown field '" + field + "' (use title, summary, content or source)");
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return super.getFieldQuery(map(field), queryText, slop);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return super.getFieldQuery(map(field), queryText, quoted);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(map(field), termStr, minSimilarity);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(map(field), termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(map(field), termStr);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(map(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        return super.getRangeQuery(map(field), part1, part2, startInclusive, endInclusive);
    }
}
