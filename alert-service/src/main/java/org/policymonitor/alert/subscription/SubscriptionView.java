package org.policymonitor.alert.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/** A subscription as the API shows it: the webhook secret is never included, only whether one is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(Long id, String name, String channel, String email, String url, Boolean secretSet,
                               List<String> themes, List<String> sources, List<String> languages, String mode,
                               SubscriptionRequest.Digest digest, boolean sourceHealth, boolean enabled,
                               boolean oncePerStory, Instant createdAt, Instant updatedAt, boolean changes) {

    public static SubscriptionView of(SubscriptionEntity s) {
        boolean webhook = Channel.WEBHOOK.wire().equals(s.channel);
        return new SubscriptionView(s.id, s.name, s.channel, s.email, s.url, webhook ? s.secret != null : null,
                List.of(s.themes), List.of(s.sources), List.of(s.languages), s.mode,
                s.isDigest() ? new SubscriptionRequest.Digest(s.digestPeriod, s.digestTime, s.timeZone) : null,
                s.sourceHealth, s.enabled, s.oncePerStory, s.createdAt, s.updatedAt, s.changes);
    }
}
