package org.policymonitor.platform.security;

/** The role names every service uses. */
public final class Roles {
    /** Read, review and export. */
    public static final String ANALYST = "analyst";
    /** Everything an analyst may do, plus configuration: subscriptions, retries, reloads, source polls. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
