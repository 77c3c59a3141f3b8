package org.policymonitor.classifier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.classifier.engine.RulesetRegistry;
import org.policymonitor.platform.security.Roles;

import java.util.List;

/** {@code GET /api/themes}: the tracked themes of the ruleset in force. */
@Path("/api/themes")
@RolesAllowed(Roles.ANALYST)
public class ThemesResource {

    /** A theme, what it means, what it implies and how many rules feed it. */
    public record ThemeView(String id, String name, String description, List<String> implies, int rules) {
    }

    private final RulesetRegistry rulesets;

    public ThemesResource(RulesetRegistry rulesets) {
        this.rulesets = rulesets;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ThemeView> themes() {
        return rulesets.engine().ruleset().themes().stream()
                .map(t -> new ThemeView(t.id(), t.name(), t.description(), t.implies(), t.rules().size()))
                .toList();
    }
}
