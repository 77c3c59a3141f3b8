package org.policymonitor.alert.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.policymonitor.alert.console.html.EvidenceHighlighter;
import org.policymonitor.alert.delivery.email.Html;
import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.alert.rest.ItemResource;
import org.policymonitor.alert.rest.ItemViews;
import org.policymonitor.alert.search.StoryVersionSearch;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.ProblemException;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One item: full text with the evidence marked, its story (the other versions across sources and languages) and its
 * legal acts, tags with rules and evidence, the review form and trail, the alerts sent for it (admins). Reading and
 * reviewing go through {@link ItemResource}, so the rules are the API's.
 */
@Path("/console/items/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class ItemPage {

    @Inject
    @Location("console/item.html")
    Template page;
    @Inject
    ItemResource items;
    @Inject
    StoryVersionSearch storyVersions;
    @Inject
    ConsoleRequest request;

    /** More versions than this are not listed on the item page (the story page has them all). */
    static final int MAX_VERSIONS = 50;

    /** The page's view of an item. */
    public record ItemView(String id, String titleHtml, String summaryHtml, String contentHtml, String lang,
                           String sourceId, String sourceName, String published, String fetched, String classified,
                           String link, List<String> themes, List<TagView> tags, String rulesetVersion,
                           String reviewStatus, List<ReviewView> reviews, List<DeliveryRow> deliveries,
                           String status, int versionCount, List<ActView> acts, StoryPanel story, String updatedAt) {
    }

    /**
     * The item's story: the link to it and its other versions, oldest first.
     *
     * @param badge "+2 versions · be, en", null when the story has no other item
     * @param more  versions not listed here (beyond {@link #MAX_VERSIONS})
     */
    public record StoryPanel(String id, String href, StoryBadge badge, List<VersionView> versions, int more) {
    }

    /** Another item of the story. */
    public record VersionView(String href, String title, String lang, String sourceId, String sourceName, String time,
                              String timeIso, String link) {
    }

    /** A tag with its rules and evidence. */
    public record TagView(String theme, List<String> rules, List<EvidenceView> evidence) {
    }

    public record EvidenceView(String field, String text, String rule) {
    }

    public record ReviewView(String status, String note, String reviewer, String when) {
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        return render(id, null, null, null);
    }

    /**
     * The review form (works without JavaScript): the decision is recorded by the API's PATCH logic, with the version
     * the form was opened on, so that a review saved meanwhile is a 409 on the page (which shows it, the decision
     * and note typed kept) rather than overwritten.
     */
    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") String id, @FormParam("status") String status, @FormParam("note") String note,
                           @FormParam("updatedAt") String updatedAt) {
        try {
            items.review(id, new ItemViews.ReviewRequest(status, note == null || note.isBlank() ? null : note.strip(),
                    Dates.parseIso(updatedAt)));
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw new ConsoleException(404, "There is no item " + id + ".");
            }
            return Response.status(e.problem().status()).entity(render(id, e.getMessage(), status, note)).build();
        }
        return Response.seeOther(URI.create("/console/items/" + id + "#review")).build();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }

    private StoryPanel story(ItemViews.Detail d, Dates dates) {
        if (d.storyId() == null) {
            return null; // not grouped yet (the backfill groups items stored before stories)
        }
        StoryBadge badge = StoryBadge.of(d.storyId(), d.language(), d.sourceId(),
                storyVersions.groups(List.of(d.storyId())).get(d.storyId()));
        List<VersionView> versions = badge == null ? List.of()
                : storyVersions.versions(d.storyId(), d.id(), MAX_VERSIONS).stream()
                .map(v -> new VersionView(ConsoleLinks.item(v.itemId()), ItemCard.orUntitled(v.title()),
                        ItemCard.lang(v.language()), v.sourceId(), v.sourceName() == null ? v.sourceId() : v.sourceName(),
                        dates.format(v.time()), Dates.iso(v.time()), Html.isSafeLink(v.link()) ? v.link() : null))
                .toList();
        int others = badge == null ? 0 : badge.others();
        return new StoryPanel(d.storyId(), ConsoleLinks.story(d.storyId()), badge, versions,
                Math.max(0, others - versions.size()));
    }

    private TemplateInstance render(String id, String reviewError, String status, String note) {
        ItemViews.Detail d;
        try {
            d = items.get(id);
        } catch (ProblemException e) {
            throw new ConsoleException(404, "There is no item " + id + ".");
        }
        ConsoleRequest.Chrome chrome = request.chrome("item");
        Dates dates = chrome.dates();
        ItemView view = new ItemView(d.id(),
                EvidenceHighlighter.highlight(ItemCard.orUntitled(d.title()), "title", d.tags()),
                EvidenceHighlighter.highlight(d.summary(), "summary", d.tags()),
                EvidenceHighlighter.highlight(d.content(), "content", d.tags()),
                ItemCard.lang(d.language()), d.sourceId(), d.sourceName() == null ? d.sourceId() : d.sourceName(),
                d.publishedAt() == null ? "" : dates.format(d.publishedAt()), dates.format(d.fetchedAt()),
                dates.format(d.classifiedAt()), Html.isSafeLink(d.link()) ? d.link() : null, d.themes(),
                d.tags().stream().map(t -> new TagView(t.theme(), t.rules(), t.evidence().stream()
                        .map(e -> new EvidenceView(e.field(), e.text(), e.rule())).toList())).toList(),
                d.rulesetVersion(), d.reviewStatus(),
                newestFirst(d.reviews().stream().map(r -> new ReviewView(r.status(), r.note(), r.reviewer(),
                        dates.format(r.reviewedAt()))).toList()),
                chrome.admin() ? d.deliveries().stream().map(x -> DeliveryRow.of(x, dates)).toList() : List.of(),
                d.status(), d.versionCount(), ActView.of(d.acts()), story(d, dates), Dates.iso(d.updatedAt()));
        return page.data("chrome", chrome).data("item", view)
                .data("statuses", Arrays.stream(ReviewStatus.values()).map(ReviewStatus::wire).toList())
                .data("reviewError", reviewError).data("chosen", status == null ? d.reviewStatus() : status)
                .data("note", note == null ? "" : note);
    }
}
