package org.policymonitor.classifier.rest;

import jakarta.enterprise.context.ApplicationScoped;
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
            // a rule's preview shows its own theme only, not the required themes that run beside it
            String shown = request.rule() != null ? candidateRule(request.rule()).theme() : null;
            List<PreviewMatch> matches = new ArrayList<>();
            for (ItemText item : items) {
                List<Tag> tags = candidate.classify(item).tags().stream()
                        .filter(tag -> shown == null || tag.theme().equals(shown)).toList();
                if (!tags.isEmpty()) {
                    matches.add(new PreviewMatch(item.id(), item.title(), item.language(), item.source(), tags));
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

    private static RuleDefinition candidateRule(RuleDefinition rule) {
        return rule.theme() == null || rule.theme().isBlank() ? rule.withTheme(CANDIDATE_THEME) : rule;
    }

    /**
     * The candidate beside the themes it {@code requires}, with their rules in force that need no other theme — the
     * rules that decide whether the item has the required theme. Alone, a rule with {@code requires:} never fired in
     * a preview (until 7 Dec 2026), although the README recommends it over repeating a theme's terms.
     */
    private RuleEngine engineForRule(RuleDefinition rule) throws InvalidRulesetException {
        RuleDefinition candidate = candidateRule(rule);
        RulesetDefinition current = rulesets.engine().ruleset();
        List<CompiledRule> compiled = new ArrayList<>();
        List<ThemeDefinition> themes = new ArrayList<>();
        try {
            compiled.add(RuleCompiler.compile(candidate, current.aliases()));
            for (String required : candidate.requires().stream().distinct().toList()) {
                ThemeDefinition theme = current.themes().stream().filter(t -> t.id().equals(required)).findFirst()
                        .filter(t -> !t.id().equals(candidate.theme()))
                        .orElseThrow(() -> new InvalidRuleException(
                                new RuleError(candidate.id(), "requires unknown theme " + required)));
                List<RuleDefinition> deciding = theme.rules().stream()
                        .filter(r -> r.requires().isEmpty() && !r.id().equals(candidate.id())).toList();
                for (RuleDefinition r : deciding) {
                    compiled.add(RuleCompiler.compile(r, current.aliases()));
                }
                themes.add(new ThemeDefinition(theme.id(), theme.name(), null, List.of(), deciding));
            }
        } catch (InvalidRuleException e) {
            throw new InvalidRulesetException(List.of(e.error()));
        }
        themes.add(new ThemeDefinition(candidate.theme(), candidate.theme(), null, List.of(), List.of(candidate)));
        RulesetDefinition single = new RulesetDefinition("candidate", "candidate rule", current.aliases(), themes);
        return RuleEngine.build(single, compiled);
    }

    private static RuleEngine engineForRuleset(String yaml) throws InvalidRulesetException {
        return RuleEngine.build(RulesetParser.parse(yaml));
    }
}
