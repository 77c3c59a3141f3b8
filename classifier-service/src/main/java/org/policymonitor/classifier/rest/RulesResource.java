package org.policymonitor.classifier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.classifier.engine.RuleEngine;
import org.policymonitor.classifier.engine.RulesetRegistry;
import org.policymonitor.classifier.rules.InvalidRulesetException;
import org.policymonitor.classifier.rules.RuleDefinition;
import org.policymonitor.classifier.rules.RuleError;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The rules in force ({@code GET}), a preview of candidate rules ({@code validate}) and {@code reload} (admin). */
@Path("/api/rules")
public class RulesResource {

    public record ThemeRules(String id, String name, List<String> implies, List<RuleDefinition> rules) {
    }

    public record RulesView(String version, String label, String source, Instant loadedAt, int ruleCount,
                            Map<String, Map<String, String>> aliases, List<ThemeRules> themes,
                            RulesetRegistry.Refused lastRefused) {
    }

    private final RulesetRegistry rulesets;
    private final RuleValidator validator;

    public RulesResource(RulesetRegistry rulesets, RuleValidator validator) {
        this.rulesets = rulesets;
        this.validator = validator;
    }

    @GET
    @RolesAllowed(Roles.ANALYST)
    @Produces(MediaType.APPLICATION_JSON)
    public RulesView rules() {
        RulesetRegistry.Active active = rulesets.active();
        RuleEngine engine = active.engine();
        List<ThemeRules> themes = engine.ruleset().themes().stream()
                .map(t -> new ThemeRules(t.id(), t.name(), t.implies(), t.rules())).toList();
        return new RulesView(engine.version(), engine.ruleset().label(), active.source(), active.loadedAt(),
                engine.ruleCount(), engine.ruleset().aliases(), themes, rulesets.lastRefused());
    }

    @POST
    @Path("/validate")
    @RolesAllowed(Roles.ANALYST)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public RuleValidator.ValidationResult validate(RuleValidator.ValidationRequest request) {
        if (request == null || (request.rule() == null) == (request.ruleset() == null)) {
            throw ProblemException.invalidField("rule", "give either a rule (object) or a ruleset (YAML text)");
        }
        if (request.limit() != null && request.limit() < 0) {
            throw ProblemException.invalidField("limit", "must not be negative");
        }
        return validator.validate(request);
    }

    @POST
    @Path("/reload")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    public RulesetRegistry.ReloadResult reload() {
        try {
            return rulesets.reload();
        } catch (InvalidRulesetException e) {
            throw new ProblemException(Problem.of(422, "ruleset refused, version "
                            + rulesets.engine().version() + " stays in force: " + e.getMessage())
                    .withErrors(fieldErrors(e.errors())));
        }
    }

    static List<Problem.FieldError> fieldErrors(List<RuleError> errors) {
        return errors.stream()
                .map(e -> new Problem.FieldError(e.ruleId() == null ? "ruleset" : "rules." + e.ruleId(), e.message()))
                .toList();
    }
}
