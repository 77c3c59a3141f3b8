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
import org.policymonitor.alert.console.html.SvgBarChart;
import org.policymonitor.alert.search.ItemSearch;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.ProblemException;

import java.util.List;
import java.util.Map;

/** Items per theme, source and day (the inbox's filter applies) as SVG charts drawn here: GET /api/stats's numbers. */
@Path("/console/stats")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class StatsPage {

    @Inject
    @Location("console/stats.html")
    Template page;
    @Inject
    ItemSearch search;
    @Inject
    ConsoleRequest request;

    @GET
    public TemplateInstance show(@Context UriInfo uri) {
        InboxQuery query = InboxQuery.of(uri.getQueryParameters(), 1);
        TemplateInstance shown = page.data("chrome", request.chrome("stats")).data("query", query);
        Map<String, Object> stats;
        try {
            stats = search.stats(query.filter());
        } catch (ProblemException e) {
            // said on the page with a way out, as the list pages say it (ConsoleListings), not an error page
            return shown.data("errors", InboxQuery.errors(e));
        }
        return shown.data("errors", List.of()).data("total", stats.get("total")).data("tagged", stats.get("tagged"))
                .data("byTheme", SvgBarChart.horizontal("Items per theme", bars(stats, "byTheme", "theme")))
                .data("bySource", SvgBarChart.horizontal("Items per source", bars(stats, "bySource", "name")))
                .data("byDay", SvgBarChart.columns("Items per day (UTC)", bars(stats, "byDay", "day")))
                .data("byReview", bars(stats, "byReviewStatus", "status"));
    }

    @SuppressWarnings("unchecked")
    private static List<SvgBarChart.Bar> bars(Map<String, Object> stats, String key, String labelKey) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) stats.getOrDefault(key, List.of());
        return rows.stream().map(r -> new SvgBarChart.Bar(String.valueOf(r.getOrDefault(labelKey,
                r.getOrDefault("source", r.get("theme")))), ((Number) r.get("count")).longValue())).toList();
    }
}
