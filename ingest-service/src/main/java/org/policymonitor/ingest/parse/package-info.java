/**
 * Reading documents into items: RSS/Atom feeds and HTML listings, their character sets, dates and HTML text.
 * Plain Java, testable without Quarkus.
 */
package org.policymonitor.ingest.parse;
