package org.policymonitor.alert.subscription;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A subscription as clients send it (create and full update).
 *
 * @param secret webhook signing secret; write-only (on update, omit it to keep the current one)
 * @param digest for mode {@code digest}: {@code {"period":"hourly"}} or {@code {"period":"daily","at":"08:30","timeZone":"Europe/Minsk"}}
 * @param oncePerStory at most one alert per story (the first matching version); default false: one per item
 * @param changes      also alert on edits, removals and restorations of matching items; default false
 * @param updatedAt    on update, the {@code updatedAt} the subscription was read with (optional): a 409 when it was
 *                     saved since, instead of overwriting that change
 */
// a subscription read from the API and sent back whole (GET, change, PUT) carries the view's read-only fields
@JsonIgnoreProperties({"id", "secretSet", "createdAt"})
public record SubscriptionRequest(String name, String channel, String email, String url, String secret,
                                  List<String> themes, List<String> sources, List<String> languages,
                                  String mode, Digest digest, Boolean sourceHealth, Boolean enabled,
                                  Boolean oncePerStory, Boolean changes, Instant updatedAt) {

    public SubscriptionRequest(String name, String channel, String email, String url, String secret,
                               List<String> themes, List<String> sources, List<String> languages,
                               String mode, Digest digest, Boolean sourceHealth, Boolean enabled,
                               Boolean oncePerStory, Boolean changes) {
        this(name, channel, email, url, secret, themes, sources, languages, mode, digest, sourceHealth, enabled,
                oncePerStory, changes, null);
    }

    public SubscriptionRequest(String name, String channel, String email, String url, String secret,
                               List<String> themes, List<String> sources, List<String> languages,
                               String mode, Digest digest, Boolean sourceHealth, Boolean enabled,
                               Boolean oncePerStory) {
        this(name, channel, email, url, secret, themes, sources, languages, mode, digest, sourceHealth, enabled,
                oncePerStory, null);
    }

    public SubscriptionRequest(String name, String channel, String email, String url, String secret,
                               List<String> themes, List<String> sources, List<String> languages,
                               String mode, Digest digest, Boolean sourceHealth, Boolean enabled) {
        this(name, channel, email, url, secret, themes, sources, languages, mode, digest, sourceHealth, enabled, null);
    }

    /** When digests go out. */
    public record Digest(String period, String at, String timeZone) {
    }

    @Override
    public String toString() {
        // never print the secret
        return "SubscriptionRequest[name=" + name + ", channel=" + channel + ", email=" + email + ", url=" + url
                + ", secret=" + (secret == null ? "null" : "***") + ", themes=" + themes + ", sources=" + sources
                + ", languages=" + languages + ", mode=" + mode + ", digest=" + digest + ", sourceHealth="
                + sourceHealth + ", enabled=" + enabled + ", oncePerStory=" + oncePerStory + ", changes=" + changes + ", updatedAt=" + updatedAt + "]";
    }
}
