package org.policymonitor.alert.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.platform.security.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Source health as ingest-service reports it (GET /api/sources), and "poll now" for admins. */
@Path("/console/sources")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class SourcesPage {

    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Inject
    @Location("console/sources.html")
    Template page;
    @Inject
    RemoteServices remote;
    @Inject
    ConsoleRequest request;

    /** One source's row. */
    public record SourceRow(String id, String name, boolean enabled, String health, String healthReason,
                            String lastSuccess, String nextPoll, int consecutiveFailures, String lastError,
                            String lastErrorAt, long itemsPublished) {
    }

    @GET
    public TemplateInstance show() {
        return render(null);
    }

    @POST
    @Path("{id}/poll")
    public TemplateInstance poll(@PathParam("id") String id) {
        request.requireAdmin();
        if (!SOURCE_ID.matcher(id).matches()) {
            throw new ConsoleException(400, "Not a source id.");
        }
        String outcome;
        try {
            JsonNode r = remote.ingest().post("/api/sources/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/poll", null);
            outcome = id + ": " + text(r, "outcome") + (r.hasNonNull("newItems") ? ", " + r.get("newItems").asInt() + " new items" : "")
                    + (r.hasNonNull("error") ? " — " + text(r, "error") : "");
        } catch (RemoteApi.RemoteException e) {
            outcome = id + ": poll failed — " + e.getMessage();
        }
        return render(outcome);
    }

    private TemplateInstance render(String pollOutcome) {
        ConsoleRequest.Chrome chrome = request.chrome("sources");
        List<SourceRow> rows = new ArrayList<>();
        String problem = null;
        if (!remote.ingest().configured()) {
            problem = "The console does not know where ingest-service is: set policy.alert.console.ingest.url "
                    + "(POLICY_ALERT_CONSOLE_INGEST_URL) and its credentials.";
        } else {
            try {
                JsonNode sources = remote.ingest().get("/api/sources");
                if (sources != null) {
                    sources.forEach(s -> rows.add(row(s, chrome.dates())));
                }
            } catch (RemoteApi.RemoteException e) {
                problem = e.getMessage();
            }
        }
        return page.data("chrome", chrome).data("sources", rows).data("problem", problem)
                .data("pollOutcome", pollOutcome);
    }

    private static SourceRow row(JsonNode s, Dates dates) {
        JsonNode error = s.path("lastError");
        return new SourceRow(text(s, "id"), text(s, "name"), s.path("enabled").asBoolean(true), text(s, "health"),
                text(s, "healthReason"), dates.format(instant(s, "lastSuccessAt")), dates.format(instant(s, "nextPollAt")),
                s.path("consecutiveFailures").asInt(), error.isObject() ? (text(error, "reason") + ": " + text(error, "message")) : "",
                error.isObject() ? dates.format(instant(error, "at")) : "", s.path("counts").path("itemsPublished").asLong());
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : "";
    }

    private static Instant instant(JsonNode node, String field) {
        try {
            return node.hasNonNull(field) ? Instant.parse(node.get(field).asText()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
