package org.policymonitor.classifier.engine;

import org.policymonitor.events.FeedItem;

/**
 * What the engine reads of an item. Null fields are treated as empty.
 *
 * @param language declared language code (en, ru, be); when missing or another language it is guessed
 * @param source   source id, for source-scoped rules
 */
public record ItemText(String id, String title, String summary, String content, String language, String source) {

    public static ItemText of(FeedItem item) {
        return new ItemText(item.id(), item.title(), item.summary(), item.content(), item.language(), item.sourceId());
    }

    /** The text of a field by its name (title, summary, content). */
    public String field(String name) {
        String value = switch (name) {
            case "title" -> title;
            case "summary" -> summary;
            case "content" -> content;
            default -> null;
        };
        return value == null ? "" : value;
    }
}
