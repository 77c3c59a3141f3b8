package org.policymonitor.platform.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.policymonitor.platform.retry.Failures;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure of a REST call into {@code application/problem+json}: the service's own
 * {@link ProblemException}s, JAX-RS errors (404 path, 405, 415, unreadable bodies), security failures, and —
 * as a last resort — unexpected exceptions, which answer 500 with an error id that is also in the log, except a
 * database that cannot be reached: a 503 with {@code Retry-After}, which a client may retry, logged as a warning.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** When a client should ask again while the database is away: the readiness check asks it every 5 s. */
    private static final String DATABASE_RETRY_AFTER_SECONDS = "30";

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Context
    Request request;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return Response.fromResponse(Problem.of(401, "credentials are required").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"policy-monitor\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "your role does not allow this operation").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        return asProblem(e, uriInfo, headers, request == null ? null : request.getMethod());
    }

    /**
     * A JAX-RS error as problem+json: what {@link #webApplication} answers, for a service's own mapper of a subtype
     * that answers some paths otherwise (the alert console's HTML 404 page) and the rest as the API does.
     */
    public static Response asProblem(WebApplicationException e, UriInfo uriInfo) {
        return asProblem(e, uriInfo, null, null);
    }

    /**
     * As {@link #asProblem(WebApplicationException, UriInfo)}, a 406 and a 415 saying what the endpoint answers or
     * reads and what the request asked for or sent ({@code headers} and {@code method} of the request, null if not
     * known): Quarkus's own details named its annotations ("The accept header value did not match the value in
     * {@code @Produces}").
     */
    public static Response asProblem(WebApplicationException e, UriInfo uriInfo, HttpHeaders headers, String method) {
        if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted to its type ("page=abc"): that
            // reads as "no such page", but the client sent a value of the wrong type
            return ParameterProblems.wrongType(e.getCause(), uriInfo).toResponse();
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 405) {
            // RFC 9110 §15.5.6: a 405 says which methods the path has (Quarkus REST puts no Allow on its own)
            String allow = uriInfo == null ? null : AllowedMethods.of(uriInfo.getPath());
            // and says it in words: Quarkus's detail is only the status's text ("HTTP 405 Method Not Allowed")
            String detail = allow == null || method == null ? e.getMessage()
                    : uriInfo.getPath() + " does not answer " + method + "; it answers " + allow;
            Response problem = Problem.of(405, detail).toResponse();
            return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
        }
        if ((status == 406 || status == 415) && uriInfo != null) {
            List<String> types = AllowedMethods.mediaTypes(uriInfo.getPath(), method, status == 415);
            if (!types.isEmpty()) {
                return Problem.of(status, status == 406
                        ? "this endpoint answers " + String.join(" or ", types) + "; the request's Accept ("
                                + headerValue(headers, HttpHeaders.ACCEPT) + ") asks for none of them"
                        : "the request body must be " + String.join(" or ", types) + "; its Content-Type is "
                                + headerValue(headers, HttpHeaders.CONTENT_TYPE)).toResponse();
            }
        }
        String detail = e.getMessage();
        if (e.getCause() != null && status == 400) {
            Problem malformed = malformedJson(e.getCause());
            if (malformed != null) {
                return malformed.toResponse();
            }
            detail = "unreadable request body: " + rootMessage(e.getCause());
        }
        return Problem.of(status, detail).toResponse();
    }

    /**
     * A body that is not JSON, or JSON cut short (a client's timeout, a proxy, a shell's quoting): said as such and
     * where, without the parser's own wording of its state ("in VALUE_STRING", "start marker at [Source: REDACTED…").
     * Null when no JSON syntax error is the cause.
     */
    static Problem malformedJson(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MismatchedInputException trailing && trailing.getOriginalMessage() != null
                    && trailing.getOriginalMessage().startsWith("Trailing token")) {
                // FAIL_ON_TRAILING_TOKENS (OneJsonValue): Jackson's message names its token type and target class
                return Problem.of(400, "the request body has more after its JSON value" + where(trailing)
                        + ": it must be one JSON value");
            }
            if (t instanceof JsonEOFException eof) {
                return Problem.of(400, "the request body is truncated: its JSON ends" + where(eof) + " before it is complete");
            }
            if (t instanceof JsonParseException duplicate && duplicate.getOriginalMessage() != null
                    && duplicate.getOriginalMessage().startsWith("Duplicate field '")) {
                // STRICT_DUPLICATE_DETECTION (OneJsonValue): "Duplicate field 'name'"
                String message = duplicate.getOriginalMessage();
                String field = message.substring("Duplicate field '".length(), Math.max("Duplicate field '".length(),
                        message.lastIndexOf('\'')));
                String reason = "is given twice" + where(duplicate) + "; give each field once";
                return Problem.of(400, "the request body's field '" + field + "' " + reason)
                        .withErrors(List.of(new Problem.FieldError(field, reason)));
            }
            if (t instanceof JsonParseException syntax) {
                String message = syntax.getOriginalMessage() == null ? "" : syntax.getOriginalMessage()
                        .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "").lines().findFirst().orElse("");
                return Problem.of(400, "the request body is not valid JSON: " + message + where(syntax));
            }
        }
        return null;
    }

    /** A request header as the detail quotes it: at most 100 characters, "none" when absent. */
    private static String headerValue(HttpHeaders headers, String name) {
        String value = headers == null ? null : headers.getHeaderString(name);
        if (value == null || value.isBlank()) {
            return "none";
        }
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** A JSON body with a value of the wrong type (a list for a string, a string for an object…): 400 naming it. */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /** A body that is not JSON at all. */
    @ServerExceptionMapper
    public Response jsonSyntax(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response jsonOther(JsonProcessingException e) {
        return unreadableJson(e);
    }

    private static Response unreadableJson(JsonProcessingException e) {
        Problem malformed = malformedJson(e);
        if (malformed != null) {
            return malformed.toResponse();
        }
        String field = e instanceof JsonMappingException m ? path(m) : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            // FAIL_ON_UNKNOWN_PROPERTIES (OneJsonValue): a misspelt field, named with those the body may have
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String reason = "is not a field of this request body" + (known.isEmpty() ? "" : "; it has " + known);
            return Problem.of(400, field + ": " + reason)
                    .withErrors(List.of(new Problem.FieldError(field, reason))).toResponse();
        }
        String reason = e instanceof NoNulCharacters.NulCharacterException ? "must not contain NUL characters"
                : e instanceof InstantsInRange.OutOfRangeException range ? "must be a date-time such as "
                + "2026-01-31T10:00:00Z; " + range.reason()
                : e instanceof InvalidFormatException ? "is not a valid value"
                : e instanceof MismatchedInputException ? "has the wrong type"
                : e instanceof JsonParseException ? "is not valid JSON" : "cannot be read";
        if (field.isEmpty()) {
            return Problem.of(400, "the request body " + reason).toResponse();
        }
        return Problem.of(400, field + ": " + reason)
                .withErrors(List.of(new Problem.FieldError(field, reason))).toResponse();
    }

    /** {@code digest.at}, {@code themes[2]}: where in the body the value was. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (Failures.isDatabaseUnreachable(e)) {
            // an outage, not a defect to report with an error id: the client may ask again (readiness says DOWN meanwhile)
            LOG.warnf("database unavailable on %s: %s", uriInfo == null ? "?" : uriInfo.getPath(), Failures.describe(e));
            return Response.fromResponse(Problem.of(503, "the database is unavailable; try again shortly").toResponse())
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, uriInfo == null ? "?" : uriInfo.getPath());
        return Problem.of(500, "unexpected error; quote error id " + errorId + " when reporting it").toResponse();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
