package org.policymonitor.alert.console;

import jakarta.ws.rs.core.MultivaluedMap;
import org.policymonitor.alert.subscription.SubscriptionRequest;
import org.policymonitor.alert.subscription.SubscriptionView;
import org.policymonitor.platform.web.Problem;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subscription form's values as typed, and the API's field errors keyed by the form input they belong to
 * ({@code themes[1]} → {@code themes}, {@code digest.at} → {@code digestAt}), so each error shows at its field.
 */
public record SubscriptionForm(Long id, String name, String channel, String email, String url, boolean secretSet,
                               List<String> themes, String sources, String languages, String mode, String digestPeriod,
                               String digestAt, String digestTimeZone, boolean sourceHealth, boolean enabled,
                               Map<String, String> errors, boolean changes, boolean oncePerStory, String updatedAt) {

    public static SubscriptionForm empty() {
        return new SubscriptionForm(null, "", "email", "", "", false, List.of(), "", "", "immediate", "daily", "08:00",
                "Europe/Minsk", false, true, Map.of(), false, false, "");
    }

    public static SubscriptionForm of(SubscriptionView v) {
        return new SubscriptionForm(v.id(), v.name(), v.channel(), nz(v.email()), nz(v.url()),
                Boolean.TRUE.equals(v.secretSet()), v.themes(), String.join(", ", v.sources()),
                String.join(", ", v.languages()), v.mode(),
                v.digest() == null ? "daily" : nz(v.digest().period()), v.digest() == null ? "08:00" : nz(v.digest().at()),
                v.digest() == null ? "Europe/Minsk" : nz(v.digest().timeZone()), v.sourceHealth(), v.enabled(), Map.of(),
                v.changes(), v.oncePerStory(), Dates.iso(v.updatedAt()));
    }

    public static SubscriptionForm of(Long id, MultivaluedMap<String, String> form, boolean secretSet) {
        return new SubscriptionForm(id, first(form, "name"), first(form, "channel"), first(form, "email"),
                first(form, "url"), secretSet, form.get("theme") == null ? List.of() : List.copyOf(form.get("theme")),
                first(form, "sources"), first(form, "languages"), first(form, "mode"), first(form, "digestPeriod"),
                first(form, "digestAt"), first(form, "digestTimeZone"), form.containsKey("sourceHealth"),
                form.containsKey("enabled"), Map.of(), form.containsKey("changes"), form.containsKey("oncePerStory"),
                first(form, "updatedAt"));
    }

    /** What the API takes; the secret is only sent when typed (empty keeps the current one on edit). */
    public SubscriptionRequest toRequest(String secret) {
        boolean digest = "digest".equals(mode);
        return new SubscriptionRequest(name, channel, blankToNull(email), blankToNull(url), blankToNull(secret),
                themes, list(sources), list(languages), blankToNull(mode),
                digest ? new SubscriptionRequest.Digest(blankToNull(digestPeriod),
                        "daily".equals(digestPeriod) ? blankToNull(digestAt) : null, blankToNull(digestTimeZone)) : null,
                sourceHealth, enabled, oncePerStory, changes, readAt());
    }

    public SubscriptionForm withErrors(List<Problem.FieldError> fieldErrors) {
        Map<String, String> byInput = new LinkedHashMap<>();
        for (Problem.FieldError e : fieldErrors) {
            byInput.merge(input(e.field()), e.message(), (a, b) -> a + "; " + b);
        }
        return new SubscriptionForm(id, name, channel, email, url, secretSet, themes, sources, languages, mode,
                digestPeriod, digestAt, digestTimeZone, sourceHealth, enabled, byInput, changes, oncePerStory,
                updatedAt);
    }

    /**
     * The version the form was opened on (a hidden input), so that saving it over a change someone saved meanwhile is a
     * conflict shown on the form rather than an overwrite; null for a new subscription or an unreadable value.
     */
    private Instant readAt() {
        return Dates.parseIso(updatedAt);
    }

    /** The form input an API field error belongs to. */
    static String input(String apiField) {
        if (apiField == null) {
            return "form";
        }
        String base = apiField.replaceAll("\\[\\d+]$", "");
        return switch (base) {
            case "digest", "digest.period" -> "digestPeriod";
            case "digest.at" -> "digestAt";
            case "digest.timeZone" -> "digestTimeZone";
            case "name", "channel", "email", "url", "secret", "themes", "sources", "languages", "mode" -> base;
            default -> "form";
        };
    }

    public boolean hasTheme(String theme) {
        return themes.contains(theme);
    }

    public boolean hasError(String input) {
        return errors.containsKey(input);
    }

    public String error(String input) {
        return errors.getOrDefault(input, "");
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }

    private static String nz(String v) {
        return v == null ? "" : v;
    }
}
