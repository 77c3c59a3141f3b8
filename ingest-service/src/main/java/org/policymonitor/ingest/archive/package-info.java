/**
 * The archive of full-text articles: every version of each article's main text in PostgreSQL, re-checks at
 * increasing intervals after first sight, and the edits, removals and restorations they find, published to
 * {@code policy.items.changed} (edits also to {@code policy.items.raw}, so the classifier re-tags the new text).
 */
package org.policymonitor.ingest.archive;
