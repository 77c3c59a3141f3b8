/**
 * Classification: the rule engine (reverse search: rules indexed by their terms, matched on each item's terms) and the
 * beans that hold the ruleset in force, reload it and classify with it. Builds on {@code rules} and {@code analysis}.
 */
package org.policymonitor.classifier.engine;
