/**
 * The rules file: parsing and validating the YAML catalogue and compiling each rule into a Lucene query per language.
 * Builds on {@code analysis}; knows nothing of matching or of Quarkus.
 */
package org.policymonitor.classifier.rules;
