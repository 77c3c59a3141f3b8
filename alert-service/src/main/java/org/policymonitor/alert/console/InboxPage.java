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
import org.policymonitor.alert.search.ItemRow;
import org.policymonitor.alert.search.ItemSearch;
import org.policymonitor.alert.search.PerStorySearch;
import org.policymonitor.alert.search.StoryVersionSearch;
import org.policymonitor.platform.security.Roles;

import java.util.List;
import java.util.Map;

/**
 * The inbox: newest items first, filters in the URL, evidence marked, paging; the same search as GET /api/items.
 * Each row says when its story has other versions; {@code group=story} shows one row per story.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class InboxPage {

    @Inject
    @Location("console/inbox.html")
    Template inbox;
    @Inject
    ItemSearch search;
    @Inject
    PerStorySearch perStory;
    @Inject
    StoryVersionSearch versions;
    @Inject
    ConsoleListings listings;

    @GET
    public TemplateInstance show(@Context UriInfo uri) {
        ConsoleListings.Listing<ItemSearch.Page> listing = listings.search(uri, "inbox", "/console",
                (query, filters) -> query.perStory()
                        ? perStory.page(query.filter(), query.sort(), query.page(), query.size())
                        : search.page(query.filter(), query.sort(), query.page(), query.size()));
        ItemSearch.Page page = listing.found();
        List<ItemCard> cards = page == null ? List.of() : cards(page.items(), listing.chrome().dates(), versions);
        return listings.render(inbox, listing, "items", cards, page == null ? 0 : page.total());
    }

    /** Rows with their story badges: the other versions of all their stories come from one query. */
    static List<ItemCard> cards(List<ItemRow> rows, Dates dates, StoryVersionSearch versions) {
        Map<String, List<StoryVersionSearch.Group>> groups = versions.groups(rows.stream().map(ItemRow::storyId).toList());
        return rows.stream().map(r -> ItemCard.of(r, dates, groups)).toList();
    }
}
