package org.policymonitor.platform.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * Turns every failure of a REST call into {@code application/problem+json}: the service's own
 * {@link ProblemException}s, JAX-RS errors (404 path, 405, 415, unreadable bodies), security failures, and —
 * as a last resort — unexpected exceptions, which answer 500 with an error id that is also in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Context
    UriInfo uriInfo;

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
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String detail = e.getMessage();
        if (e.getCause() != null && status == 400) {
            detail = "unreadable request body: " + rootMessage(e.getCause());
        }
        return Problem.of(status, detail).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
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
