package org.policymonitor.alert.search;

import org.policymonitor.alert.item.ReviewStatus;
import org.policymonitor.events.LanguageTags;
import org.policymonitor.events.SourceIds;
import org.policymonitor.platform.text.ComposedLetters;
import org.policymonitor.platform.text.InvisibleCharacters;
import org.policymonitor.platform.text.LookAlikeLetters;
import org.policymonitor.platform.text.TextCut;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The filters of {@code GET /api/items}, its export and stats, and of stories and acts. Lists are "any of". Time ranges are
 * [from, to): a date without a time means the whole day in UTC.
 */
public record ItemFilter(List<String> themes, List<String> sources, List<String> languages,
                         Instant publishedFrom, Instant publishedTo, Instant fetchedFrom, Instant fetchedTo,
                         String q, String reviewStatus, boolean taggedOnly) {

    public static final int MAX_Q = 500;
    /** The range a time bound may take: the years written with four digits (the end of 9999-12-31 included). */
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    /** A date-time whose offset's '+' became a space, as a '+' typed into a URL's query does. */
    private static final Pattern PLUS_DECODED_AS_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T[\\d:.]+) (\\d{2}:\\d{2})$");

    /** Parses raw query parameters, naming every invalid one in a 400. */
    public static ItemFilter parse(List<String> themes, List<String> sources, List<String> languages,
                                   String publishedFrom, String publishedTo, String fetchedFrom, String fetchedTo,
                                   String q, String review, String tagged) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant pf = time("publishedFrom", publishedFrom, false, errors);
        Instant pt = time("publishedTo", publishedTo, true, errors);
        Instant ff = time("fetchedFrom", fetchedFrom, false, errors);
        Instant ft = time("fetchedTo", fetchedTo, true, errors);
        // swapped dates would answer an empty list, read as "nothing then" rather than as the mistake it is
        ordered("publishedFrom", pf, "publishedTo", pt, errors);
        ordered("fetchedFrom", ff, "fetchedTo", ft, errors);
        String query = asStored(q);
        if (query != null && query.length() > MAX_Q) {
            errors.add(new Problem.FieldError("q", "at most " + MAX_Q + " characters"));
        }
        if (query != null && query.indexOf('\0') >= 0) {
            errors.add(new Problem.FieldError("q", "must not contain NUL characters"));
        }
        if (review != null && !review.isBlank() && ReviewStatus.fromWire(review).isEmpty()) {
            errors.add(new Problem.FieldError("review", "must be one of " + ReviewStatus.allowed()));
        }
        // true or false only: Boolean.valueOf would read "yes" or "1" as false and quietly show untagged items too
        if (tagged != null && !tagged.isBlank() && !tagged.strip().equalsIgnoreCase("true")
                && !tagged.strip().equalsIgnoreCase("false")) {
            errors.add(new Problem.FieldError("tagged", "must be true or false"));
        }
        for (String language : split(languages)) {
            if (!language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
                errors.add(new Problem.FieldError("language", "must be a language tag like en, ru or be-BY, not '"
                        + TextCut.shortened(language, 20) + "'"));
                break;
            }
        }
        // an id the catalogue could never give ('Belta-RU', 'belta ru') matches no item: said, not answered with nothing
        for (String source : split(sources)) {
            if (!SourceIds.isValid(source)) {
                errors.add(new Problem.FieldError("source", "'" + TextCut.shortened(source, 40) + "' is no source id: "
                        + "lower-case letters, digits, '.', '_' or '-', as the catalogue names sources (belta-ru)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new ItemFilter(split(themes), split(sources),
                split(languages).stream().map(ItemFilter::primaryLanguage).distinct().toList(),
                pf, pt, ff, ft, query, review == null || review.isBlank() ? null : review,
                tagged != null && tagged.strip().equalsIgnoreCase("true"));
    }

    /**
     * The query as item text is stored (ingest's HtmlText): letters composed (NFC) and invisible format characters
     * (Unicode Cf: soft hyphens, zero-width spaces, bidi marks) removed, since the search compares letter for letter —
     * a query pasted from macOS or a web page with "й" as и + U+0306, or a soft hyphen inside a word, found nothing.
     * A word typed with a look-alike letter of the other script (a Belarusian "і" as the Latin "i") is the word it shows
     * ({@link LookAlikeLetters}). Null when nothing is left.
     */
    private static String asStored(String q) {
        if (q == null) {
            return null;
        }
        String text = LookAlikeLetters.of(ComposedLetters.of(InvisibleCharacters.removed(q)).strip());
        return text.isEmpty() ? null : text;
    }

    /**
     * "ru-RU" → "ru": items and filters are compared on the primary language subtag. Null for a tag without one
     * ("-", "--en"): no language ({@link LanguageTags}).
     */
    public static String primaryLanguage(String language) {
        return LanguageTags.primary(language);
    }

    /** Accepts repeated parameters and comma-separated values alike. */
    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static void ordered(String fromField, Instant from, String toField, Instant to,
                                List<Problem.FieldError> errors) {
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new Problem.FieldError(toField, "must not be before " + fromField + " (" + to + " < " + from
                    + "; a date without a time ends with its day)"));
        }
    }

    private static Instant time(String field, String value, boolean upperBound, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // a '+' written raw in a URL's query decodes to a space: "…T10:00:00+03:00" arrives as "…T10:00:00 03:00"
        String v = PLUS_DECODED_AS_SPACE.matcher(value.strip()).replaceFirst("$1+$2");
        try {
            Instant instant;
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                instant = (upperBound ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } else {
                instant = OffsetDateTime.parse(v).toInstant();
            }
            // Java reads years from -999999999 on; PostgreSQL keeps 4713 BC to 294276 AD and fails the query
            // outside. No item is dated outside 0000-9999, so that is the range, as four-digit years write it.
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                errors.add(new Problem.FieldError(field, "must be in the years 0000 to 9999; it is " + value.strip()));
                return null;
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date (2026-01-31) or a date-time with offset (2026-01-31T10:00:00Z)"));
            return null;
        }
    }
}
