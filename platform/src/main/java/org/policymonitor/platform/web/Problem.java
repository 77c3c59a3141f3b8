package org.policymonitor.platform.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An RFC 9457 problem detail, the body of every error the APIs answer ({@code application/problem+json}).
 *
 * @param errors     for a 400 on input: which field is wrong and why
 * @param extensions the problem's own members beside the standard ones (RFC 9457 section 3.2), written at the top
 *                   level of the body, in order: what a client acts on without parsing the detail (e.g. how many of
 *                   a poll's items were recorded before it lost its lease)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** The members RFC 9457 and this record define: an extension of that name would hide or repeat one. */
    private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance", "errors");
    /** RFC 9457's advice for extension names: a letter first, then letters, digits and underscores, three at least. */
    private static final Pattern EXTENSION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{2,}");

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String detail) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", s == null ? "HTTP " + status : s.getReasonPhrase(), status, detail, null,
                List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    /**
     * The same problem with one more member of its own (a number, a string, a boolean: what JSON writes as is).
     *
     * @throws IllegalArgumentException for a standard member's name or a name RFC 9457 advises against
     */
    public Problem with(String name, Object value) {
        if (STANDARD_MEMBERS.contains(name) || !EXTENSION_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a name for a problem's own member: " + name);
        }
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    /**
     * Answers with this problem from a Vert.x route filter, which runs before JAX-RS and its mappers (headers the
     * caller needs, such as {@code Retry-After}, are put on the response first).
     */
    public void send(HttpServerResponse response) {
        JsonObject body = new JsonObject().put("type", type).put("title", title).put("status", status)
                .put("detail", detail);
        extensions.forEach(body::put);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(body.encode());
    }
}
