package org.policymonitor.alert.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.policymonitor.alert.rest.DeliveryResource;
import org.policymonitor.alert.rest.SubscriptionResource;
import org.policymonitor.alert.subscription.SubscriptionView;
import org.policymonitor.alert.subscription.ThemeCatalogue;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Subscriptions and the outbox, for admins: list, create, edit, delete, retry. Every change goes through
 * {@link SubscriptionResource} / {@link DeliveryResource}, so validation, roles and transactions are the API's and the
 * API's field errors are what the form shows.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class SubscriptionsPage {

    @Inject
    @Location("console/subscriptions.html")
    Template list;
    @Inject
    @Location("console/subscription.html")
    Template edit;
    @Inject
    SubscriptionResource subscriptions;
    @Inject
    DeliveryResource deliveries;
    @Inject
    ThemeCatalogue themes;
    @Inject
    ConsoleRequest request;

    @GET
    @Path("subscriptions")
    public TemplateInstance list(@QueryParam("deliveries") String status, @QueryParam("done") String done) {
        request.requireAdmin();
        ConsoleRequest.Chrome chrome = request.chrome("subscriptions");
        String filter = status == null || status.isBlank() ? null : status;
        List<DeliveryRow> rows;
        try {
            rows = deliveries.list(filter, null, null, 0, 100).deliveries().stream()
                    .map(d -> DeliveryRow.of(d, chrome.dates())).toList();
        } catch (ProblemException e) {
            throw new ConsoleException(400, e.getMessage());
        }
        return list.data("chrome", chrome).data("subscriptions", subscriptions.list()).data("deliveries", rows)
                .data("deliveryStatus", filter == null ? "" : filter).data("done", done == null ? "" : done);
    }

    @GET
    @Path("subscriptions/new")
    public TemplateInstance create() {
        request.requireAdmin();
        return form(SubscriptionForm.empty());
    }

    @GET
    @Path("subscriptions/{id}")
    public TemplateInstance edit(@PathParam("id") long id) {
        request.requireAdmin();
        return form(SubscriptionForm.of(find(id)));
    }

    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields, @Context UriInfo uri) {
        request.requireAdmin();
        SubscriptionForm form = SubscriptionForm.of(null, fields, false);
        try {
            SubscriptionView created = (SubscriptionView) subscriptions.create(form.toRequest(fields.getFirst("secret")), uri).getEntity();
            return done("created subscription #" + created.id());
        } catch (ProblemException e) {
            return invalid(form, e);
        }
    }

    @POST
    @Path("subscriptions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        request.requireAdmin();
        SubscriptionView current = find(id);
        SubscriptionForm form = SubscriptionForm.of(id, fields, Boolean.TRUE.equals(current.secretSet()));
        try {
            subscriptions.update(id, form.toRequest(fields.getFirst("secret")));
            return done("saved subscription #" + id);
        } catch (ProblemException e) {
            return invalid(form, e);
        }
    }

    @POST
    @Path("subscriptions/{id}/delete")
    public Response delete(@PathParam("id") long id) {
        request.requireAdmin();
        find(id);
        subscriptions.delete(id);
        return done("deleted subscription #" + id);
    }

    @POST
    @Path("deliveries/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") UUID id, @FormParam("back") String back) {
        request.requireAdmin();
        try {
            deliveries.retry(id);
        } catch (ProblemException e) {
            throw new ConsoleException(e.problem().status(), e.getMessage());
        }
        // only back to a console page: never an open redirect
        String target = back != null && back.matches("/console(/[A-Za-z0-9._~/-]*)?") ? back
                : "/console/subscriptions?done=" + URLEncoder.encode("queued delivery " + id + " again", StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(target)).build();
    }

    private SubscriptionView find(long id) {
        try {
            return subscriptions.get(id);
        } catch (ProblemException e) {
            throw new ConsoleException(404, "There is no subscription " + id + ".");
        }
    }

    private Response invalid(SubscriptionForm form, ProblemException e) {
        List<Problem.FieldError> errors = e.problem().errors() == null || e.problem().errors().isEmpty()
                ? List.of(new Problem.FieldError(null, e.getMessage())) : e.problem().errors();
        return Response.status(e.problem().status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(form(form.withErrors(errors)).render()).build();
    }

    private TemplateInstance form(SubscriptionForm form) {
        return edit.data("chrome", request.chrome("subscriptions")).data("form", form)
                .data("themes", themes.ids());
    }

    private static Response done(String message) {
        return Response.seeOther(URI.create("/console/subscriptions?done="
                + URLEncoder.encode(message, StandardCharsets.UTF_8))).build();
    }
}
