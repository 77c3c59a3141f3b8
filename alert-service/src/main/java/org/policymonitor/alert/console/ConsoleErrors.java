package org.policymonitor.alert.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Console failures as HTML pages (the API keeps answering problem+json). */
public class ConsoleErrors {

    @Inject
    @Location("console/error.html")
    Template error;
    @Inject
    ConsoleRequest request;

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
