package org.policymonitor.alert.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.alert.search.ItemRow;
import org.policymonitor.alert.search.StorySearch;
import org.policymonitor.alert.search.StoryVersionSearch;
import org.policymonitor.platform.security.Roles;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One legal act: what it is and the timeline of the items that name it (oldest first), each with the words that named
 * it and its story's other versions: the same lookup as GET /api/acts/{id}.
 */
@Path("/console/acts/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class ActPage {

    @Inject
    @Location("console/act.html")
    Template page;
    @Inject
    StorySearch search;
    @Inject
    StoryVersionSearch versions;
    @Inject
    ConsoleRequest request;

    /** An item of the timeline and the words in it that name this act. */
    public record Entry(ItemCard item, List<ActView.Mention> quotes) {
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        StorySearch.ActDetail act = id.length() > ConsoleLinks.MAX_ID ? null : search.act(id).orElse(null);
        if (act == null) {
            throw new ConsoleException(404, "No item names the act " + id + ".");
        }
        ConsoleRequest.Chrome chrome = request.chrome("act");
        Dates dates = chrome.dates();
        Map<String, List<StoryVersionSearch.Group>> groups = versions.groups(
                act.timeline().stream().map(ItemRow::storyId).toList());
        Set<String> names = new HashSet<>(act.sameAs());
        names.add(act.id());
        List<Entry> timeline = act.timeline().stream().map(r -> new Entry(ItemCard.of(r, dates, groups),
                ActView.of(r.acts()).stream().filter(a -> names.contains(a.id()))
                        .flatMap(a -> a.mentions().stream()).distinct().toList())).toList();
        long stories = act.timeline().stream().map(r -> r.storyId() == null ? r.id() : r.storyId()).distinct().count();
        return page.data("chrome", chrome)
                .data("act", ActView.of(act.id(), act.kind(), act.number(), act.date(), List.of()))
                .data("sameAs", act.sameAs().stream().map(ActView::named).toList())
                .data("itemCount", act.itemCount()).data("storyCount", stories)
                .data("firstSeen", dates.format(act.firstSeen())).data("lastSeen", dates.format(act.lastSeen()))
                .data("timeline", timeline);
    }
}
