package org.policymonitor.classifier.engine;

import org.policymonitor.classifier.analysis.Language;
import org.policymonitor.events.Tag;

import java.util.List;

/**
 * The themes an item was tagged with (possibly none), the version of the ruleset that decided, and the language
 * the text was analysed in (its label, corrected by its letters: {@code RuleEngine.language}).
 */
public record Classification(List<Tag> tags, String rulesetVersion, Language language) {

    public Classification {
        tags = List.copyOf(tags);
    }

    public List<String> themes() {
        return tags.stream().map(Tag::theme).toList();
    }

    /**
     * The analysed language as the classified event reports it ({@code ClassifiedItem.analysedLanguage}), for an
     * item with this label: when the label is one of the rules' languages (then the letters may have corrected it:
     * a {@code ru} listing's Belarusian item) or missing (then the letters decided). A label of another language
     * ({@code de}, {@code uk}) is kept: the classifier only approximates such a text with the nearest chain, which
     * says nothing about the language it is written in.
     */
    public String reportedLanguage(String label) {
        boolean unlabelled = label == null || label.isBlank();
        return unlabelled || Language.fromCode(label).isPresent() ? language.code() : null;
    }
}
