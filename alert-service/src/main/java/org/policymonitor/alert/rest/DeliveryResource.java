package org.policymonitor.alert.rest;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryEntity;
import org.policymonitor.alert.delivery.DeliveryStatus;
import org.policymonitor.alert.subscription.SubscriptionEntity;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox as operators see it: what is pending, delivered or dead, and a way to send a dead one again. */
@Path("/api/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class DeliveryResource {

    private static final Logger LOG = Logger.getLogger(DeliveryResource.class);

    /** A page of deliveries. */
    public record DeliveryPage(long total, int page, int size, List<ItemViews.Delivery> deliveries) {
    }

    @GET
    public DeliveryPage list(@QueryParam("status") String status, @QueryParam("subscriptionId") Long subscriptionId,
                             @QueryParam("itemId") String itemId,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size) {
        PageParams.check(page, size);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (status != null && !status.isBlank()) {
            if (DeliveryStatus.fromWire(status).isEmpty()) {
                throw ProblemException.invalidField("status", "must be pending, delivered or dead");
            }
            conditions.add("status = :status");
            params.put("status", status);
        }
        if (subscriptionId != null) {
            conditions.add("subscriptionId = :subscriptionId");
            params.put("subscriptionId", subscriptionId);
        }
        if (itemId != null && !itemId.isBlank()) {
            conditions.add("itemId = :itemId");
            params.put("itemId", itemId);
        }
        var query = conditions.isEmpty()
                ? DeliveryEntity.<DeliveryEntity>findAll(Sort.descending("createdAt").and("id"))
                : DeliveryEntity.<DeliveryEntity>find(String.join(" and ", conditions), Sort.descending("createdAt").and("id"), params);
        List<ItemViews.Delivery> rows = query.page(Page.of(page, size)).list().stream().map(ItemViews.Delivery::of).toList();
        return new DeliveryPage(query.count(), page, size, rows);
    }

    @GET
    @Path("{id}")
    public ItemViews.Delivery get(@PathParam("id") UUID id) {
        return ItemViews.Delivery.of(find(id));
    }

    /**
     * Sends a dead (or waiting) delivery again now; the maximum age counts afresh from this moment. 409 if it was
     * delivered, is being sent right now (a second send beside the first would reach the receiver twice), or its
     * subscription is disabled.
     */
    @POST
    @Path("{id}/retry")
    @Transactional
    public ItemViews.Delivery retry(@PathParam("id") UUID id) {
        DeliveryEntity d = find(id);
        if (DeliveryStatus.DELIVERED.wire().equals(d.status)) {
            throw ProblemException.conflict("delivery " + id + " was already delivered at " + d.deliveredAt);
        }
        SubscriptionEntity subscription = SubscriptionEntity.findById(d.subscriptionId);
        if (subscription != null && !subscription.enabled) {
            // sent again, it would only die with "subscription disabled" and lose the reason it died with
            throw ProblemException.conflict("delivery " + id + " is of subscription " + d.subscriptionId
                    + ", which is disabled: enable it, then retry the delivery");
        }
        Instant now = Instant.now();
        // a digest is retried whole, under its id: every not yet delivered row that went out in it
        List<DeliveryEntity> rows = d.digestId == null ? List.of(d)
                : DeliveryEntity.list("digestId = ?1 and status <> ?2", d.digestId, DeliveryStatus.DELIVERED.wire());
        for (DeliveryEntity row : rows) {
            if (row.leasedAt(now)) {
                throw ProblemException.conflict("delivery " + row.id + " is being sent right now (leased until "
                        + row.leasedUntil + "); its outcome will show here");
            }
        }
        for (DeliveryEntity row : rows) {
            row.status = DeliveryStatus.PENDING.wire();
            row.dueAt = now;
            row.nextAttemptAt = now;
        }
        LOG.infof("delivery %s queued again by an admin%s", id, d.digestId == null ? ""
                : " with the " + rows.size() + " deliveries of digest " + d.digestId);
        return ItemViews.Delivery.of(d);
    }

    private static DeliveryEntity find(UUID id) {
        DeliveryEntity d = DeliveryEntity.findById(id);
        if (d == null) {
            throw ProblemException.notFound("no delivery " + id);
        }
        return d;
    }
}
