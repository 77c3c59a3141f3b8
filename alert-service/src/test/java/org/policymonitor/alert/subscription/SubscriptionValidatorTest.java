package org.policymonitor.alert.subscription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policymonitor.platform.web.Problem;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SubscriptionValidatorTest {

    private final SubscriptionValidator validator = new SubscriptionValidator(Set.of("ai-law", "cybersecurity"));

    private List<String> fields(SubscriptionRequest r) {
        return validator.validate(r, true).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void aValidDailyDigestPasses() {
        assertThat(fields(new SubscriptionRequest("ops", "email", "ops@example.org", null, null, List.of("ai-law"),
                List.of("belta-ru"), List.of("ru", "be"), "digest",
                new SubscriptionRequest.Digest("daily", "08:30", "Europe/Minsk"), true, true))).isEmpty();
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        assertThat(fields(new SubscriptionRequest("", "webhook", null, "http://", "short", List.of("nope"),
                List.of(""), List.of("english!"), "digest", new SubscriptionRequest.Digest("weekly", null, "Nowhere/City"),
                null, null)))
                .containsExactlyInAnyOrder("name", "url", "secret", "themes[0]", "sources[0]", "languages[0]",
                        "digest.period", "digest.timeZone");
    }

    /**
     * A list filter is bounded: a subscription with 300,000 source ids (a 3.7 MB body) was saved, then copied and
     * searched for every stored item (and listed whole on every GET and console page); a list of bad values named each
     * one in the problem, a response larger than the request. One error per list, naming its limit.
     */
    @Test
    void aListFilterHasABoundedLengthNamedInOneError() {
        List<String> sources = Collections.nCopies(SubscriptionValidator.MAX_LIST + 1, "");
        List<String> themes = Collections.nCopies(SubscriptionValidator.MAX_LIST + 1, "nope");
        List<Problem.FieldError> errors = validator.validate(new SubscriptionRequest("x", "email", "a@example.org",
                null, null, themes, sources, List.of("ru"), null, null, null, null), true);
        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("themes", "sources");
        assertThat(errors.get(1).message()).isEqualTo("at most " + SubscriptionValidator.MAX_LIST + " entries, not "
                + (SubscriptionValidator.MAX_LIST + 1));
        assertThat(fields(new SubscriptionRequest("x", "email", "a@example.org", null, null, List.of("ai-law"),
                Collections.nCopies(SubscriptionValidator.MAX_LIST, "belta-ru"), null, null, null, null, null)))
                .isEmpty();
    }

    /**
     * A subscription that can never alert is refused, not saved (trial16): a source id with a space or a capital
     * (`belta-ru `, `Belta-RU`) matched no item ever — source ids are the ingest catalogue's, lower case without
     * spaces —, a name of only invisible characters (a zero-width or a no-break space) showed as an empty line in every
     * list, and a webhook secret of sixteen spaces signed every alert with a key anyone could guess.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "belta-ru "      | sources[0] | 'belta-ru ' is not a source id: lower-case letters, digits, '.', '_' or '-', as in the ingest catalogue (e.g. belta-ru)
            "Belta-RU"       | sources[0] | 'Belta-RU' is not a source id: lower-case letters, digits, '.', '_' or '-', as in the ingest catalogue (e.g. belta-ru)
            " belta-ru"      | sources[0] | ' belta-ru' is not a source id: lower-case letters, digits, '.', '_' or '-', as in the ingest catalogue (e.g. belta-ru)
            "name:​"    | name       | is required, at most 200 characters, not only invisible characters
            "name:  " | name    | is required, at most 200 characters, not only invisible characters
            "secret:                " | secret | must be 16 to 512 characters, not only spaces
            """)
    void aSubscriptionThatCouldNeverAlertOrIsBlankInDisguiseIsRefused(String value, String field, String message) {
        String name = value.startsWith("name:") ? value.substring(5) : "ops";
        String secret = value.startsWith("secret:") ? value.substring(7) : "0123456789abcdef";
        List<String> sources = value.contains(":") ? List.of("belta-ru") : List.of(value);
        assertThat(validator.validate(new SubscriptionRequest(name, "webhook", null, "https://hooks.example.org/in",
                secret, null, sources, null, null, null, null, null), true))
                .extracting(Problem.FieldError::field, Problem.FieldError::message)
                .containsExactly(tuple(field, message));
    }

    @Test
    void sourceIdsAsTheCatalogueWritesThemPass() {
        assertThat(fields(new SubscriptionRequest("Мониторинг · ops", "email", "a@example.org", null, null, null,
                List.of("belta-ru", "nasb.gov.by", "undp_belarus", "president-en", "7news"), null, null, null, null,
                null))).isEmpty();
    }

    /** The themes are those given (the ruleset's, see ThemeCatalogue), not a list of the validator's own. */
    @Test
    void theKnownThemesAreTheOnesGiven() {
        assertThat(new SubscriptionValidator(Set.of("astrology")).validate(new SubscriptionRequest("x", "email",
                "a@example.org", null, null, List.of("astrology"), null, null, null, null, null, null), true)).isEmpty();
    }

    /** A host in Unicode is a host: the ASCII (punycode) form is what is resolved, called and stored. */
    @Test
    void aWebhookUrlWithAHostInUnicodeIsValidAndStoredInItsAsciiForm() {
        assertThat(validator.validate(webhook("https://пример.бел/hook"), true)).isEmpty();
        assertThat(validator.validate(webhook("https://ПРИМЕР.бел:8443/hook?a=б"), true)).isEmpty();
        assertThat(SubscriptionValidator.webhookUrl("https://пример.бел/hook")).isEqualTo("https://xn--e1afmkfd.xn--90ais/hook");
        assertThat(SubscriptionValidator.webhookUrl("https://hooks.example.org/in")).isEqualTo("https://hooks.example.org/in");
    }

    /**
     * A port no TCP connection can use was accepted: {@code http://93.184.216.34:99999/h} was saved, and every alert
     * to it was retried for a day with "port out of range:99999" before going dead (trial13, demo). Port 0 the same.
     */
    @Test
    void aWebhookUrlWithAPortOutOfRangeIsRefusedNamingIt() {
        for (String port : List.of("0", "65536", "99999")) {
            assertThat(validator.validate(webhook("https://hooks.example.org:" + port + "/in"), true))
                    .extracting(Problem.FieldError::field, Problem.FieldError::message)
                    .containsExactly(tuple("url", "port " + port + " is not a TCP port (1-65535)"));
        }
        assertThat(validator.validate(webhook("https://hooks.example.org:65535/in"), true)).isEmpty();
        assertThat(validator.validate(webhook("https://hooks.example.org:1/in"), true)).isEmpty();
    }

    @Test
    void aUnicodeHostThatIsNoDomainNameIsRefusedSayingSo() {
        String tooLongALabel = "я".repeat(70);
        assertThat(validator.validate(webhook("https://" + tooLongALabel + ".бел/hook"), true))
                .extracting(Problem.FieldError::message)
                .containsExactly("host '" + tooLongALabel + ".бел' is not a valid internationalised domain name");
    }

    /**
     * The part before the @ is a dot-atom of at most 64 characters (RFC 5322 3.4.1, RFC 5321 4.5.3.1.1): ".user",
     * "user.", "us..er" and a 70-character name were saved (trial13, demo), and a server accepts or bounces such an
     * address after the alert counts as delivered — the subscriber silently gets nothing.
     */
    @Test
    void anEmailWhoseNameIsNoDotAtomOrLongerThan64IsRefused() {
        for (String address : List.of(".user@example.org", "user.@example.org", "us..er@example.org",
                "a".repeat(65) + "@example.org")) {
            assertThat(validator.validate(email(address), true)).as(address)
                    .extracting(Problem.FieldError::field).containsExactly("email");
        }
        assertThat(validator.validate(email("first.last+tag@example.org"), true)).isEmpty();
        assertThat(validator.validate(email("a".repeat(64) + "@example.org"), true)).isEmpty();
    }

    /** A domain in Unicode is a domain: its ASCII form is what is checked, stored and mailed to; the rest stays ASCII. */
    @Test
    void anEmailAtADomainInUnicodeIsValidAndStoredWithItsAsciiDomain() {
        assertThat(validator.validate(email("team@пример.бел"), true)).isEmpty();
        assertThat(SubscriptionValidator.emailAddress(" team@Пример.бел ")).isEqualTo("team@xn--e1afmkfd.xn--90ais");
        assertThat(SubscriptionValidator.emailAddress("ops@example.org")).isEqualTo("ops@example.org");
    }

    @Test
    void aUnicodeDomainThatIsNoDomainNameIsRefusedSayingSo() {
        String tooLongALabel = "я".repeat(70);
        assertThat(validator.validate(email("team@" + tooLongALabel + ".бел"), true))
                .extracting(Problem.FieldError::message)
                .containsExactly("domain '" + tooLongALabel + ".бел' is not a valid internationalised domain name");
    }

    private static SubscriptionRequest email(String address) {
        return new SubscriptionRequest("x", "email", address, null, null, null, null, null, null, null, null, null);
    }

    private static SubscriptionRequest webhook(String url) {
        return new SubscriptionRequest("x", "webhook", null, url, "0123456789abcdef", null, null, null, null, null,
                null, null);
    }

    @Test
    void theSecretIsNeverInToString() {
        assertThat(new SubscriptionRequest("x", "webhook", null, "https://h.example.org", "top-secret-value-123",
                null, null, null, null, null, null, null).toString()).doesNotContain("top-secret");
    }
}
