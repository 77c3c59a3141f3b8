/**
 * Classification: the rule engine (Lucene Monitor reverse search) and the beans that hold the ruleset in force,
 * reload it and classify with it. Builds on {@code rules} and {@code analysis}.
 */
package org.policymonitor.classifier.engine;
