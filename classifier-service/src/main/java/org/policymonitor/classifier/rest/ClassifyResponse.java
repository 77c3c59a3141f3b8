package org.policymonitor.classifier.rest;

import org.policymonitor.events.Tag;

import java.util.List;

/** The tags (theme, rules that fired, evidence) and the ruleset version that decided them. */
public record ClassifyResponse(List<Tag> tags, String rulesetVersion) {
}
