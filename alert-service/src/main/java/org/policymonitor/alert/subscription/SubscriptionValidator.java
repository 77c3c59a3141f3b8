package org.policymonitor.alert.subscription;

import org.policymonitor.events.SourceIds;
import org.policymonitor.events.UrlCanonicalizer;
import org.policymonitor.platform.text.ControlCharacters;
import org.policymonitor.platform.web.Problem;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a subscription request and names every field that is wrong. */
public final class SubscriptionValidator {

    /**
     * Deliberately simple: one @, no spaces or angle brackets, a dot in the domain; SMTP has the final word. The name
     * is a dot-atom of at most 64 characters (RFC 5322 3.4.1, RFC 5321 4.5.3.1.1: no dot first, last or twice), as
     * a server may take such an address and bounce it after the alert counts as delivered.
     */
    private static final Pattern EMAIL = Pattern.compile("^(?=[^@]{1,64}@)[^@\\s<>\"(),;:\\[\\].]+(?:\\.[^@\\s<>\"(),;:\\[\\].]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");
    private static final Pattern HH_MM = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$");
    static final int MIN_SECRET = 16;
    /** The most entries a list filter (themes, sources, languages) may have. */
    static final int MAX_LIST = 1000;

    private final Set<String> knownThemes;

    public SubscriptionValidator(Set<String> knownThemes) {
        this.knownThemes = knownThemes;
    }

    /**
     * @param secretRequired false on update of a webhook that already has a secret
     * @return the problems found (empty when valid)
     */
    public List<Problem.FieldError> validate(SubscriptionRequest r, boolean secretRequired) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r.name() == null || invisible(r.name()) || r.name().length() > 200) {
            errors.add(error("name", "is required, at most 200 characters, not only invisible characters"));
        } else {
            refuseControlCharacters("name", r.name(), errors);
        }
        Channel channel = r.channel() == null ? null : Channel.fromWire(r.channel()).orElse(null);
        if (channel == null) {
            errors.add(error("channel", "must be 'email' or 'webhook'"));
        } else if (channel == Channel.EMAIL) {
            validateEmail(r.email(), errors);
        } else {
            validateUrl(r.url(), errors);
            if (r.secret() != null || secretRequired) {
                if (r.secret() == null || r.secret().length() < MIN_SECRET || r.secret().length() > 512
                        || invisible(r.secret())) {
                    errors.add(error("secret", "must be " + MIN_SECRET + " to 512 characters, not only spaces"));
                }
            }
        }
        List<String> themes = bounded("themes", r.themes(), errors);
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i) == null || !knownThemes.contains(themes.get(i))) {
                errors.add(error("themes[" + i + "]", "unknown theme '" + themes.get(i) + "'; known: "
                        + String.join(", ", knownThemes.stream().sorted().toList())));
            }
        }
        List<String> sources = bounded("sources", r.sources(), errors);
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            if (source == null || source.isBlank() || source.length() > 200) {
                errors.add(error("sources[" + i + "]", "must be a source id"));
            } else if (!refuseControlCharacters("sources[" + i + "]", source, errors) && !SourceIds.isValid(source)) {
                // items carry the catalogue's ids exactly: "belta-ru " or "Belta-RU" was saved and never matched one
                errors.add(error("sources[" + i + "]", "'" + source + "' is not a source id: lower-case letters, "
                        + "digits, '.', '_' or '-', as in the ingest catalogue (e.g. belta-ru)"));
            }
        }
        List<String> languages = bounded("languages", r.languages(), errors);
        for (int i = 0; i < languages.size(); i++) {
            if (languages.get(i) == null || !LANGUAGE.matcher(languages.get(i)).matches()) {
                errors.add(error("languages[" + i + "]", "must be a language code like 'en', 'ru' or 'be'"));
            }
        }
        Mode mode = r.mode() == null ? Mode.IMMEDIATE : Mode.fromWire(r.mode()).orElse(null);
        if (mode == null) {
            errors.add(error("mode", "must be 'immediate' or 'digest'"));
        } else if (mode == Mode.DIGEST) {
            validateDigest(r.digest(), errors);
        }
        return errors;
    }

    /**
     * Whether the text has nothing to see: spaces of any kind (a no-break or an em space, which {@link String#isBlank}
     * does not count) and invisible format characters (a zero-width space) only.
     */
    static boolean invisible(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /**
     * Text stored and shown to others (the console's lists, mails, logs) carries no control character: a terminal
     * escape, a forged log line or a right-to-left override would reach the next reader as the sender meant.
     *
     * @return whether the text had one (and was refused)
     */
    private static boolean refuseControlCharacters(String field, String text, List<Problem.FieldError> errors) {
        String control = ControlCharacters.firstInLine(text);
        if (control != null) {
            errors.add(error(field, "must not contain control characters; it has " + control
                    + " (line breaks, escapes and direction overrides are not shown as typed)"));
            return true;
        }
        return false;
    }

    /**
     * The list to check entry by entry, or none when it is longer than {@value #MAX_LIST} (one error for the list): a
     * subscription's lists are copied and searched for every stored item, and a problem naming each bad entry of a
     * huge list would be larger than the request.
     */
    private static List<String> bounded(String field, List<String> list, List<Problem.FieldError> errors) {
        if (list == null) {
            return List.of();
        }
        if (list.size() > MAX_LIST) {
            errors.add(error(field, "at most " + MAX_LIST + " entries, not " + list.size()));
            return List.of();
        }
        return list;
    }

    /**
     * The webhook URL as it is checked, stored and called: a host in Unicode ({@code https://пример.бел/hook}) in its
     * ASCII form ({@code https://xn--e1afmkfd.xn--90ais/hook}), as a browser sends it — {@link URI} reads a Unicode
     * host as no host at all, and the address policy resolves the ASCII name.
     */
    public static String webhookUrl(String url) {
        return UrlCanonicalizer.withAsciiHost(url);
    }

    /**
     * The address as it is checked, stored and mailed to: a domain in Unicode ({@code team@пример.бел}) in its ASCII
     * form ({@code team@xn--e1afmkfd.xn--90ais}), as a mail client sends it without SMTPUTF8; anything else unchanged.
     */
    public static String emailAddress(String email) {
        if (email == null) {
            return null;
        }
        String address = email.strip();
        int at = address.lastIndexOf('@');
        String domain = address.substring(at + 1);
        if (at < 0 || notPlainAscii(domain) == null || notInDomainName(domain) != null) {
            return address;
        }
        try {
            return address.substring(0, at + 1) + IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return address; // not a domain name: the check names it
        }
    }

    /**
     * Only the domain may be in Unicode, and there only letters, digits and their marks: a look-alike letter then shows
     * in the stored ASCII form ({@code xn--…}), while a Unicode part before the @ would need SMTPUTF8 and would be
     * listed as the address it imitates; invisible, bidi and control characters are refused anywhere.
     */
    private static void validateEmail(String email, List<Problem.FieldError> errors) {
        if (email == null) {
            errors.add(error("email", "must be an e-mail address like name@example.org"));
            return;
        }
        String address = email.strip();
        int at = address.lastIndexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        String domain = at < 0 ? "" : address.substring(at + 1);
        String unlike = notPlainAscii(local);
        if (unlike == null) {
            unlike = notInDomainName(domain);
        }
        if (unlike != null) {
            errors.add(error("email", "must be written in plain ASCII, but for letters of any alphabet in the domain; it has "
                    + unlike + " (a letter of another alphabet looks like a Latin one, an invisible character hides)"));
            return;
        }
        String ascii = emailAddress(address);
        if (notPlainAscii(ascii) != null) {
            errors.add(error("email", "domain '" + domain + "' is not a valid internationalised domain name"));
        } else if (ascii.length() > 320 || !EMAIL.matcher(ascii).matches()) {
            errors.add(error("email", "must be an e-mail address like name@example.org"));
        }
    }

    /** The first character of a domain that is neither printable ASCII nor a letter, digit or mark, named; or null. */
    private static String notInDomainName(String domain) {
        for (int i = 0; i < domain.length(); ) {
            int c = domain.codePointAt(i);
            boolean fit = c >= 0x20 && c <= 0x7E || Character.isLetterOrDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (!fit) {
                return named(c);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * The first character of an address that is not printable ASCII, named ({@code 'о' U+043E CYRILLIC SMALL LETTER
     * O}), or null. Mail goes out without SMTPUTF8, and an address with a Cyrillic о, a zero-width space or a bidi
     * override is listed as the address it imitates while alerts go elsewhere (or nowhere).
     */
    static String notPlainAscii(String address) {
        for (int i = 0; i < address.length(); ) {
            int c = address.codePointAt(i);
            if (c < 0x20 || c > 0x7E) {
                return named(c);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** A character as a reader can check it: {@code 'о' U+043E CYRILLIC SMALL LETTER O}. */
    private static String named(int c) {
        String name = Character.getName(c);
        return (Character.isLetterOrDigit(c) ? "'" + new String(Character.toChars(c)) + "' " : "")
                + String.format("U+%04X", c) + (name == null ? "" : " " + name);
    }

    private static void validateUrl(String url, List<Problem.FieldError> errors) {
        if (url == null || url.length() > 2000) {
            errors.add(error("url", "must be an http or https URL"));
            return;
        }
        try {
            URI uri = new URI(webhookUrl(url));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String authority = uri.getRawAuthority();
            if (uri.getHost() == null && authority != null && !authority.chars().allMatch(c -> c < 0x80)
                    && (scheme.equals("http") || scheme.equals("https"))) {
                // still in Unicode after webhookUrl: IDNA refused it (a label too long, a character no domain may have)
                String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
                errors.add(error("url", "host '" + host + "' is not a valid internationalised domain name"));
            } else if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                errors.add(error("url", "must be an http or https URL with a host (and no user info)"));
            } else if (uri.getPort() == 0 || uri.getPort() > 65535) {
                // URI reads any digits as a port; no connection can use these, and every alert would retry for a day
                errors.add(error("url", "port " + uri.getPort() + " is not a TCP port (1-65535)"));
            }
        } catch (URISyntaxException e) {
            errors.add(error("url", "is not a valid URL: " + e.getReason()));
        }
    }

    private static void validateDigest(SubscriptionRequest.Digest digest, List<Problem.FieldError> errors) {
        if (digest == null) {
            errors.add(error("digest", "is required for mode 'digest': {\"period\":\"hourly\"} or "
                    + "{\"period\":\"daily\",\"at\":\"08:00\",\"timeZone\":\"Europe/Minsk\"}"));
            return;
        }
        DigestSchedule.Period period = digest.period() == null ? null
                : DigestSchedule.Period.fromWire(digest.period()).orElse(null);
        if (period == null) {
            errors.add(error("digest.period", "must be 'hourly' or 'daily'"));
        }
        if (period == DigestSchedule.Period.DAILY && (digest.at() == null || !HH_MM.matcher(digest.at()).matches())) {
            errors.add(error("digest.at", "must be a time HH:mm, e.g. 08:30"));
        }
        if (digest.timeZone() != null) {
            try {
                ZoneId.of(digest.timeZone());
            } catch (DateTimeException e) {
                errors.add(error("digest.timeZone", "unknown time zone '" + digest.timeZone() + "'; use an IANA id like Europe/Minsk"));
            }
        }
    }

    private static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
