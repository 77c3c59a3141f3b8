package org.policymonitor.alert.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.alert.act.ActKind;
import org.policymonitor.alert.search.ItemFilter;
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

    @GET
    @Path("stories")
    public StorySearch.Page<StorySearch.Story> stories(@QueryParam("theme") List<String> themes,
                                                        @QueryParam("source") List<String> sources,
                                                        @QueryParam("language") List<String> languages,
                                                        @QueryParam("publishedFrom") String publishedFrom,
                                                        @QueryParam("publishedTo") String publishedTo,
                                                        @QueryParam("fetchedFrom") String fetchedFrom,
                                                        @QueryParam("fetchedTo") String fetchedTo,
                                                        @QueryParam("q") String q, @QueryParam("review") String review,
                                                        @QueryParam("tagged") Boolean tagged,
                                                        @QueryParam("page") @DefaultValue("0") int page,
                                                        @QueryParam("size") @DefaultValue("20") int size) {
        paging(page, size);
        return search.stories(ItemFilter.parse(themes, sources, languages, publishedFrom, publishedTo, fetchedFrom,
                fetchedTo, q, review, tagged), page, size);
    }

    @GET
    @Path("stories/{id}")
    public StorySearch.StoryDetail story(@PathParam("id") String id) {
        return search.story(checkedId(id)).orElseThrow(() -> ProblemException.notFound("no story " + id));
    }

    @GET
    @Path("acts")
    public StorySearch.Page<StorySearch.Act> acts(@QueryParam("kind") String kind,
                                                  @QueryParam("theme") List<String> themes,
                                                  @QueryParam("source") List<String> sources,
                                                  @QueryParam("language") List<String> languages,
                                                  @QueryParam("publishedFrom") String publishedFrom,
                                                  @QueryParam("publishedTo") String publishedTo,
                                                  @QueryParam("fetchedFrom") String fetchedFrom,
                                                  @QueryParam("fetchedTo") String fetchedTo,
                                                  @QueryParam("q") String q, @QueryParam("review") String review,
                                                  @QueryParam("tagged") Boolean tagged,
                                                  @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("20") int size) {
        paging(page, size);
        List<String> kinds = Arrays.stream(ActKind.values()).map(ActKind::wire).toList();
        if (kind != null && !kinds.contains(kind)) {
            throw ProblemException.invalidField("kind", "must be one of " + kinds);
        }
        return search.acts(ItemFilter.parse(themes, sources, languages, publishedFrom, publishedTo, fetchedFrom,
                fetchedTo, q, review, tagged), kind, page, size);
    }

    @GET
    @Path("acts/{id}")
    public StorySearch.ActDetail act(@PathParam("id") String id) {
        return search.act(checkedId(id)).orElseThrow(() -> ProblemException.notFound("no item mentions act " + id));
    }

    private static void paging(int page, int size) {
        if (page < 0 || page > 100_000) {
            throw ProblemException.invalidField("page", "must be between 0 and 100000");
        }
        if (size < 1 || size > ItemResource.MAX_PAGE_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + ItemResource.MAX_PAGE_SIZE);
        }
    }

    private static String checkedId(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw ProblemException.invalidField("id", "must be 1 to " + MAX_ID + " characters");
        }
        return id;
    }
}
