package org.policymonitor.classifier.rules;

/** One rule that cannot be compiled. */
public class InvalidRuleException extends Exception {

    private final transient RuleError error;

    public InvalidRuleException(RuleError error) {
        super(error.toString());
        this.error = error;
    }

    public RuleError error() {
        return error;
    }
}
