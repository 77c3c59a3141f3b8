package org.policymonitor.alert.rest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.policymonitor.alert.delivery.DeliveryEntity;
import org.policymonitor.alert.item.ItemChangeEntity;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.item.ReviewEntity;
import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.alert.search.CsvWriter;
import org.policymonitor.alert.search.ItemFilter;
import org.policymonitor.alert.search.ItemQuery;
import org.policymonitor.alert.search.ItemSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.policymonitor.events.EventJson;
import org.policymonitor.platform.text.ControlCharacters;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.ProblemException;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The analysts' view of stored items: search, detail, review, export, statistics. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class ItemResource {

    private static final int MAX_NOTE = 4000;
    private static final String SORT = "publishedAt (default -publishedAt), fetchedAt, classifiedAt, title or source; "
            + "a - prefix sorts descending; relevance needs q";

    @Inject
    ItemSearch search;
    @Inject
    KnownThemes knownThemes;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("items")
    public ItemSearch.Page list(@BeanParam ItemFilterParams filters,
                                @QueryParam("sort") @Parameter(description = SORT) String sort,
                                @BeanParam PageParams paging) {
        paging.checked();
        return search.page(filters.toFilter(knownThemes), sort, paging.page(), paging.size());
    }

    @GET
    @Path("items/{id}")
    public ItemViews.Detail get(@PathParam("id") String id) {
        ItemEntity item = find(id);
        return ItemViews.Detail.of(item, ReviewEntity.ofItem(id), DeliveryEntity.ofItem(id))
                .forRole(identity.hasRole(Roles.ADMIN));
    }

    /** The versions of the item's article, oldest first: the first publication and each change with its word diff. */
    @GET
    @Path("items/{id}/versions")
    @Operation(summary = "Versions of an item's article: version 1 as published, then each edit, removal or "
            + "restoration with its word diff, HTTP status and text hash; 404 for an unknown item")
    public ItemViews.Versions versions(@PathParam("id") String id) {
        ItemEntity item = find(id);
        List<ItemViews.Version> versions = new ArrayList<>();
        versions.add(ItemViews.Version.first(item));
        ItemChangeEntity.ofItem(id).stream().map(ItemViews.Version::of).forEach(versions::add);
        return new ItemViews.Versions(item.id, item.status, item.versionCount, versions);
    }

    /**
     * Records a review decision (status and note) with the reviewer and time; earlier decisions are kept. Sent with the
     * item's {@code updatedAt} as read, it is a 409 when the item was reviewed or changed since (see
     * {@link ReadVersion}).
     */
    @PATCH
    @Path("items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public ItemViews.Detail review(@PathParam("id") String id, ItemViews.ReviewRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a JSON body {\"status\":..., \"note\":...} is required");
        }
        ReviewStatus status = request.status() == null ? null : ReviewStatus.fromWire(request.status()).orElse(null);
        if (status == null) {
            throw ProblemException.invalidField("status", "must be one of " + ReviewStatus.allowed());
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            throw ProblemException.invalidField("note", "at most " + MAX_NOTE + " characters");
        }
        String control = ControlCharacters.firstInText(request.note());
        if (control != null) {
            // lines and tabs are a note's own; an escape or a direction override would reach the trail's readers
            throw ProblemException.invalidField("note", "must not contain control characters other than line breaks "
                    + "and tabs; it has " + control);
        }
        ItemEntity item = find(id, LockModeType.PESSIMISTIC_WRITE);
        ReadVersion.check("item " + id, request.updatedAt(), item.updatedAt, "review it again");
        ReviewEntity review = new ReviewEntity();
        review.itemId = id;
        review.status = status.wire();
        review.note = request.note();
        review.reviewer = identity.getPrincipal().getName();
        review.reviewedAt = ReadVersion.now();
        review.persist();
        item.reviewStatus = status.wire();
        item.updatedAt = review.reviewedAt; // the version the next review is checked against
        return ItemViews.Detail.of(item, ReviewEntity.ofItem(id), DeliveryEntity.ofItem(id))
                .forRole(identity.hasRole(Roles.ADMIN));
    }

    /** Every matching item as CSV or JSON, streamed from a database cursor. */
    @GET
    @Path("items/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") @Parameter(description = "csv or json; without it the Accept header "
                                   + "chooses (CSV unless it prefers application/json); one the Accept header excludes"
                                   + " is a 406") String format,
                           @BeanParam ItemFilterParams filters,
                           @QueryParam("sort") @Parameter(description = SORT) String sort,
                           @QueryParam("bom") @DefaultValue("false") @Parameter(description = "csv only: true puts the"
                                   + " UTF-8 byte-order mark first, so that Excel reads the Cyrillic text as UTF-8"
                                   + " (without it Excel uses the machine's ANSI code page)") String bom,
                           @Context HttpServerRequest request, @Context HttpHeaders headers) {
        ExportFormat exported = ExportFormat.chosen(format, headers);
        ItemFilter filter = filters.toFilter(knownThemes);
        ItemQuery.orderBy(sort, filter); // reject a bad sort with a 400 before the response starts
        if (!"true".equals(bom) && !"false".equals(bom)) {
            throw ProblemException.invalidField("bom", "must be true or false");
        }
        boolean byteOrderMark = "true".equals(bom);
        if (byteOrderMark && exported != ExportFormat.CSV) {
            throw ProblemException.invalidField("bom", "is for format=csv only (JSON has no byte-order mark)");
        }
        StreamingOutput body;
        String type;
        if (exported == ExportFormat.CSV) {
            type = "text/csv; charset=utf-8";
            body = new CutOffOnFailure(request, "the CSV export", out -> {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                if (byteOrderMark) {
                    writer.write('\uFEFF');
                }
                CsvWriter csv = new CsvWriter(writer);
                csv.header();
                search.stream(filter, sort, csv::row);
                writer.flush();
            });
        } else {
            type = MediaType.APPLICATION_JSON;
            ObjectMapper mapper = EventJson.mapper();
            body = new CutOffOnFailure(request, "the JSON export", out -> {
                // closed only when every row is written: closing on a failure would end the array ("]", Jackson's
                // AUTO_CLOSE_JSON_CONTENT) and the response (AUTO_CLOSE_TARGET), and a failed export would arrive
                // as a 200 with a well-formed list that lacks its items; unclosed, a failure before the first rows
                // left is a 500 problem, one after them a list without its end, which no JSON parser takes
                JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartArray();
                search.stream(filter, sort, json::writePOJO);
                json.writeEndArray();
                json.close();
            });
        }
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"items." + exported.wire() + "\"")
                .build();
    }

    @GET
    @Path("stats")
    public Map<String, Object> stats(@BeanParam ItemFilterParams filters) {
        return search.stats(filters.toFilter(knownThemes));
    }

    private static ItemEntity find(String id) {
        return find(id, LockModeType.NONE);
    }

    private static ItemEntity find(String id, LockModeType lock) {
        ItemEntity item = ItemEntity.findById(id, lock);
        if (item == null) {
            throw ProblemException.notFound("no item " + id);
        }
        return item;
    }
}
