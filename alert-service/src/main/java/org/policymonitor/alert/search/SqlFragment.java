package org.policymonitor.alert.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL text with its parameters, always bound (never concatenated), so user input cannot change the statement. */
public record SqlFragment(String sql, List<Object> params) {

    public SqlFragment {
        params = List.copyOf(params);
    }

    public PreparedStatement prepare(Connection connection, String fullSql, List<Object> extra) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(fullSql);
        List<Object> all = new ArrayList<>(params);
        all.addAll(extra);
        int i = 1;
        for (Object p : all) {
            if (p instanceof String[] array) {
                ps.setArray(i++, connection.createArrayOf("text", array));
            } else if (p instanceof Instant instant) {
                ps.setTimestamp(i++, Timestamp.from(instant));
            } else {
                ps.setObject(i++, p);
            }
        }
        return ps;
    }
}
