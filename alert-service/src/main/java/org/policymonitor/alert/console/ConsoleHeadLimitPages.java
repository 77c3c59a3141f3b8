package org.policymonitor.alert.console;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemPages;

/**
 * The shared request-head limits (platform {@code RequestHeadLimits}: a request line over 4096 characters is a 414,
 * headers over 20 KiB a 431) answer from a route filter, before JAX-RS, so {@link ConsoleProblemPages} never saw
 * them and a console address with a very long query showed the browser raw problem+json. On console paths they are
 * the console's plain error page too, status and detail kept; {@code /api} keeps its problem+json.
 */
@Singleton
public class ConsoleHeadLimitPages implements ProblemPages {

    @Override
    public boolean send(String path, Problem problem, HttpServerResponse response) {
        if (path == null || !ConsoleSignIn.isConsole(path)) {
            return false;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(ConsolePlainPage.error(problem.status(), ConsoleProblemPages.reason(problem), problem.detail()));
        return true;
    }
}
