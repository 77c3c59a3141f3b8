package org.policymonitor.testing;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The infrastructure itself: a record through the real broker, a row through the real database. */
class TestInfraTest {

    @Test
    void aRecordRoundTripsThroughTheBroker() {
        try (KafkaTestClient kafka = new KafkaTestClient();
             KafkaTestClient.Subscription sub = kafka.subscribe("testing.roundtrip")) {
            kafka.send("testing.roundtrip", "k1", "hello");
            var records = sub.awaitRecords(1, r -> "k1".equals(r.key()), Deadlines.ARRIVES);
            assertThat(records.get(0).value()).isEqualTo("hello");
        }
    }

    @Test
    void everyCallerGetsAFreshEmptyDatabase() throws Exception {
        TestPostgres.Database a = TestPostgres.freshDatabase();
        TestPostgres.Database b = TestPostgres.freshDatabase();
        assertThat(a.jdbcUrl()).isNotEqualTo(b.jdbcUrl());
        try (Connection c = DriverManager.getConnection(a.jdbcUrl(), a.username(), a.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v text)");
            s.execute("INSERT INTO t VALUES ('row')");
        }
        try (Connection c = DriverManager.getConnection(b.jdbcUrl(), b.username(), b.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 't'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void theDatabaseServerRunsTheMajorVersionOfTheDeployments() throws Exception {
        // docker-compose.yml and deploy/ run the image named in images.properties (a system test checks they agree)
        String image = InfraMode.image("postgres");
        int deployed = Integer.parseInt(image.substring(image.indexOf(':') + 1).split("[.-]")[0]);
        TestPostgres.Database db = TestPostgres.freshDatabase();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            assertThat(rs.getInt(1)).as("PostgreSQL major version of the tests (deployments run %s)", image)
                    .isEqualTo(deployed);
        }
    }

    @Test
    void theDatabaseServerCanBeStoppedAndStartedAgainWithItsData() throws Exception {
        TestPostgres.Database db = TestPostgres.freshDatabase();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (v text)");
            s.execute("INSERT INTO kept VALUES ('survives')");
        }
        TestPostgres.stopServer();
        try {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()).close())
                    .isInstanceOf(SQLException.class);
        } finally {
            TestPostgres.startServer();
        }
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives");
        }
    }

    @Test
    void theSmtpServerReceivesMailAndSurvivesARestart() throws Exception {
        int port = TestSmtp.port();
        TestSmtp.stop();
        TestSmtp.start();
        assertThat(TestSmtp.port()).isEqualTo(port);
        var session = Session.getInstance(new Properties() {{
            put("mail.smtp.host", TestSmtp.host());
            put("mail.smtp.port", String.valueOf(port));
        }});
        var message = new MimeMessage(session);
        message.setFrom("monitor@example.org");
        message.setRecipients(Message.RecipientType.TO, "analyst@example.org");
        message.setSubject("test");
        message.setText("body");
        Transport.send(message);
        assertThat(TestSmtp.received()).extracting(m -> m.getSubject()).contains("test");
    }
}
