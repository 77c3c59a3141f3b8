package org.policymonitor.alert.story;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the grouping knows of an item: its language and time, its canonical link, a SimHash of its words and its keys.
 * Keys carry their kind in a prefix, and the kind gives the weight ({@link Keys#weight}):
 * {@code a:decree:17} (an act), {@code #1500} / {@code #30%} (a number), {@code c:org:oac} (a glossary concept),
 * {@code n:krnk} (a name's skeleton), {@code w:ru:кибер} (a word, compared only within one language).
 * <p>
 * Immutable, and compared by these five values as a record would be; a class only so that what the matcher reads of
 * the keys ({@link KeyProfile}) is read once per item, not once per pair: an item is scored against up to
 * {@link StoryIndex#MAX_CANDIDATES} candidates, and a cached member against the items of many batches.
 */
public final class StoryFeatures {

    private final String language;
    private final Instant at;
    private final String link;
    private final long simhash;
    private final Set<String> keys;
    /** Filled on first use; a race only reads the keys twice (the profile is immutable, its fields final). */
    private KeyProfile profile;
    /** Filled on first use of {@link #indexedKeys}. */
    private List<String> indexed;

    /** @param keys without duplicates (a set; or {@link SharedKeys#of} of one, whose order it keeps) */
    public StoryFeatures(String language, Instant at, String link, long simhash, Collection<String> keys) {
        this.language = language;
        this.at = at;
        this.link = link;
        this.simhash = simhash;
        this.keys = Set.copyOf(keys);
    }

    public String language() {
        return language;
    }

    public Instant at() {
        return at;
    }

    public String link() {
        return link;
    }

    public long simhash() {
        return simhash;
    }

    public Set<String> keys() {
        return keys;
    }

    /** {@link Keys#indexed} of these features, computed once (same race as {@link #profile}). */
    List<String> indexedKeys() {
        List<String> k = indexed;
        if (k == null) {
            k = List.copyOf(Keys.indexed(this));
            indexed = k;
        }
        return k;
    }

    /**
     * Computes now what the grouping derives from these features later (the key profile, the indexed keys), so that
     * a consumer preparing a batch before its storing transaction spares the transaction that work.
     */
    public StoryFeatures readied() {
        profile();
        indexedKeys();
        return this;
    }

    /**
     * These features at another time (as a member row keeps it: to the microsecond), sharing the key profile and the
     * indexed keys, which do not depend on the time: a batch's grouped items go to the member cache this way, and
     * making their profile again cost the storing line a profile per item and the old generation its copy (perf15).
     */
    StoryFeatures withTime(Instant time) {
        if (time.equals(at)) {
            return this;
        }
        StoryFeatures f = new StoryFeatures(language, time, link, simhash, keys);
        f.profile = profile;
        f.indexed = indexed;
        return f;
    }

    /** What the matcher reads of this item's keys and link, read once. */
    KeyProfile profile() {
        KeyProfile p = profile;
        if (p == null) {
            p = new KeyProfile(keys, link);
            profile = p;
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryFeatures f && simhash == f.simhash && Objects.equals(language, f.language)
                && Objects.equals(at, f.at) && Objects.equals(link, f.link) && keys.equals(f.keys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, at, link, simhash, keys);
    }

    @Override
    public String toString() {
        return "StoryFeatures[language=" + language + ", at=" + at + ", link=" + link + ", simhash=" + simhash
                + ", keys=" + keys + "]";
    }
}
