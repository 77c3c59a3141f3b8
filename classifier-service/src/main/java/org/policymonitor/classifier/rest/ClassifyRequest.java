package org.policymonitor.classifier.rest;

/** An analyst's text to classify. At least one of title, summary and content is required. */
public record ClassifyRequest(String title, String summary, String content, String language, String source) {
}
