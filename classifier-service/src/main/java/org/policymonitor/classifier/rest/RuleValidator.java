package org.policymonitor.classifier.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.policymonitor.classifier.engine.Classification;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.classifier.engine.RecentItems;
import org.policymonitor.classifier.engine.RuleEngine;
import org.policymonitor.classifier.engine.RulesetRegistry;
import org.policymonitor.classifier.rules.CompiledRule;
import org.policymonitor.classifier.rules.InvalidRuleException;
import org.policymonitor.classifier.rules.InvalidRulesetException;
import org.policymonitor.classifier.rules.RuleCompiler;
import org.policymonitor.classifier.rules.RuleDefinition;
import org.policymonitor.classifier.rules.RuleError;
import org.policymonitor.classifier.rules.RulesetDefinition;
import org.policymonitor.classifier.rules.RulesetParser;
import org.policymonitor.classifier.rules.ThemeDefinition;
import org.policymonitor.events.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a candidate rule (with the aliases of the ruleset in force) or a whole candidate ruleset, and
 * previews it on the recently classified feed items: which items it would tag, with the evidence.
 * Nothing goes live: the candidate runs in an engine of its own that is closed afterwards.
 */
@ApplicationScoped
public class RuleValidator {

    /** A candidate {@code rule} or {@code ruleset} (YAML text); {@code limit} caps the preview items. */
    public record ValidationRequest(RuleDefinition rule, String ruleset, Integer limit) {
    }

    /** One recent item the candidate tags. */
    public record PreviewMatch(String itemId, String title, String language, String source, List<Tag> tags) {
    }

    public record ValidationResult(boolean valid, String version, List<RuleError> errors, int checkedItems,
                                   List<PreviewMatch> matches) {
    }

    static final String CANDIDATE_THEME = "candidate";

    private final RulesetRegistry rulesets;
    private final RecentItems recent;

    public ValidationResult validate(ValidationRequest request) {
        try (RuleEngine candidate = request.rule() != null ? engineForRule(request.rule()) : engineForRuleset(request.ruleset())) {
            List<ItemText> items = recent.snapshot();
            if (request.limit() != null && request.limit() < items.size()) {
                items = items.subList(0, request.limit());
            }
            List<PreviewMatch> matches = new ArrayList<>();
            for (ItemText item : items) {
                Classification c = candidate.classify(item);
                if (!c.tags().isEmpty()) {
                    matches.add(new PreviewMatch(item.id(), item.title(), item.language(), item.source(), c.tags()));
                }
            }
            return new ValidationResult(true, candidate.version(), List.of(), items.size(), matches);
        } catch (InvalidRulesetException e) {
            return new ValidationResult(false, null, e.errors(), 0, List.of());
        }
    }

    public RuleValidator(RulesetRegistry rulesets, RecentItems recent) {
        this.rulesets = rulesets;
        this.recent = recent;
    }

    private RuleEngine engineForRule(RuleDefinition rule) throws InvalidRulesetException {
        RuleDefinition candidate = rule.theme() == null || rule.theme().isBlank() ? rule.withTheme(CANDIDATE_THEME) : rule;
        RulesetDefinition current = rulesets.engine().ruleset();
        CompiledRule compiled;
        try {
            compiled = RuleCompiler.compile(candidate, current.aliases());
        } catch (InvalidRuleException e) {
            throw new InvalidRulesetException(List.of(e.error()));
        }
        RulesetDefinition single = new RulesetDefinition("candidate", "candidate rule", current.aliases(),
                List.of(new ThemeDefinition(candidate.theme(), candidate.theme(), null, List.of(), List.of(candidate))));
        return RuleEngine.build(single, List.of(compiled));
    }

    private static RuleEngine engineForRuleset(String yaml) throws InvalidRulesetException {
        return RuleEngine.build(RulesetParser.parse(yaml));
    }
}
