package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.journal.entity.JournalSignature;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.PeriodSignature;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The electronic signature of a journal's period (R-J14) on Payara Micro with PostgreSQL, in a
 * journal of a school of the class's own (Fixtures): signing, a change and signing again in the
 * journal's second study period; old and unknown keys on its first, which its teacher closed.
 */
class SignaturesIT {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    final URL base = SharedServer.url();

    private static Fixtures.School school;
    private static Fixtures.Journal own;

    @BeforeAll
    static void school() {
        school = Fixtures.school(SharedServer.url().toString(), "SignaturesIT");
        own = school.journal(5, "А", 2);
    }

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    @Test
    @DisplayName(
            "R-J14 the teacher signs a period's journal; a later mark change shows the signature broken until signed again; only the journal's teacher signs, another school sees nothing")
    void signChangeResign() {
        // the journal's 2nd period, which no other test signs or writes in
        ApiClient teacher = own.teacher().client();
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        long journal = own.assignmentId();
        PeriodSignature signing = PeriodSignature.of(teacher, journal, 1);
        JsonObject period = signing.period();
        LocalDate startsOn = LocalDate.parse(period.getString("startsOn"));
        LocalDate endsOn = LocalDate.parse(period.getString("endsOn"));
        String signature = signing.path();

        // a known mark in a past lesson of the period, before signing
        JsonObject page =
                teacher.get(
                                "/journals/"
                                        + journal
                                        + "?month="
                                        + startsOn.toString().substring(0, 7))
                        .object();
        LocalDate today = LocalDate.now(MOSCOW);
        JsonObject lesson =
                page.getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
                        .filter(l -> !date(l).isBefore(startsOn) && !date(l).isAfter(endsOn))
                        .filter(l -> date(l).isBefore(today))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no past lesson in " + period));
        long pupil =
                page.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                        .filter(p -> listedOn(p, date(lesson)))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        String cell = "/lessons/" + id(lesson) + "/marks/" + pupil;
        var before =
                teacher.put(
                        cell,
                        new Mark(
                                "5",
                                "HOMEWORK",
                                page.getJsonObject("cells")
                                        .getString(id(lesson) + ":" + pupil, "")));
        assertThat(before.status()).as(before.toString()).isEqualTo(200);

        // signed by the journal's teacher: intact, and the server's signature verifies
        var signed = signing.sign();
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        JsonObject check = signing.check();
        assertThat(check.getBoolean("signed")).isTrue();
        assertThat(check.getString("signedBy")).isEqualTo(own.teacher().login());
        assertThat(check.getString("signerName")).isNotBlank();
        assertThat(check.getString("keyId")).matches("[0-9a-f]{16}");
        assertThat(check.getString("signedAt")).isNotBlank();
        assertThat(check.getBoolean("intact")).isTrue();
        assertThat(check.getBoolean("signatureValid")).isTrue();
        // the deputy head reads it too
        JsonObject seenByDeputy = deputy.get(signature).object();
        assertThat(seenByDeputy.getString("signedBy")).isEqualTo(own.teacher().login());
        assertThat(seenByDeputy.getBoolean("intact")).isTrue();

        // a later change of a mark in the period breaks the signature visibly
        var changed =
                teacher.put(cell, new Mark("4", "HOMEWORK", before.object().getString("cell")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject broken = signing.check();
        assertThat(broken.getBoolean("signed")).isTrue();
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getBoolean("signatureValid")).isTrue();
        assertThat(broken.getString("firstDifference")).contains("MARK", "5", "4");

        // signing again makes it intact; both signings are kept
        assertThat(signing.sign().status()).isEqualTo(200);
        JsonObject again = signing.check();
        assertThat(again.getBoolean("intact")).isTrue();
        assertThat(again.getBoolean("signatureValid")).isTrue();
        var history = signing.history();
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        assertThat(history.getJsonObject(0).getBoolean("intact")).isTrue();
        assertThat(history.getJsonObject(1).getBoolean("intact")).isFalse();

        // only the journal's teacher signs; another school does not even see the journal
        ApiClient otherTeacher = school.staff("Другова", "teacher");
        assertThat(signing.signAs(otherTeacher).status()).isEqualTo(403);
        assertThat(as("s2.deputy").get(signature).status()).isEqualTo(404);
        assertThat(signing.signAs(as("s2.deputy")).status()).isIn(403, 404);
        assertThat(deputy.get("/journals/" + journal + "/audit").body())
                .contains("\"subject\":\"SIGNATURE\"");
    }

    @Test
    @DisplayName(
            "R-J14 R-P04 a journal signature made with a key the server no longer uses verifies with its recorded public key; one of an unknown key id is reported, not a 500")
    void signaturesUnderKeyHistory(@TempDir Path replacedKeyDir, @TempDir Path unknownKeyDir)
            throws SQLException {
        ApiClient teacher = own.teacher().client();
        long journal = own.assignmentId();
        // the 1st period, closed by the journal's teacher and signed by no other test
        long periodId = school.closePeriod(own, 0, "4");
        PeriodSignature signing = PeriodSignature.of(teacher, journal, 0);
        assertThat(signing.periodId()).isEqualTo(periodId);
        var signed = signing.sign();
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        String serverKey = signed.object().getString("keyId");
        assertThat(signed.object().getBoolean("signatureValid")).isTrue();

        try (Connection c = TestDatabase.owner()) {
            // the server's key is recorded (at start-up, and at the latest when it signs)
            assertThat(recorded(c, serverKey)).isTrue();
            // another key signed the period before it was replaced by today's: the server only
            // has its public half, recorded in signing_key
            SigningKey replaced = new SigningKey(replacedKeyDir);
            try (var s =
                    c.prepareStatement(
                            "insert into signing_key (key_id, public_key, valid_from)"
                                    + " values (?, ?, now() - interval '1 year')")) {
                s.setString(1, replaced.keyId());
                s.setString(2, Base64.getEncoder().encodeToString(replaced.publicKey()));
                s.executeUpdate();
            }
            signWith(c, replaced, journal, periodId, Instant.now().plusSeconds(1));
            JsonObject old = signing.check();
            assertThat(old.getString("keyId")).isEqualTo(replaced.keyId()).isNotEqualTo(serverKey);
            assertThat(old.getBoolean("intact")).isTrue();
            assertThat(old.getBoolean("keyKnown")).isTrue();
            assertThat(old.getBoolean("signatureValid")).isTrue();

            // a key the server never recorded: reported as unknown and not valid
            SigningKey unknown = new SigningKey(unknownKeyDir);
            signWith(c, unknown, journal, periodId, Instant.now().plusSeconds(2));
            JsonObject check = signing.check(); // 200, not a 500
            assertThat(check.getString("keyId")).isEqualTo(unknown.keyId());
            assertThat(check.getBoolean("keyKnown")).isFalse();
            assertThat(check.getBoolean("signatureValid")).isFalse();
            var history = signing.history();
            assertThat(history.getJsonObject(1).getBoolean("signatureValid")).isTrue();
            assertThat(history.getJsonObject(2).getString("keyId")).isEqualTo(serverKey);
            assertThat(history.getJsonObject(2).getBoolean("signatureValid")).isTrue();
        }
    }

    private static boolean recorded(Connection c, String keyId) throws SQLException {
        try (var s = c.prepareStatement("select 1 from signing_key where key_id = ?")) {
            s.setString(1, keyId);
            try (var rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A copy of the period's latest signature (same digest and signer) made with {@code key}. */
    private static void signWith(
            Connection c, SigningKey key, long journal, long periodId, Instant at)
            throws SQLException {
        Instant signedAt = at.truncatedTo(ChronoUnit.MICROS);
        try (var latest =
                c.prepareStatement(
                        "select school_id, signed_by, signer_name, digest from journal_signature"
                                + " where assignment_id = ? and period_id = ?"
                                + " order by signed_at desc, id desc limit 1")) {
            latest.setLong(1, journal);
            latest.setLong(2, periodId);
            try (var rows = latest.executeQuery()) {
                assertThat(rows.next()).isTrue();
                String payload =
                        JournalSignature.payload(
                                journal, periodId, rows.getString(2), signedAt, rows.getString(4));
                try (var insert =
                        c.prepareStatement(
                                "insert into journal_signature (school_id, assignment_id,"
                                        + " period_id, signed_by, signer_name, signed_at, digest,"
                                        + " signature, key_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, rows.getLong(1));
                    insert.setLong(2, journal);
                    insert.setLong(3, periodId);
                    insert.setString(4, rows.getString(2));
                    insert.setString(5, rows.getString(3));
                    insert.setObject(6, signedAt.atOffset(ZoneOffset.UTC));
                    insert.setString(7, rows.getString(4));
                    insert.setString(8, key.sign(payload));
                    insert.setString(9, key.keyId());
                    insert.executeUpdate();
                }
            }
        }
    }

    private static LocalDate date(JsonObject lesson) {
        return LocalDate.parse(lesson.getString("date"));
    }

    private static long id(JsonObject lesson) {
        return lesson.getJsonNumber("id").longValue();
    }

    private static boolean listedOn(JsonObject pupil, LocalDate date) {
        boolean from =
                !pupil.containsKey("from")
                        || pupil.isNull("from")
                        || !LocalDate.parse(pupil.getString("from")).isAfter(date);
        boolean until =
                !pupil.containsKey("until")
                        || pupil.isNull("until")
                        || !LocalDate.parse(pupil.getString("until")).isBefore(date);
        return from && until;
    }
}
