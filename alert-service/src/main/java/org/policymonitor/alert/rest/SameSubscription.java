package org.policymonitor.alert.rest;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.policymonitor.alert.subscription.Channel;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A new subscription that would send the same alerts, to the same address, at the same times as one that exists: the
 * POST of a client that retries after a timeout (its first attempt was saved), or a form sent twice. Saved, it was a
 * second subscription beside the first, and every alert reached its receiver twice; it is a 409 naming the one that
 * exists (the problem's {@code subscriptionId}), so that the retrying client reads that one. "The same" is everything
 * that decides which alerts go where and when — channel, address, the filters as sets, mode and digest schedule, the
 * flags, enabled — but the name and a webhook's secret, which change neither.
 */
final class SameSubscription {

    /** Serialises creations, across instances, so that two retries sent at once are not both the first. */
    private static final long CREATION_LOCK = 0x50b5_c41bL;

    private SameSubscription() {
    }

    /**
     * Takes the creation lock for the rest of the transaction, then refuses {@code candidate} if an existing
     * subscription is the same.
     *
     * @throws ProblemException 409 naming the existing subscription
     */
    static void refuseIfExists(SubscriptionEntity candidate, EntityManager em) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CREATION_LOCK);
                lock.execute();
            }
        });
        boolean email = Channel.EMAIL.wire().equals(candidate.channel);
        List<SubscriptionEntity> sameTarget = email
                ? SubscriptionEntity.list("channel = ?1 and lower(email) = lower(?2)", candidate.channel, candidate.email)
                : SubscriptionEntity.list("channel = ?1 and url = ?2", candidate.channel, candidate.url);
        for (SubscriptionEntity existing : sameTarget) {
            if (sameAlerts(existing, candidate)) {
                throw new ProblemException(Problem.of(409, "subscription " + existing.id + " (\"" + existing.name
                        + "\") already sends these alerts to " + (email ? existing.email : existing.url) + ": read it "
                        + "with GET /api/subscriptions/" + existing.id + ", change it with PUT")
                        .with("subscriptionId", existing.id));
            }
        }
    }

    private static boolean sameAlerts(SubscriptionEntity a, SubscriptionEntity b) {
        return asSet(a.themes).equals(asSet(b.themes))
                && asSet(a.sources).equals(asSet(b.sources))
                && Set.copyOf(a.filter().languages()).equals(Set.copyOf(b.filter().languages()))
                && Objects.equals(a.mode, b.mode)
                && Objects.equals(a.digestSchedule(), b.digestSchedule())
                && a.sourceHealth == b.sourceHealth
                && a.oncePerStory == b.oncePerStory
                && a.changes == b.changes
                && a.enabled == b.enabled;
    }

    private static Set<String> asSet(String[] values) {
        return new HashSet<>(Arrays.asList(values));
    }
}
