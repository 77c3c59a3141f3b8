package org.policymonitor.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.webhook.WebhookAddresses;
import org.policymonitor.platform.net.AddressPolicy;
import org.policymonitor.alert.delivery.DeliveryEntity;
import org.policymonitor.alert.delivery.DeliveryStatus;
import org.policymonitor.alert.subscription.Channel;
import org.policymonitor.alert.subscription.DigestSchedule;
import org.policymonitor.alert.subscription.Mode;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.alert.subscription.SubscriptionRequest;
import org.policymonitor.alert.subscription.SubscriptionValidator;
import org.policymonitor.alert.subscription.SubscriptionView;
import org.policymonitor.alert.subscription.ThemeCatalogue;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Subscriptions: who gets which alerts, by which channel, when. Admins only. */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SubscriptionResource {

    private static final Logger LOG = Logger.getLogger(SubscriptionResource.class);

    @Inject
    ThemeCatalogue themes;

    @Inject
    WebhookAddresses webhookAddresses;

    @GET
    public List<SubscriptionView> list() {
        return SubscriptionEntity.<SubscriptionEntity>list("order by id").stream().map(SubscriptionView::of).toList();
    }

    @GET
    @Path("{id}")
    public SubscriptionView get(@PathParam("id") long id) {
        return SubscriptionView.of(find(id));
    }

    @POST
    @Transactional
    public Response create(SubscriptionRequest request, @Context UriInfo uri) {
        validate(request, true);
        SubscriptionEntity s = new SubscriptionEntity();
        s.createdAt = ReadVersion.now();
        apply(s, request);
        SameSubscription.refuseIfExists(s, SubscriptionEntity.getEntityManager());
        s.persist();
        LOG.infof("subscription %d created (%s, %s)", s.id, s.channel, s.mode);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id)).build())
                .entity(SubscriptionView.of(s)).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    public SubscriptionView update(@PathParam("id") long id, SubscriptionRequest request) {
        SubscriptionEntity s = find(id, LockModeType.PESSIMISTIC_WRITE);
        boolean hasSecret = s.secret != null && Channel.WEBHOOK.wire().equals(request == null ? null : request.channel());
        validate(request, !hasSecret);
        ReadVersion.check("subscription " + id, request.updatedAt(), s.updatedAt, "apply the change to it");
        DigestSchedule before = s.digestSchedule();
        UnwantedWaitingAlerts.Wants wanted = UnwantedWaitingAlerts.Wants.of(s);
        apply(s, request);
        if (!wanted.equals(UnwantedWaitingAlerts.Wants.of(s))) {
            int withdrawn = UnwantedWaitingAlerts.withdraw(s, ReadVersion.now());
            if (withdrawn > 0) {
                LOG.infof("subscription %d: %d waiting alert(s) about what it no longer asks for withdrawn", s.id,
                        withdrawn);
            }
        }
        if (Objects.equals(before, s.digestSchedule())) {
            LOG.infof("subscription %d updated", s.id);
        } else {
            LOG.infof("subscription %d updated; %d waiting alert(s) now follow its new schedule", s.id,
                    followNewSchedule(s));
        }
        return SubscriptionView.of(s);
    }

    /**
     * The item and change alerts still waiting for the old schedule's send time (never sent, not being sent) get the
     * new schedule's: a digest made immediate sends them now, a daily one made hourly at the next hour. They kept the
     * old time, so that the items stored before a switch to immediate waited up to a day for a digest time the
     * subscription no longer had, while those stored after it went out at once. Retries keep their backoff, and a
     * digest already sent once (its rows carry its id) is retried whole as it was; source-health alerts are never
     * held for a digest.
     *
     * @return how many alerts were rescheduled
     */
    private static int followNewSchedule(SubscriptionEntity s) {
        Instant now = ReadVersion.now();
        return DeliveryEntity.update("dueAt = ?1, nextAttemptAt = ?1 where subscriptionId = ?2 and status = ?3 "
                        + "and itemId is not null and digestId is null and attempts = 0 and nextAttemptAt > ?4 "
                        + "and (leasedUntil is null or leasedUntil <= ?4)",
                s.dueAt(now), s.id, DeliveryStatus.PENDING.wire(), now);
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        find(id).delete();
        LOG.infof("subscription %d deleted", id);
        return Response.noContent().build();
    }

    /**
     * Sends a digest now instead of at its next scheduled time (makes its pending deliveries due), except those
     * being sent at this moment; 409 for a disabled subscription.
     */
    @POST
    @Path("{id}/flush")
    @Transactional
    public Map<String, Object> flush(@PathParam("id") long id) {
        SubscriptionEntity s = find(id);
        if (!s.enabled) {
            // its deliveries made due would only die with "subscription disabled"
            throw ProblemException.conflict("subscription " + id + " is disabled: enable it, then flush it");
        }
        Instant now = Instant.now();
        // a leased delivery is being sent right now: making it due would send it a second time beside the first
        int due = DeliveryEntity.update("nextAttemptAt = ?1, dueAt = ?1 where subscriptionId = ?2 and status = ?3 "
                        + "and nextAttemptAt > ?1 and (leasedUntil is null or leasedUntil <= ?1)",
                now, s.id, DeliveryStatus.PENDING.wire());
        return Map.of("subscriptionId", s.id, "deliveriesDueNow", due);
    }

    private void validate(SubscriptionRequest request, boolean secretRequired) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON subscription is required");
        }
        List<Problem.FieldError> errors = new SubscriptionValidator(new HashSet<>(themes.ids()))
                .validate(request, secretRequired);
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        if (Channel.WEBHOOK.wire().equals(request.channel())) {
            try {
                webhookAddresses.policy().checkIfResolvable(URI.create(SubscriptionValidator.webhookUrl(request.url())));
            } catch (AddressPolicy.BlockedAddressException e) {
                throw ProblemException.invalidField("url", e.getMessage()
                        + " (see policy.alert.webhook.allow-private-addresses and allowed-hosts)");
            }
        }
    }

    private static void apply(SubscriptionEntity s, SubscriptionRequest r) {
        s.name = r.name().strip();
        s.channel = r.channel();
        boolean email = Channel.EMAIL.wire().equals(r.channel());
        s.email = email ? SubscriptionValidator.emailAddress(r.email()) : null;
        s.url = email ? null : SubscriptionValidator.webhookUrl(r.url());
        if (email) {
            s.secret = null;
        } else if (r.secret() != null) {
            s.secret = r.secret();
        }
        s.themes = r.themes() == null ? new String[0] : r.themes().stream().distinct().toArray(String[]::new);
        s.sources = r.sources() == null ? new String[0] : r.sources().stream().distinct().toArray(String[]::new);
        s.languages = r.languages() == null ? new String[0] : r.languages().stream().distinct().toArray(String[]::new);
        s.mode = r.mode() == null ? Mode.IMMEDIATE.wire() : r.mode();
        if (Mode.DIGEST.wire().equals(s.mode)) {
            s.digestPeriod = r.digest().period();
            s.digestTime = "daily".equals(r.digest().period()) ? r.digest().at() : null;
            s.timeZone = r.digest().timeZone() == null ? "UTC" : r.digest().timeZone();
        } else {
            s.digestPeriod = null;
            s.digestTime = null;
            s.timeZone = null;
        }
        s.sourceHealth = Boolean.TRUE.equals(r.sourceHealth());
        s.enabled = r.enabled() == null || r.enabled();
        s.oncePerStory = Boolean.TRUE.equals(r.oncePerStory());
        s.changes = Boolean.TRUE.equals(r.changes());
        s.updatedAt = ReadVersion.now();
    }

    private static SubscriptionEntity find(long id) {
        return find(id, LockModeType.NONE);
    }

    private static SubscriptionEntity find(long id, LockModeType lock) {
        SubscriptionEntity s = SubscriptionEntity.findById(id, lock);
        if (s == null) {
            throw ProblemException.notFound("no subscription " + id);
        }
        return s;
    }
}
