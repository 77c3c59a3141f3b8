/**
 * Full text of items: fetching an item's article page politely (robots.txt, the feeds' limits and address rules)
 * and extracting its main text as normalised plain text. Plain Java, testable without Quarkus.
 */
package org.policymonitor.ingest.article;
