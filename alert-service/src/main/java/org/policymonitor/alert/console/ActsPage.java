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
import org.policymonitor.alert.subscription.ThemeCatalogue;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
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
    SourceFacets facets;
    @Inject
    ThemeCatalogue themes;
    @Inject
    ConsoleConfig config;
    @Inject
    ConsoleRequest request;

    /** An act as listed. */
    public record ActRow(ActView act, long itemCount, String firstSeen, String firstSeenIso, String lastSeen,
                         String lastSeenIso) {
    }

    @GET
    public TemplateInstance show(@Context UriInfo uri) {
        InboxQuery query = InboxQuery.of(uri.getQueryParameters(), config.pageSize());
        ConsoleRequest.Chrome chrome = request.chrome("acts");
        Dates dates = chrome.dates();
        List<Problem.FieldError> errors = List.of();
        StorySearch.Page<StorySearch.Act> found = null;
        FilterChoices filters = FilterChoices.of(themes, facets, "/console/acts");
        try {
            if (query.kind() != null && !filters.kinds().contains(query.kind())) {
                throw ProblemException.invalidField("kind", "must be one of " + filters.kinds());
            }
            found = search.acts(query.filter(), query.kind(), query.page(), query.size());
        } catch (ProblemException e) {
            errors = InboxQuery.errors(e);
        }
        List<ActRow> rows = found == null ? List.of() : found.items().stream()
                .map(a -> new ActRow(ActView.of(a.id(), a.kind(), a.number(), a.date(), List.of()), a.itemCount(),
                        dates.format(a.firstSeen()), Dates.iso(a.firstSeen()), dates.format(a.lastSeen()),
                        Dates.iso(a.lastSeen())))
                .toList();
        return page.data("chrome", chrome).data("query", query).data("acts", rows)
                .data("pager", Pager.of(query, found == null ? 0 : found.total(), rows.size())).data("errors", errors)
                .data("filters", filters);
    }
}
