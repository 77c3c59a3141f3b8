package org.policymonitor.alert.console;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.policymonitor.alert.subscription.ThemeCatalogue;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.util.List;
import java.util.function.BiFunction;

/**
 * What the console's list pages (inbox, stories, acts) share: the query read from the URL with the inbox's filters,
 * the page header, the filter choices, a search whose invalid filters become messages on the page rather than an
 * error page, and the template data every list page's layout expects.
 */
@ApplicationScoped
public class ConsoleListings {

    @Inject
    SourceFacets facets;
    @Inject
    ThemeCatalogue themes;
    @Inject
    ConsoleConfig config;
    @Inject
    ConsoleRequest request;

    /** A list page's search: what it found ({@code null} when the filters were refused, with {@link #errors}). */
    public record Listing<T>(InboxQuery query, ConsoleRequest.Chrome chrome, FilterChoices filters, T found,
                             List<Problem.FieldError> errors) {
    }

    /**
     * Runs a list page's search with the filters of the request's URL.
     *
     * @param menu   the menu entry the page marks as current
     * @param action the path the filter form submits to
     * @param search the page's own search, given the query and the filter choices (to check a value against them)
     */
    public <T> Listing<T> search(UriInfo uri, String menu, String action,
                                 BiFunction<InboxQuery, FilterChoices, T> search) {
        InboxQuery query = InboxQuery.of(uri.getQueryParameters(), config.pageSize());
        ConsoleRequest.Chrome chrome = request.chrome(menu);
        FilterChoices filters = FilterChoices.of(themes, facets, action);
        try {
            return new Listing<>(query, chrome, filters, search.apply(query, filters), List.of());
        } catch (ProblemException e) {
            return new Listing<>(query, chrome, filters, null, InboxQuery.errors(e));
        }
    }

    /** The page with its rows under {@code rowsName}, a pager over {@code total} rows, the header, filters and errors. */
    public TemplateInstance render(Template page, Listing<?> listing, String rowsName, List<?> rows, long total) {
        return page.data("chrome", listing.chrome()).data("query", listing.query()).data(rowsName, rows)
                .data("pager", Pager.of(listing.query(), total, rows.size())).data("errors", listing.errors())
                .data("filters", listing.filters());
    }
}
