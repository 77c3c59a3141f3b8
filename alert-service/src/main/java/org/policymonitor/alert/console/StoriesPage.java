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
import org.policymonitor.platform.security.Roles;

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
    ConsoleListings listings;

    @GET
    public TemplateInstance show(@Context UriInfo uri) {
        ConsoleListings.Listing<StorySearch.Page<StorySearch.Story>> listing = listings.search(uri, "stories",
                "/console/stories", (query, filters) -> search.stories(query.filter(), query.page(), query.size()));
        List<StorySearch.Story> stories = listing.found() == null ? List.of() : listing.found().items();
        Map<String, List<StoryVersionSearch.Group>> groups = versions.groups(stories.stream().map(StorySearch.Story::id).toList());
        Dates dates = listing.chrome().dates();
        List<StoryView> rows = stories.stream().map(s -> StoryView.of(s, groups.get(s.id()), dates)).toList();
        return listings.render(page, listing, "stories", rows, listing.found() == null ? 0 : listing.found().total());
    }
}
