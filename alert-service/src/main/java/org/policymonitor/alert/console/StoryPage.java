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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One story: the timeline of its items across sources and languages (oldest first), its legal acts and themes:
 * the same lookup as GET /api/stories/{id}.
 */
@Path("/console/stories/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class StoryPage {

    @Inject
    @Location("console/story.html")
    Template page;
    @Inject
    StorySearch stories;
    @Inject
    StoryVersionSearch versions;
    @Inject
    ConsoleRequest request;

    /** An act of the story and how many of its items name it. */
    public record StoryAct(ActView act, int items) {
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        StorySearch.StoryDetail story = (id.length() > ConsoleLinks.MAX_ID ? null : stories.story(id).orElse(null));
        if (story == null) {
            throw new ConsoleException(404, "There is no story " + id + ". A story that was merged into an older one "
                    + "lives on under the older id: search the inbox for its items.");
        }
        ConsoleRequest.Chrome chrome = request.chrome("story");
        Dates dates = chrome.dates();
        StoryView view = StoryView.of(story, versions.groups(List.of(story.id())).get(story.id()), dates);
        List<ItemCard> timeline = story.items().stream().map(r -> ItemCard.of(r, dates)).toList();
        return page.data("chrome", chrome).data("story", view).data("items", timeline).data("acts", acts(story.items()));
    }

    /** The acts of all the story's items, in the order of their first mention, each with its number of items. */
    static List<StoryAct> acts(List<ItemRow> items) {
        Map<String, ActView> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ItemRow item : items) {
            for (ActView act : ActView.of(item.acts())) {
                first.putIfAbsent(act.id(), act);
                counts.merge(act.id(), 1, Integer::sum);
            }
        }
        List<StoryAct> acts = new ArrayList<>();
        first.forEach((actId, act) -> acts.add(new StoryAct(act, counts.get(actId))));
        return acts;
    }
}
