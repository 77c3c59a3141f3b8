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

/**
 * The themes a filter may name: those of the ruleset in force ({@link ThemeCatalogue}) and those stored items still
 * carry (a theme since renamed or retired stays searchable). Any other is a typo, answered with a 400 naming the known
 * themes rather than an empty list that reads as a quiet week. A theme found on a stored item is remembered, so the
 * database is asked (one GIN lookup) only for a theme the ruleset lacks and not yet seen; a filter naming only the
 * ruleset's themes takes no connection.
 */
@ApplicationScoped
public class KnownThemes {

    private final Set<String> seenOnItems = ConcurrentHashMap.newKeySet();

    @Inject
    ThemeCatalogue catalogue;
    @Inject
    AgroalDataSource dataSource;

    /** @throws ProblemException 400 naming each theme neither the ruleset nor a stored item knows */
    public void check(List<String> themes) {
        List<String> ruleset = catalogue.ids();
        List<String> toAsk = themes.stream().filter(t -> !ruleset.contains(t) && !seenOnItems.contains(t)).toList();
        if (toAsk.isEmpty()) {
            return; // the usual case: no connection taken
        }
        List<String> unknown = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String theme : toAsk) {
                if (carried(c, theme)) {
                    seenOnItems.add(theme);
                } else {
                    unknown.add(theme);
                }
            }
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
        List<Problem.FieldError> errors = unknown.stream()
                .map(t -> new Problem.FieldError("theme", "unknown theme '" + TextCut.shortened(t, 60) + "'; known: "
                        + String.join(", ", known)))
                .toList();
        throw ProblemException.invalidFields(errors);
    }

    private static boolean carried(Connection c, String theme) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM item WHERE themes @> ?)")) {
            ps.setArray(1, c.createArrayOf("text", new String[]{theme}));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
