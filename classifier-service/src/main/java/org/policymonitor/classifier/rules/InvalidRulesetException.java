package org.policymonitor.classifier.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A ruleset that cannot be loaded, with every error found (not just the first). */
public class InvalidRulesetException extends Exception {

    private final transient List<RuleError> errors;

    public InvalidRulesetException(List<RuleError> errors) {
        super(errors.stream().map(RuleError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
