package org.policymonitor.ingest.rest;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.policymonitor.platform.web.Problem;

import java.util.UUID;

/**
 * The state database cannot be reached: a 503 the client may retry (with Retry-After), not an "unexpected" 500.
 * Other persistence errors answer a 500 with an error id, as the platform's mapper does.
 */
public class StateUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(StateUnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(PersistenceException e) {
        if (!(e instanceof JDBCConnectionException) && !(e.getCause() instanceof JDBCConnectionException)) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "unexpected persistence error %s", errorId);
            return Problem.of(500, "unexpected error; quote error id " + errorId + " when reporting it").toResponse();
        }
        LOG.warnf("state database unavailable: %s", e.getMessage());
        return Response.fromResponse(Problem.of(503, "the source state database is unavailable; try again shortly")
                .toResponse()).header(HttpHeaders.RETRY_AFTER, "30").build();
    }
}
