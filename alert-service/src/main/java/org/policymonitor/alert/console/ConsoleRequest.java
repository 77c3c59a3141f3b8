package org.policymonitor.alert.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.policymonitor.platform.security.Roles;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Who is asking and in which time zone: what every console page needs for its header and its dates. */
@RequestScoped
public class ConsoleRequest {

    /** Cookie the console's script sets to the browser's IANA time zone. */
    static final String ZONE_COOKIE = "pm_tz";

    @Inject
    SecurityIdentity identity;
    @Inject
    HttpServerRequest request;
    @Inject
    ConsoleConfig config;

    public boolean admin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Admin pages answer a 403 page to anyone else (the API they call would refuse them too). */
    public void requireAdmin() {
        if (!admin()) {
            throw new ConsoleException(403, "This page is for administrators. Your role does not allow it.");
        }
    }

    public ZoneId zone() {
        Cookie cookie = request.getCookie(ZONE_COOKIE);
        if (cookie != null && cookie.getValue() != null && !cookie.getValue().isBlank()) {
            try {
                return ZoneId.of(cookie.getValue());
            } catch (DateTimeException e) {
                // a cookie we did not write or an unknown zone: fall back to the configured one
            }
        }
        return ZoneId.of(config.timeZone());
    }

    /** The header data of a page; {@code page} marks the current menu entry. */
    public Chrome chrome(String page) {
        return new Chrome(identity.getPrincipal().getName(), admin(), page, new Dates(zone()));
    }

    /** Header data shared by every console page. */
    public record Chrome(String user, boolean admin, String page, Dates dates) {
        public String zone() {
            return dates.zone().getId();
        }
    }
}
