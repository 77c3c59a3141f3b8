package org.policymonitor.alert.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.policymonitor.platform.web.Problem;

import java.lang.annotation.Annotation;

/**
 * A console request the shared request checks refuse (platform {@code web}: a NUL character in the address, a body
 * too large, a method the page does not have) is answered their problem+json, which a browser shows raw. On console
 * paths the problem becomes a {@link ConsolePlainPage} with its status, headers ({@code Allow}) and detail kept; the
 * console's own failures are its templated pages already ({@link ConsoleErrors}), and {@code /api} keeps its
 * problem+json. A response filter: it sees the answers of pre-matching filters too, which no exception mapper does;
 * the request-head limits answer before JAX-RS, and {@link ConsoleHeadLimitPages} makes theirs pages.
 */
public class ConsoleProblemPages {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem
                && ConsoleSignIn.isConsole(request.getUriInfo().getRequestUri().getRawPath())) {
            response.setEntity(ConsolePlainPage.error(problem.status(), reason(problem), problem.detail()),
                    new Annotation[0], HTML);
        }
    }

    /** The page's heading after the status: short words for people, not the problem's title. */
    static String reason(Problem problem) {
        return switch (problem.status()) {
            case 400 -> "Bad request";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            case 414 -> "Address too long";
            case 431 -> "Headers too large";
            default -> problem.title();
        };
    }
}
