package org.policymonitor.ingest.source;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sources in force: what the catalogue file said when it was last loaded successfully.
 *
 * @param origin   where it came from (a file path or "classpath:sources.yaml")
 * @param checksum SHA-256 of the file's bytes, to tell whether a reload changed anything
 */
public record SourceCatalogue(int version, List<SourceDefinition> sources, String origin, String checksum,
                              Instant loadedAt) {

    public SourceCatalogue {
        sources = List.copyOf(sources);
    }

    public Optional<SourceDefinition> find(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<SourceDefinition> enabled() {
        return sources.stream().filter(SourceDefinition::enabled).toList();
    }
}
