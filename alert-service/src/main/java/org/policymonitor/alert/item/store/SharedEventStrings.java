package org.policymonitor.alert.item.store;

import org.policymonitor.alert.story.SharedKeys;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Evidence;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Tag;

import java.util.ArrayList;
import java.util.List;

/**
 * The small strings a classified item repeats from item to item — its source, language, categories and author, its
 * tags' themes and rules, its evidence's fields, matched texts and rules — held once among the items one thread
 * prepares. The JSON parser makes a new string for every value, and a prepared batch waits for the storing line and is
 * promoted to the old generation with everything it holds (BENCHMARK.md "perf13", "perf15"): shared, these are promoted
 * once. The item returned equals the one given (equal strings, same values): only the instances differ. The texts, ids,
 * links and raw dates, which do not repeat, are kept as parsed. Not thread-safe: one per {@link PreparedItem.Preparer}.
 */
final class SharedEventStrings {

    private final SharedKeys strings = new SharedKeys(); // bounded: forgotten all at once when full

    ClassifiedItem share(ClassifiedItem c) {
        FeedItem i = c.item();
        FeedItem item = new FeedItem(i.schemaVersion(), i.id(), of(i.sourceId()), of(i.sourceName()), i.link(),
                i.guid(), i.title(), i.summary(), i.content(), of(i.language()), all(i.categories()), of(i.author()),
                i.publishedAt(), i.publishedRaw(), i.fetchedAt(), i.version());
        List<Tag> tags = new ArrayList<>(c.tags().size());
        for (Tag t : c.tags()) {
            List<Evidence> evidence = new ArrayList<>(t.evidence().size());
            for (Evidence e : t.evidence()) {
                evidence.add(new Evidence(of(e.field()), of(e.text()), e.start(), e.end(), of(e.rule())));
            }
            tags.add(new Tag(of(t.theme()), all(t.rules()), evidence));
        }
        return new ClassifiedItem(c.schemaVersion(), item, tags, of(c.rulesetVersion()), c.classifiedAt(),
                of(c.analysedLanguage()));
    }

    private String of(String s) {
        return s == null ? null : strings.of(s);
    }

    private List<String> all(List<String> list) {
        return list.isEmpty() ? list : list.stream().map(this::of).toList();
    }
}
