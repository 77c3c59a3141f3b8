package org.policymonitor.alert.console;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.policymonitor.alert.console.html.EvidenceHighlighter;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.Tag;
import org.policymonitor.platform.security.Roles;
import org.policymonitor.platform.text.ComposedLetters;
import org.policymonitor.platform.text.InvisibleCharacters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The themes and rules in force at classifier-service, a tester (paste a text: POST /api/classify) and a candidate
 * rule check (POST /api/rules/validate: its errors, or which recent items it would tag). Nothing here changes state.
 */
@Path("/console/rules")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class RulesPage {

    private static final TypeReference<List<Tag>> TAGS = new TypeReference<>() {
    };
    private static final int MAX_TEXT = 200_000;

    @Inject
    @Location("console/rules.html")
    Template page;
    @Inject
    RemoteServices remote;
    @Inject
    ConsoleRequest request;

    public record ThemeRules(String id, String name, List<String> implies, List<RuleRow> rules) {
    }

    public record RuleRow(String id, String query, String languages, String description) {
    }

    /** What the tester typed. */
    public record TestInput(String title, String summary, String language) {
    }

    /** What the tester shows: the text with evidence marked, and the tags. */
    public record TestResult(String titleHtml, String summaryHtml, String lang, List<Tag> tags, String rulesetVersion) {
    }

    public record Candidate(String id, String theme, String query, String languages) {
    }

    public record ValidationResult(boolean valid, List<String> errors, int checkedItems, List<Match> matches) {
    }

    public record Match(String itemId, String titleHtml, String lang, String source, List<String> themes) {
    }

    @GET
    public TemplateInstance show() {
        return render(new TestInput("", "", "ru"), null, null, new Candidate("", "", "", ""), null);
    }

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance test(@FormParam("title") String title, @FormParam("summary") String summary,
                                 @FormParam("language") String language) {
        // as classifier-service reads what it classifies (invisible characters removed, letters composed), so the
        // evidence's offsets fall on this text
        TestInput input = new TestInput(nz(asIngested(title)), nz(asIngested(summary)), nz(language));
        if (input.title().isBlank() && input.summary().isBlank()) {
            return render(input, null, "Paste a title or a text first.", new Candidate("", "", "", ""), null);
        }
        if (input.title().length() + input.summary().length() > MAX_TEXT) {
            return render(input, null, "At most " + MAX_TEXT + " characters.", new Candidate("", "", "", ""), null);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", input.title().isBlank() ? null : input.title());
        body.put("summary", input.summary().isBlank() ? null : input.summary());
        body.put("language", input.language().isBlank() ? null : input.language());
        try {
            JsonNode r = remote.classifier().post("/api/classify", body);
            List<Tag> tags = EventJson.mapper().convertValue(r.path("tags"), TAGS);
            TestResult result = new TestResult(EvidenceHighlighter.highlight(input.title(), "title", tags),
                    EvidenceHighlighter.highlight(input.summary(), "summary", tags), ItemCard.lang(input.language()),
                    tags, r.path("rulesetVersion").asText(""));
            return render(input, result, null, new Candidate("", "", "", ""), null);
        } catch (RemoteApi.RemoteException e) {
            return render(input, null, e.getMessage(), new Candidate("", "", "", ""), null);
        }
    }

    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance validate(@FormParam("id") String id, @FormParam("theme") String theme,
                                     @FormParam("query") String query, @FormParam("languages") String languages) {
        Candidate candidate = new Candidate(nz(id), nz(theme), nz(query), nz(languages));
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", candidate.id().isBlank() ? "candidate" : candidate.id().strip());
        rule.put("theme", candidate.theme().isBlank() ? null : candidate.theme().strip());
        rule.put("query", candidate.query());
        rule.put("languages", Arrays.stream(candidate.languages().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        ValidationResult result;
        try {
            JsonNode r = remote.classifier().post("/api/rules/validate", Map.of("rule", rule, "limit", 500));
            List<String> errors = new ArrayList<>();
            r.path("errors").forEach(e -> errors.add(e.path("message").asText()));
            List<Match> matches = new ArrayList<>();
            for (JsonNode m : r.path("matches")) {
                List<Tag> tags = EventJson.mapper().convertValue(m.path("tags"), TAGS);
                matches.add(new Match(m.path("itemId").asText(), EvidenceHighlighter.highlight(
                        ItemCard.orUntitled(m.path("title").asText(null)), "title", tags),
                        ItemCard.lang(m.path("language").asText(null)), m.path("source").asText(""),
                        tags.stream().map(Tag::theme).toList()));
            }
            result = new ValidationResult(r.path("valid").asBoolean(), errors, r.path("checkedItems").asInt(), matches);
        } catch (RemoteApi.RemoteException e) {
            List<String> errors = new ArrayList<>();
            if (e.body() != null) {
                e.body().path("errors").forEach(x -> errors.add(x.path("field").asText("") + ": " + x.path("message").asText()));
            }
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
            result = new ValidationResult(false, errors, 0, List.of());
        }
        return render(new TestInput("", "", "ru"), null, null, candidate, result);
    }

    private TemplateInstance render(TestInput input, TestResult result, String testError, Candidate candidate,
                                    ValidationResult validation) {
        String problem = null;
        List<ThemeRules> themes = new ArrayList<>();
        String version = "";
        if (!remote.classifier().configured()) {
            problem = "The console does not know where classifier-service is: set policy.alert.console.classifier.url "
                    + "(POLICY_ALERT_CONSOLE_CLASSIFIER_URL) and its credentials.";
        } else {
            try {
                JsonNode rules = remote.classifier().get("/api/rules");
                version = rules.path("version").asText("");
                for (JsonNode t : rules.path("themes")) {
                    List<RuleRow> rows = new ArrayList<>();
                    for (JsonNode r : t.path("rules")) {
                        List<String> langs = new ArrayList<>();
                        r.path("languages").forEach(l -> langs.add(l.asText()));
                        rows.add(new RuleRow(r.path("id").asText(), r.path("query").asText(),
                                langs.isEmpty() ? "all" : String.join(", ", langs), r.path("description").asText("")));
                    }
                    List<String> implies = new ArrayList<>();
                    t.path("implies").forEach(i -> implies.add(i.asText()));
                    themes.add(new ThemeRules(t.path("id").asText(), t.path("name").asText(""), implies, rows));
                }
            } catch (RemoteApi.RemoteException e) {
                problem = e.getMessage();
            }
        }
        return page.data("chrome", request.chrome("rules")).data("problem", problem).data("version", version)
                .data("themes", themes).data("input", input).data("result", result).data("testError", testError)
                .data("candidate", candidate).data("validation", validation);
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }

    private static String asIngested(String text) {
        return ComposedLetters.of(InvisibleCharacters.removed(text));
    }
}
