package org.policymonitor.ingest.article;

import org.policymonitor.ingest.source.SourceDefinition;

/**
 * Fetches an item's article page and extracts its main text, with the same politeness, limits and address rules
 * as feeds and honouring {@code robots.txt}. Used on first sight of an item of a full-text source and by the
 * archive's re-checks. Never throws for anything the page or the network does: the outcome says what happened.
 */
public interface ArticleReader {

    /**
     * @param source the item's source (its {@code contentSelector}, timezone and politeness settings apply)
     * @param url    the item's canonical link
     */
    ArticleText read(SourceDefinition source, String url);
}
