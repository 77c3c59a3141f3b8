package org.policymonitor.alert.console;

import jakarta.enterprise.context.ApplicationScoped;
import org.policymonitor.platform.security.UnauthorizedPage;

/**
 * What the console answers a browser without valid credentials: the 401 and the challenge as before (the browser asks
 * for them), and this page for when its user cancels the prompt or a password was wrong — instead of an empty page.
 * Static: no data, no stylesheet (it would need the credentials too): a {@link ConsolePlainPage}.
 */
@ApplicationScoped
public class ConsoleSignIn implements UnauthorizedPage {

    private static final String PAGE = ConsolePlainPage.of("Sign in", """
            <p>The Policy Monitor console needs your user name and password. Your browser asks for them when the page
            loads; if you cancelled its prompt or the password was not accepted, <a href="/console">open the console
            again</a> to be asked once more.</p>
            <p>No account, or a forgotten password? Ask the administrator who runs Policy Monitor: users are set in its
            configuration. After several wrong passwords, sign-ins are refused for a while.</p>""");

    @Override
    public boolean covers(String path) {
        return isConsole(path);
    }

    /** Whether a path (normalised) is the console's. */
    static boolean isConsole(String path) {
        return path.equals("/console") || path.startsWith("/console/") || path.startsWith("/console;");
    }

    @Override
    public String html() {
        return PAGE;
    }
}
