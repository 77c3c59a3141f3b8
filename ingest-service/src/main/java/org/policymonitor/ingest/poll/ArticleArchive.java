package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;
import org.policymonitor.ingest.source.SourceDefinition;

import java.util.List;

/** Told which items of a full-text source the broker acknowledged: the archive records their first version. */
@FunctionalInterface
public interface ArticleArchive {

    ArticleArchive NONE = (source, published) -> {
    };

    /** Never throws: an archive failure must not fail the poll (the items are published either way). */
    void firstVersions(SourceDefinition source, List<FeedItem> published);
}
