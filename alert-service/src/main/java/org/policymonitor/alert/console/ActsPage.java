package org.policymonitor.alert.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.policymonitor.alert.search.StorySearch;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.ProblemException;

import java.util.List;

/** Legal acts, newest mention first, with the inbox's filters and a kind: the same search as GET /api/acts. */
@Path("/console/acts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class ActsPage {

    @Inject
    @Location("console/acts.html")
    Template page;
    @Inject
    StorySearch search;
    @Inject
    ConsoleListings listings;

    /** An act as listed. */
    public record ActRow(ActView act, long itemCount, String firstSeen, String firstSeenIso, String lastSeen,
                         String lastSeenIso) {
    }

    @GET
    public TemplateInstance show(@Context UriInfo uri) {
        ConsoleListings.Listing<StorySearch.Page<StorySearch.Act>> listing = listings.search(uri, "acts",
                "/console/acts", (query, filters) -> {
                    if (query.kind() != null && !filters.kinds().contains(query.kind())) {
                        throw ProblemException.invalidField("kind", "must be one of " + filters.kinds());
                    }
                    return search.acts(query.filter(), query.kind(), query.page(), query.size());
                });
        Dates dates = listing.chrome().dates();
        List<ActRow> rows = listing.found() == null ? List.of() : listing.found().items().stream()
                .map(a -> new ActRow(ActView.of(a.id(), a.kind(), a.number(), a.date(), List.of()), a.itemCount(),
                        dates.format(a.firstSeen()), Dates.iso(a.firstSeen()), dates.format(a.lastSeen()),
                        Dates.iso(a.lastSeen())))
                .toList();
        return listings.render(page, listing, "acts", rows, listing.found() == null ? 0 : listing.found().total());
    }
}
