package org.policymonitor.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.policymonitor.alert.act.ActKind;
import org.policymonitor.alert.search.StorySearch;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.ProblemException;

import java.util.Arrays;
import java.util.List;

/**
 * Stories (one event across sources and languages) and legal acts, with the same filters and roles as items: a story
 * or act is listed when at least one of its items matches the filters.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class StoryResource {

    private static final int MAX_ID = 200;

    @Inject
    StorySearch search;
    @Inject
    KnownThemes knownThemes;

    @GET
    @Path("stories")
    public StorySearch.Page<StorySearch.Story> stories(@BeanParam ItemFilterParams filters,
                                                        @BeanParam PageParams paging) {
        paging.checked();
        return search.stories(filters.toFilter(knownThemes), paging.page(), paging.size());
    }

    @GET
    @Path("stories/{id}")
    public StorySearch.StoryDetail story(@PathParam("id") String id) {
        return search.story(checkedId(id)).orElseThrow(() -> ProblemException.notFound("no story " + id));
    }

    @GET
    @Path("acts")
    public StorySearch.Page<StorySearch.Act> acts(
            @QueryParam("kind") @Parameter(description = "decree, law, resolution or directive") String kind,
            @BeanParam ItemFilterParams filters, @BeanParam PageParams paging) {
        paging.checked();
        List<String> kinds = Arrays.stream(ActKind.values()).map(ActKind::wire).toList();
        if (kind != null && !kinds.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be one of " + kinds);
        }
        return search.acts(filters.toFilter(knownThemes), kind, paging.page(), paging.size());
    }

    @GET
    @Path("acts/{id}")
    public StorySearch.ActDetail act(@PathParam("id") String id) {
        return search.act(checkedId(id)).orElseThrow(() -> ProblemException.notFound("no item mentions act " + id));
    }

    private static String checkedId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw ProblemException.invalidField("id", "must be 1 to " + MAX_ID + " characters");
        }
        return id;
    }
}
