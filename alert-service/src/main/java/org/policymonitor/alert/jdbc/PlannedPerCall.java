package org.policymonitor.alert.jdbc;

import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Prepares a look-up whose plan PostgreSQL makes anew at each execution, with the values bound. pgJDBC prepares a
 * statement on the server from its fifth execution on (on each connection of the pool), and the server then keeps a
 * generic plan, made without the values, when it looks no dearer than the plans made with them — on a fresh database
 * the tables are empty then, and the cheapest generic plan of {@code WHERE id = ANY (?)} reads the whole table. That
 * plan is kept until something invalidates it (an autoanalyze of the table, which on a busy new deployment comes only
 * after minutes): every later batch read the whole, growing table — in the system benchmark the storing path's
 * {@code SELECT id FROM item WHERE id = ANY (?)} cost more than the story grouping's writes. Planning such a look-up
 * costs a fraction of a millisecond, once per batch.
 */
public final class PlannedPerCall {

    private PlannedPerCall() {
    }

    /** {@code c.prepareStatement(sql)}, planned by the server at every execution. */
    public static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.unwrap(PGStatement.class).setPrepareThreshold(0); // never a named server statement: no kept plan
        return ps;
    }
}
