/**
 * Texts several modules' tests share as data: the system benchmark's news items, which the classifier's engine
 * corpus measures and pins too.
 */
package org.policymonitor.testing.corpus;
