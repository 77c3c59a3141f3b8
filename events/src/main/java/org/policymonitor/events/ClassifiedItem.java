package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An item with the themes it was tagged with, as published to {@code policy.items.classified}
 * (key = item id). Items with no tag are published too.
 *
 * @param analysedLanguage the language the classifier analysed the text in ({@code en}, {@code ru}, {@code be}) when
 *                         that is not the item's label: a listing catalogued as {@code ru} carries Belarusian items,
 *                         an unlabelled item is read from its letters. Absent (records of older classifiers, and items
 *                         read as labelled) means "as labelled": {@link #language()} is then the item's own. Added
 *                         without a new schema version: it changes nothing old, and an older consumer that ignores it
 *                         stores the label as it always did.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClassifiedItem(
        int schemaVersion,
        FeedItem item,
        List<Tag> tags,
        String rulesetVersion,
        Instant classifiedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String analysedLanguage) {

    public static final int SCHEMA_VERSION = 1;

    public ClassifiedItem {
        Objects.requireNonNull(item, "item");
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (analysedLanguage != null && (analysedLanguage.isBlank()
                || sameLanguage(analysedLanguage, item.language()))) {
            analysedLanguage = null; // the label said it already (and "ru-RU" keeps its region)
        }
    }

    /** An item read as labelled. */
    public ClassifiedItem(FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt) {
        this(SCHEMA_VERSION, item, tags, rulesetVersion, classifiedAt, null);
    }

    public ClassifiedItem(FeedItem item, List<Tag> tags, String rulesetVersion, Instant classifiedAt,
                          String analysedLanguage) {
        this(SCHEMA_VERSION, item, tags, rulesetVersion, classifiedAt, analysedLanguage);
    }

    @JsonIgnore
    public List<String> themes() {
        return tags.stream().map(Tag::theme).toList();
    }

    /**
     * The language the item is written in as far as the system knows: the language the classifier analysed it in,
     * else the source's label ({@code item().language()}). What consumers store, filter and group by.
     */
    @JsonIgnore
    public String language() {
        return analysedLanguage != null ? analysedLanguage : item.language();
    }

    /** Two language tags of one language: the same primary subtag ({@code ru-RU} and {@code ru}). */
    private static boolean sameLanguage(String a, String b) {
        String primary = LanguageTags.primary(a);
        return primary != null && primary.equals(LanguageTags.primary(b));
    }
}
