package org.policymonitor.classifier.engine;

import org.policymonitor.events.Tag;

import java.util.List;

/** The themes an item was tagged with (possibly none) and the version of the ruleset that decided. */
public record Classification(List<Tag> tags, String rulesetVersion) {

    public Classification {
        tags = List.copyOf(tags);
    }

    public List<String> themes() {
        return tags.stream().map(Tag::theme).toList();
    }
}
