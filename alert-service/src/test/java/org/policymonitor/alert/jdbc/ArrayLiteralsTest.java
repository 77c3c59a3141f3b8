package org.policymonitor.alert.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policymonitor.testing.TestPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL reads each literal back as the strings it was written from, whatever they hold. */
class ArrayLiteralsTest {

    private static Connection connection;

    @BeforeAll
    static void connect() throws SQLException {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(List.of()),
                Arguments.of(List.of("")),
                Arguments.of(List.of("a", "b")),
                Arguments.of(Arrays.asList("x", null, "NULL", "null")),
                Arguments.of(List.of("a,b", "{curly}", "quote\"d", "back\\slash", "\\\"", "end\\")),
                Arguments.of(List.of(" padded ", "tab\there", "line\nbreak", "Политика", "Беларусь 🇧🇾")),
                Arguments.of(List.of("c:place:~blst", "n:^rss", "#30kg", "h:en:0:ffff", "l:4b1c…")));
    }

    @ParameterizedTest
    @MethodSource("values")
    void postgresReadsBackTheSameStrings(List<String> values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT ?::text[]")) {
            ps.setString(1, ArrayLiterals.of(values));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(Arrays.asList((String[]) rs.getArray(1).getArray())).containsExactlyElementsOf(values);
            }
        }
    }
}
