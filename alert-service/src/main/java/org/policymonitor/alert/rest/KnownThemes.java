package org.policymonitor.alert.rest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.policymonitor.alert.subscription.ThemeCatalogue;
import org.policymonitor.platform.text.TextCut;
import org.policymonitor.platform.web.Problem;
import org.policymonitor.platform.web.ProblemException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The themes a filter may name: those of the ruleset in force ({@link ThemeCatalogue}) and those stored items still
 * carry (a theme since renamed or retired stays searchable). Any other is a typo, answered with a 400 naming the known
 * themes rather than an empty list that reads as a quiet week. A theme found on a stored item is remembered, so the
 * database is asked (one statement, a GIN lookup per theme) only for the themes the ruleset lacks and not yet seen; a
 * filter naming only the ruleset's themes takes no connection.
 */
@ApplicationScoped
public class KnownThemes {

    /** The unknown themes an error names; the rest are counted. */
    private static final int NAMED = 10;

    private final Set<String> seenOnItems = ConcurrentHashMap.newKeySet();

    @Inject
    ThemeCatalogue catalogue;
    @Inject
    AgroalDataSource dataSource;

    /** @throws ProblemException one 400 naming the themes (the first ten, and how many more) neither the ruleset nor a stored item knows */
    public void check(List<String> themes) {
        List<String> ruleset = catalogue.ids();
        List<String> toAsk = themes.stream().filter(t -> !ruleset.contains(t) && !seenOnItems.contains(t)).toList();
        if (toAsk.isEmpty()) {
            return; // the usual case: no connection taken
        }
        List<String> unknown = new ArrayList<>(toAsk);
        try (Connection c = dataSource.getConnection()) {
            List<String> carried = carried(c, toAsk);
            seenOnItems.addAll(carried);
            unknown.removeAll(carried);
        } catch (SQLException e) {
            throw new IllegalStateException("checking the themes of a filter failed", e);
        }
        if (unknown.isEmpty()) {
            return;
        }
        // the ruleset's themes and the retired ones already asked for: listing every theme of the archive would scan
        // the whole item table on each typo, a cost any reader could repeat at will
        Set<String> known = new TreeSet<>(ruleset);
        known.addAll(seenOnItems);
        // one error, the known themes said once: an error per typo, each with the whole list, made ~1,000 typos in
        // one request line an answer of ~0.7 MB
        String named = unknown.stream().limit(NAMED).map(t -> "'" + TextCut.shortened(t, 60) + "'")
                .collect(Collectors.joining(", "));
        String more = unknown.size() > NAMED ? " and " + (unknown.size() - NAMED) + " more" : "";
        throw ProblemException.invalidFields(List.of(new Problem.FieldError("theme",
                (unknown.size() == 1 ? "unknown theme " : "unknown themes ") + named + more + "; known: "
                        + String.join(", ", known))));
    }

    /** Those of the themes some stored item carries: one statement, one GIN lookup per theme. */
    private static List<String> carried(Connection c, List<String> themes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT t FROM unnest(?::text[]) AS t WHERE EXISTS (SELECT 1 FROM item WHERE themes @> ARRAY[t])")) {
            ps.setArray(1, c.createArrayOf("text", themes.toArray(String[]::new)));
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }
}
