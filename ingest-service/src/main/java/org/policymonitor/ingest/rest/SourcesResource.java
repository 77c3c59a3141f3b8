package org.policymonitor.ingest.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.poll.SourceState;
import org.policymonitor.ingest.source.CatalogueHolder;
import org.policymonitor.ingest.source.InvalidCatalogueException;
import org.policymonitor.ingest.source.SourceCatalogue;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.FullTextState;
import org.policymonitor.ingest.state.GapState;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The monitored sources: configuration, state and health; polling on demand; catalogue reload. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {

    private static final int RECENT_ERRORS = 10;

    @Inject
    CatalogueHolder catalogue;

    @Inject
    StateStore store;

    @Inject
    SourcePoller poller;

    @GET
    @Path("/sources")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "Every configured source with its health and state")
    public List<SourceView> list() {
        Map<String, SourceState> states = store.all();
        Map<String, FullTextState> fullText = store.fullTextStates();
        Map<String, GapState> gaps = store.gapStates();
        return catalogue.current().sources().stream()
                .map(d -> SourceView.of(d, states.get(d.id()), null, null, fullText.get(d.id()), gaps.get(d.id())))
                .toList();
    }

    @GET
    @Path("/sources/{id}")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    @Operation(summary = "One source with its state and recent errors")
    public SourceView get(@PathParam("id") String id) {
        SourceDefinition d = source(id);
        return SourceView.of(d, store.find(id).orElse(null), store.recentErrors(id, RECENT_ERRORS),
                store.leaseOwner(id).orElse(null), store.fullTextStates().get(id), store.gapStates().get(id));
    }

    @POST
    @Path("/sources/{id}/poll")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Poll a source now; answers what happened (fetched, new, duplicates, error), or 409 when "
            + "another instance polls it or took it over during this poll (then with the items sent and recorded)")
    public PollReport poll(@PathParam("id") String id) {
        PollReport report = poller.poll(source(id), true);
        if (report.leaseLoss() != null) {
            throw leaseLost(id, report);
        }
        if (report.outcome() == PollReport.Outcome.SKIPPED) {
            throw ProblemException.conflict("source " + id + " is being polled right now by "
                    + store.leaseOwner(id).orElse("another instance") + "; try again in a moment");
        }
        return report;
    }

    /**
     * A poll that lost its lease midway: what it sent to Kafka and recorded, in the detail (the log's words) and as
     * members an operator's script can read. Until 7 December 2026 the 409 said only that another instance was
     * polling the source, though this poll may have published hundreds of items and recorded some.
     */
    private static ProblemException leaseLost(String id, PollReport report) {
        PollReport.LeaseLoss loss = report.leaseLoss();
        return new ProblemException(Problem.of(409, "source " + id + ": " + report.error())
                .with("newItems", loss.sent())
                .with("recorded", loss.recorded())
                .with("publishedAgainByNextPoll", loss.publishedAgain()));
    }

    @POST
    @Path("/admin/sources/reload")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the source catalogue file again; an invalid file is refused (422) and the "
            + "catalogue in force stays")
    public CatalogueSummary reload() {
        try {
            return CatalogueSummary.of(catalogue.reload());
        } catch (InvalidCatalogueException e) {
            throw new ProblemException(Problem.of(422, e.getMessage()).withErrors(e.problems().stream()
                    .map(p -> new Problem.FieldError(p.contains(":") ? p.substring(0, p.indexOf(':')) : "sources",
                            p.contains(":") ? p.substring(p.indexOf(':') + 1).strip() : p)).toList()));
        }
    }

    private SourceDefinition source(String id) {
        return catalogue.current().find(id)
                .orElseThrow(() -> ProblemException.notFound("no source with id '" + id + "'"));
    }

    /** The catalogue in force. */
    public record CatalogueSummary(String origin, int sources, int enabled, Instant loadedAt, String checksum) {
        static CatalogueSummary of(SourceCatalogue c) {
            return new CatalogueSummary(c.origin(), c.sources().size(), c.enabled().size(), c.loadedAt(), c.checksum());
        }
    }
}
