package org.policymonitor.alert.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.policymonitor.platform.web.ProblemMappers;

/** Console failures as HTML pages (the API keeps answering problem+json). */
public class ConsoleErrors {

    @Inject
    @Location("console/error.html")
    Template error;
    @Inject
    ConsoleRequest request;

    /**
     * A path under {@code /console} no page has (a mistyped or stale address): the console's 404 page, not the API's
     * problem+json a browser would show raw. Other paths (under {@code /api}) and a parameter of the wrong type keep
     * the API's answer.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String path = uri.getPath();
        if (e.getCause() == null && (path.equals("/console") || path.startsWith("/console/"))) {
            return consoleError(new ConsoleException(404, "There is no console page " + path + "."));
        }
        return ProblemMappers.asProblem(e, uri);
    }

    @ServerExceptionMapper
    public Response consoleError(ConsoleException e) {
        String title = switch (e.status()) {
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            default -> "Something went wrong";
        };
        String html = error.data("chrome", request.chrome("")).data("status", e.status()).data("title", title)
                .data("message", e.getMessage()).render();
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
