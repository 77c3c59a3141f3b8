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
import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.alert.search.ItemFilter;
import org.policymonitor.alert.search.ItemSearch;
import org.policymonitor.alert.subscription.ThemeCatalogue;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.util.Arrays;
import java.util.List;

/** The inbox: newest items first, filters in the URL, evidence marked, paging; the same search as GET /api/items. */
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
        ConsoleRequest.Chrome chrome = request.chrome("inbox");
        List<Problem.FieldError> errors = List.of();
        ItemSearch.Page page = null;
        try {
            ItemFilter filter = ItemFilter.parse(query.themes(), query.sources(), query.languages(),
                    query.publishedFrom(), query.publishedTo(), null, null, query.q(), query.review(), query.tagged());
            page = search.page(filter, query.sort(), query.page(), query.size());
        } catch (ProblemException e) {
            errors = e.problem().errors() == null || e.problem().errors().isEmpty()
                    ? List.of(new Problem.FieldError("filter", e.getMessage())) : e.problem().errors();
        }
        List<ItemCard> cards = page == null ? List.of()
                : page.items().stream().map(r -> ItemCard.of(r, chrome.dates())).toList();
        long total = page == null ? 0 : page.total();
        int first = cards.isEmpty() ? 0 : query.page() * query.size() + 1;
        boolean hasNext = (long) (query.page() + 1) * query.size() < total;
        return inbox.data("chrome", chrome).data("query", query).data("items", cards).data("total", total)
                .data("first", first).data("last", first == 0 ? 0 : first + cards.size() - 1)
                .data("hasPrevious", query.page() > 0).data("hasNext", hasNext)
                .data("previousQuery", query.pageQuery(Math.max(0, query.page() - 1)))
                .data("nextQuery", query.pageQuery(query.page() + 1))
                .data("errors", errors)
                .data("themes", themes.ids()).data("sources", facets.sources())
                .data("languages", facets.languages())
                .data("statuses", Arrays.stream(ReviewStatus.values()).map(ReviewStatus::wire).toList());
    }
}
