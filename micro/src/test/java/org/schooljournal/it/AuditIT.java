package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Attendance;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The audit trail of journal data (R-A08) on Payara Micro with PostgreSQL: every change to a cell
 * is kept with who, when, from where, old and new value; the chain is checked, and an entry edited
 * in the database behind the application's back is found. Works in a school of its own (Fixtures),
 * whose chain only this test writes, whatever runs before or after it.
 */
class AuditIT {

    final URL base = SharedServer.url();

    private static Fixtures.School school;
    private static Fixtures.Journal journal;

    /** One school and journal for both tests (a school is a few seconds of API calls). */
    private Fixtures.Journal journal() {
        if (journal == null) {
            school = Fixtures.school(base.toString(), "AuditIT");
            journal = school.journal(5, "А", 3);
        }
        return journal;
    }

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    @Test
    @DisplayName(
            "R-A08 each change to a mark is kept with who, when, from where, old and new value; the journal's readers see it, other teachers do not")
    void cellHistory() {
        Fixtures.Journal journal = journal();
        ApiClient teacher = journal.teacher().client();
        var cell = Demo.markableCell(teacher, -1);
        JsonObject page =
                teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
        long pupil = journal.pupils().get(1);
        String path = "/lessons/" + cell.lessonId() + "/marks/" + pupil;

        // each write names the cell's text it replaces (R-J01)
        String seen = page.getJsonObject("cells").getString(cell.lessonId() + ":" + pupil, "");
        var three = teacher.put(path, new Mark("3", "HOMEWORK", seen));
        assertThat(three.status()).as(three.toString()).isEqualTo(200);
        var four = teacher.put(path, new Mark("4", "HOMEWORK", three.object().getString("cell")));
        assertThat(four.status()).as(four.toString()).isEqualTo(200);
        assertThat(
                        teacher.delete(
                                        path
                                                + "?workType=HOMEWORK&expected="
                                                + java.net.URLEncoder.encode(
                                                        four.object().getString("cell"),
                                                        java.nio.charset.StandardCharsets.UTF_8))
                                .status())
                .isBetween(200, 204);

        String history =
                "/journals/"
                        + cell.assignmentId()
                        + "/audit?lessonId="
                        + cell.lessonId()
                        + "&pupilId="
                        + pupil;
        List<JsonObject> entries =
                school.head().get(history).array().getValuesAs(JsonObject.class).stream()
                        .filter(e -> e.getString("subject").equals("MARK"))
                        .toList();
        assertThat(entries).hasSize(3);
        assertThat(entries)
                .extracting(e -> e.getString("oldValue", "∅") + "→" + e.getString("newValue", "∅"))
                .containsExactly("∅→3", "3→4", "4→∅");
        assertThat(entries.get(0).getString("actor")).isEqualTo(journal.teacher().login());
        assertThat(entries.get(0).getString("remoteAddress")).isNotBlank();
        assertThat(entries.get(0).getString("detail")).isEqualTo("HOMEWORK");
        assertThat(entries.get(1).getJsonNumber("seq").longValue())
                .isGreaterThan(entries.get(0).getJsonNumber("seq").longValue());
        assertThat(teacher.get(history).status()).isEqualTo(200);
        assertThat(school.staff("Другова", "teacher").get(history).status()).isEqualTo(403);
        assertThat(as("s1.deputy").get(history).status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-A08 the chain of audit entries is tamper-evident: an entry edited in the database is named by the check")
    void tamperDetected() throws SQLException {
        Fixtures.Journal journal = journal();
        ApiClient teacher = journal.teacher().client();
        var cell = Demo.markableCell(teacher, -1);
        JsonObject page =
                teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
        long pupil = journal.pupils().get(2);
        teacher.put(
                "/lessons/" + cell.lessonId() + "/attendance/" + pupil,
                new Attendance(
                        "EXCUSED",
                        page.getJsonObject("cells").getString(cell.lessonId() + ":" + pupil, "")));

        JsonObject intact = school.head().get("/audit/verify").object();
        assertThat(intact.getBoolean("intact")).as(intact.toString()).isTrue();
        assertThat(intact.getJsonNumber("entries").longValue()).isPositive();
        assertThat(teacher.get("/audit/verify").status()).isEqualTo(403);

        long seq;
        try (Connection db = TestDatabase.owner();
                PreparedStatement find =
                        db.prepareStatement(
                                "select seq from audit_entry where lesson_id = ? and pupil_id = ?"
                                        + " and subject = 'ATTENDANCE' order by seq desc limit 1")) {
            find.setLong(1, cell.lessonId());
            find.setLong(2, pupil);
            var rs = find.executeQuery();
            assertThat(rs.next()).isTrue();
            seq = rs.getLong(1);
            try (PreparedStatement forge =
                    db.prepareStatement(
                            "update audit_entry set new_value = 'Б' where seq = ?"
                                    + " and school_id = (select school_id from audit_entry"
                                    + " where lesson_id = ? limit 1)")) {
                forge.setLong(1, seq);
                forge.setLong(2, cell.lessonId());
                assertThat(forge.executeUpdate()).isEqualTo(1);
            }
            try {
                JsonObject broken = school.head().get("/audit/verify").object();
                assertThat(broken.getBoolean("intact")).isFalse();
                assertThat(broken.getJsonNumber("firstBroken").longValue()).isEqualTo(seq);
            } finally {
                try (PreparedStatement undo =
                        db.prepareStatement(
                                "update audit_entry set new_value = 'УП' where seq = ?"
                                        + " and school_id = (select school_id from audit_entry"
                                        + " where lesson_id = ? limit 1)")) {
                    undo.setLong(1, seq);
                    undo.setLong(2, cell.lessonId());
                    undo.executeUpdate();
                }
            }
        }
        assertThat(school.head().get("/audit/verify").object().getBoolean("intact")).isTrue();
        // the demo's school, which the forged entry is not in, was intact all along
        assertThat(as("s1.head").get("/audit/verify").object().getBoolean("intact")).isTrue();
    }
}
