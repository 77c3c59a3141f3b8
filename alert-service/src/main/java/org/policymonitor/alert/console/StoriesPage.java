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
import org.policymonitor.alert.search.StoryVersionSearch;
import org.policymonitor.alert.subscription.ThemeCatalogue;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * Stories, newest first, with the inbox's filters (a story is listed when one of its items matches): the same search
 * as GET /api/stories.
 */
@Path("/console/stories")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class StoriesPage {

    @Inject
    @Location("console/stories.html")
    Template page;
    @Inject
    StorySearch search;
    @Inject
    StoryVersionSearch versions;
    @Inject
    SourceFacets facets;
    @Inject
    ThemeCatalogue themes;
    @Inject
    ConsoleConfig config;
    @Inject
    ConsoleRequest request;

    @GET
    public TemplateInstance show(@Context UriInfo uri) {
        InboxQuery query = InboxQuery.of(uri.getQueryParameters(), config.pageSize());
        ConsoleRequest.Chrome chrome = request.chrome("stories");
        List<Problem.FieldError> errors = List.of();
        StorySearch.Page<StorySearch.Story> found = null;
        try {
            found = search.stories(query.filter(), query.page(), query.size());
        } catch (ProblemException e) {
            errors = InboxQuery.errors(e);
        }
        List<StorySearch.Story> stories = found == null ? List.of() : found.items();
        Map<String, List<StoryVersionSearch.Group>> groups = versions.groups(stories.stream().map(StorySearch.Story::id).toList());
        List<StoryView> rows = stories.stream().map(s -> StoryView.of(s, groups.get(s.id()), chrome.dates())).toList();
        return page.data("chrome", chrome).data("query", query).data("stories", rows)
                .data("pager", Pager.of(query, found == null ? 0 : found.total(), rows.size())).data("errors", errors)
                .data("filters", FilterChoices.of(themes, facets, "/console/stories"));
    }
}
