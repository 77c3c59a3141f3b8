package org.policymonitor.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the APIs answer ({@code application/problem+json}).
 *
 * @param errors for a 400 on input: which field is wrong and why
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One invalid input field. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String detail) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", s == null ? "HTTP " + status : s.getReasonPhrase(), status, detail, null, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors == null ? List.of() : List.copyOf(fieldErrors));
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }

    /**
     * Answers with this problem from a Vert.x route filter, which runs before JAX-RS and its mappers (headers the
     * caller needs, such as {@code Retry-After}, are put on the response first).
     */
    public void send(HttpServerResponse response) {
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .end(new JsonObject().put("type", type).put("title", title).put("status", status).put("detail", detail)
                        .encode());
    }
}
