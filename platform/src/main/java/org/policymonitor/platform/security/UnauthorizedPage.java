package org.policymonitor.platform.security;

/**
 * A service's 401 page for its web pages (a bean; alert-service's console): a request without valid credentials to a
 * path it covers is answered this HTML, with the 401 status and the challenge, instead of an empty body — what the
 * browser shows when its user cancels the sign-in prompt. {@code /api} keeps its problem+json whatever a page covers.
 */
public interface UnauthorizedPage {

    /** Whether the path (normalised: no dot segments, no doubled slashes) is one of the pages'. */
    boolean covers(String path);

    /** The page: the same for everyone, with no data (nobody is signed in). */
    String html();
}
