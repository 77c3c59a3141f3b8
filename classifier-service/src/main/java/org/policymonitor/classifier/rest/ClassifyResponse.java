package org.policymonitor.classifier.rest;

import org.policymonitor.events.Tag;

import java.util.List;

/**
 * The tags (theme, rules that fired, evidence), the ruleset version that decided them, and the language the text was
 * analysed in ({@code en}, {@code ru}, {@code be}: the request's language, corrected by the text's letters).
 */
public record ClassifyResponse(List<Tag> tags, String rulesetVersion, String language) {
}
