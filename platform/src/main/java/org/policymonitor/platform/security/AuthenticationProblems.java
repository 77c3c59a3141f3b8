package org.policymonitor.platform.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.policymonitor.platform.web.Problem;

import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Makes the 401 and 403 of the HTTP security layer problem+json like every other error of {@code /api}, keeping the
 * challenge ({@code WWW-Authenticate}) that the authentication mechanisms put on a 401. Quarkus answers them before
 * JAX-RS, so the exception mappers never see them: with proactive authentication a wrong password fails the
 * request ({@link AuthenticationFailedException}, after the challenge was set) and a failure handler may answer it;
 * a request without credentials is denied by the {@code authenticated} permission, which ends the response with
 * an empty body — so such a request is answered here first, with the challenge the mechanisms give.
 * <p>
 * A service's web pages ({@link UnauthorizedPage}: alert-service's console) get a page in HTML instead, with the same
 * status and challenge: what a browser shows when its user cancels the sign-in prompt or typed a wrong password.
 */
@ApplicationScoped
public class AuthenticationProblems {

    /** The API's root, as {@code quarkus.http.auth.permission.api.paths} (platform's shared configuration) names it. */
    private static final String API = "/api";

    @Inject
    Instance<HttpAuthenticator> authenticator;
    @Inject
    Instance<UnauthorizedPage> pages;

    void register(@Observes Filters filters) {
        filters.register(this::withoutCredentials, SecurityHandlerPriorities.AUTHENTICATION + 20);
        // after the mechanisms have read the request, before the permission check ends it
        filters.register(this::withUnreadCredentials, SecurityHandlerPriorities.AUTHENTICATION - 20);
    }

    void register(@Observes Router router) {
        // not route(API + "/*"): Vert.x would not match "/api;x=1/items", which the permission and JAX-RS both take
        router.route().failureHandler(rc -> {
            if (isApi(rc.normalizedPath()) || page(rc.normalizedPath()) != null) {
                failed(rc);
            } else {
                rc.next();
            }
        });
    }

    /**
     * Whether the path is one the {@code api} permission protects: {@code /api} itself and every path below it,
     * also with a matrix parameter on its first segment ({@code /api;x=1/items}), which JAX-RS routes to
     * {@code /api/items}. The path is normalised by Vert.x (dot segments and doubled slashes resolved).
     */
    static boolean isApi(String path) {
        return path.startsWith(API) && (path.length() == API.length() || path.charAt(API.length()) == '/'
                || path.charAt(API.length()) == ';');
    }

    /** The page that answers a 401 on this path, or null where problem+json (or Quarkus) answers. */
    private UnauthorizedPage page(String path) {
        for (UnauthorizedPage page : pages) {
            if (page.covers(path)) {
                return page;
            }
        }
        return null;
    }

    /**
     * Every {@code /api} path (and every path of a service's pages) needs an authenticated user: without an
     * Authorization header the answer is 401.
     */
    void withoutCredentials(RoutingContext rc) {
        String path = rc.normalizedPath();
        if ((!isApi(path) && page(path) == null) || rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || !authenticator.isResolvable()) {
            rc.next();
            return;
        }
        challenge(rc);
    }

    /**
     * An Authorization header that no mechanism of the service reads ({@code Bearer …} where no OIDC tenant is enabled,
     * {@code Digest …}) fails nothing: the request goes on anonymous, and the permission check then ends it with a bare
     * 401 (until trial16, no problem+json and no sign-in page). Answered as a request without credentials is.
     */
    void withUnreadCredentials(RoutingContext rc) {
        String path = rc.normalizedPath();
        if ((!isApi(path) && page(path) == null) || rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                || !(rc.user() instanceof QuarkusHttpUser user) || !user.getSecurityIdentity().isAnonymous()
                || !authenticator.isResolvable()) {
            rc.next();
            return;
        }
        challenge(rc);
    }

    /** A 401 with the mechanisms' challenge, as problem+json (or the path's page). */
    private void challenge(RoutingContext rc) {
        authenticator.get().getChallenge(rc).subscribe().with(challenge -> {
            HttpServerResponse response = rc.response();
            if (response.ended()) {
                return;
            }
            if (challenge == null || challenge.status != 401) {
                rc.next(); // a mechanism that redirects or answers otherwise keeps its own way
                return;
            }
            putHeaders(response, challenge);
            sendUnauthorized(rc, response);
        }, failure -> rc.next());
    }

    void failed(RoutingContext rc) {
        Throwable failure = rootCause(rc.failure());
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            rc.next();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            // the mechanism has already put its challenge on the response (HttpAuthenticator.sendChallenge)
            sendUnauthorized(rc, response);
        } else if (failure instanceof ForbiddenException && isApi(rc.normalizedPath())) {
            Problem.of(403, "your role does not allow this operation").send(response);
        } else {
            rc.next();
        }
    }

    private void sendUnauthorized(RoutingContext rc, HttpServerResponse response) {
        UnauthorizedPage page = isApi(rc.normalizedPath()) ? null : page(rc.normalizedPath());
        if (page == null) {
            unauthorized().send(response);
            return;
        }
        // a page of its own, no data: nothing else may load (its stylesheet would need the credentials too)
        response.setStatusCode(401);
        response.headers().set(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'")
                .set("X-Content-Type-Options", "nosniff").set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.end(page.html());
    }

    private static Problem unauthorized() {
        // the same text whether credentials were missing, malformed or wrong: nothing to learn about user names
        return Problem.of(401, "valid credentials are required (HTTP Basic; see WWW-Authenticate)");
    }

    private static void putHeaders(HttpServerResponse response, ChallengeData challenge) {
        for (Map.Entry<CharSequence, String> header : challenge.getHeaders().entrySet()) {
            response.headers().add(header.getKey(), header.getValue());
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
