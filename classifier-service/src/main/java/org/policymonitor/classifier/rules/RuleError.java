package org.policymonitor.classifier.rules;

/**
 * Why a rule (or the ruleset, when {@code ruleId} is null) cannot be used.
 *
 * @param ruleId  the rule, or null for an error of the file itself
 * @param message what is wrong, with the parser's own words where it has some
 */
public record RuleError(String ruleId, String message) {

    @Override
    public String toString() {
        return ruleId == null ? message : ruleId + ": " + message;
    }
}
