package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The audit sequencer (R-A08, issue 11) on Payara Micro with PostgreSQL: saves store their entries
 * pending without a school-wide lock, the sequencer chains them afterwards. A trigger installed by
 * the test makes sequencing fail in the database, as an outage or a kill would, at every entry or
 * at one position only. Writes homework marks of the third-to-last pupil of s1.teacher1's first
 * journal, whom no other test marks, and removes them again.
 */
class AuditSequencerIT {
    static final String TRIGGER = "audit_sequencer_it_refuse";

    final URL base = SharedServer.url();
    final ApiClient teacher = ApiClient.as(base.toString(), Demo.TEACHER, Demo.PASSWORD);
    final ApiClient head = ApiClient.as(base.toString(), "s1.head", Demo.PASSWORD);

    private String markPath;
    private String cellText;

    private static long number(String sql) throws SQLException {
        try (Connection db = TestDatabase.owner();
                Statement s = db.createStatement();
                var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection db = TestDatabase.owner();
                Statement s = db.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * Runs the statements in one transaction that holds the school's row as the sequencer does
     * ({@code FOR NO KEY UPDATE}), so no sequencer run is between reading the school's pending
     * entries and writing their positions meanwhile. Without it a run that read an entry as pending
     * just before the test restored it wrote it a new position just after: a gap, and a chain the
     * check rightly called broken (seen once in CI).
     */
    private static void asTheSequencer(long school, String... statements) throws SQLException {
        try (Connection db = TestDatabase.owner();
                Statement s = db.createStatement()) {
            db.setAutoCommit(false);
            s.execute("select id from school where id = " + school + " for no key update");
            for (String sql : statements) {
                s.execute(sql);
            }
            db.commit();
        }
    }

    /**
     * Sequencing the school's entries fails in the database: at every position ({@code at} 0) or
     * only when a batch reaches position {@code at}.
     */
    private static void refuseSequencing(long school, long at) throws SQLException {
        execute(
                "create or replace function "
                        + TRIGGER
                        + "() returns trigger language plpgsql as $$ begin if old.seq is null and"
                        + " new.seq is not null and coalesce(current_setting('audit_it.restore',"
                        + " true), '') <> 'yes' and new.school_id = "
                        + school
                        + " and ("
                        + at
                        + " = 0 or new.seq = "
                        + at
                        + ") then raise exception 'AuditSequencerIT: sequencing refused at %',"
                        + " new.seq; end if; return new; end $$",
                "drop trigger if exists " + TRIGGER + " on audit_entry",
                "create trigger "
                        + TRIGGER
                        + " before update on audit_entry for each row execute function "
                        + TRIGGER
                        + "()");
    }

    private static void allowSequencing() throws SQLException {
        execute(
                "drop trigger if exists " + TRIGGER + " on audit_entry",
                "drop function if exists " + TRIGGER + "()");
    }

    /** Sequencing allowed again, and the mark removed (itself an entry, chained like any). */
    @AfterEach
    void cleanUp() throws SQLException {
        allowSequencing();
        if (markPath != null && !cellText.isEmpty()) {
            var reply =
                    teacher.delete(
                            markPath
                                    + "?workType=HOMEWORK&expected="
                                    + URLEncoder.encode(cellText, StandardCharsets.UTF_8));
            assertThat(reply.status()).as(reply.toString()).isBetween(200, 204);
        }
    }

    /** The cell this test writes in, and the school of its lesson. */
    private long prepareCell() throws SQLException {
        var cell = Demo.markableCell(teacher, -1);
        JsonObject page =
                teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
        var pupils = page.getJsonArray("pupils");
        long pupil = pupils.getJsonObject(pupils.size() - 3).getJsonNumber("id").longValue();
        markPath = "/lessons/" + cell.lessonId() + "/marks/" + pupil;
        cellText = page.getJsonObject("cells").getString(cell.lessonId() + ":" + pupil, "");
        return number("select school_id from lesson where id = " + cell.lessonId());
    }

    /** A save the teacher is told succeeded: acknowledged. */
    private void save(String value) {
        var reply =
                teacher.put(
                        markPath,
                        "{\"value\":\""
                                + value
                                + "\",\"workType\":\"HOMEWORK\",\"expected\":\""
                                + cellText
                                + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        cellText = reply.object().getString("cell");
    }

    /** The school's entries written after entry {@code afterId}: id and position (0: pending). */
    private static List<long[]> entriesAfter(long school, long afterId) throws SQLException {
        List<long[]> entries = new ArrayList<>();
        try (Connection db = TestDatabase.owner();
                Statement s = db.createStatement();
                var rows =
                        s.executeQuery(
                                "select id, coalesce(seq, 0) from audit_entry where school_id = "
                                        + school
                                        + " and id > "
                                        + afterId
                                        + " order by id")) {
            while (rows.next()) {
                entries.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
        }
        return entries;
    }

    private JsonObject verify() {
        var reply = head.get("/audit/verify");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    @Test
    @DisplayName(
            "R-A08 saves are acknowledged while the sequencer fails; their entries wait pending (shown to the deputy and in /health), never taken for tampering, and are all chained once it runs again")
    void durableWhileTheSequencerFails() throws Exception {
        long school = prepareCell();
        assertThat(verify().getJsonNumber("pending").longValue()).isZero();
        long lastId = number("select max(id) from audit_entry");
        long entriesBefore = verify().getJsonNumber("entries").longValue();

        refuseSequencing(school, 0);
        save("3");
        save("4");
        save("5");

        JsonObject lagging = verify();
        assertThat(lagging.getBoolean("intact")).as(lagging.toString()).isTrue();
        assertThat(lagging.getJsonNumber("entries").longValue()).isEqualTo(entriesBefore);
        assertThat(lagging.getJsonNumber("pending").longValue()).isEqualTo(3);
        assertThat(lagging.getJsonNumber("oldestPendingSeconds").longValue()).isNotNegative();
        assertThat(head.get("/audit/lag").object().getJsonNumber("pending").longValue())
                .isEqualTo(3);
        assertThat(entriesAfter(school, lastId))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e[1]).as("position of entry " + e[0]).isZero());

        String health =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(base.toURI().resolve("/health/live"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        assertThat(health)
                .contains("audit-sequencer")
                .containsPattern("\"pending\":\\s*\"?3\"?[,}]");

        HttpClient deputy = FormLogin.session(base.toString().replaceAll("/$", ""), "s1.deputy");
        String page =
                deputy.send(
                                HttpRequest.newBuilder(URI.create(base + "deputy/audit.xhtml"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        assertThat(page).contains("Цепочка цела").contains("Ещё не в цепочке: 3 зап.");
        assertThat(page).contains("ожидает");

        allowSequencing();
        JsonObject caughtUp = verify();
        assertThat(caughtUp.getBoolean("intact")).as(caughtUp.toString()).isTrue();
        assertThat(caughtUp.getJsonNumber("pending").longValue()).isZero();
        assertThat(caughtUp.getJsonNumber("entries").longValue()).isEqualTo(entriesBefore + 3);
        List<long[]> chained = entriesAfter(school, lastId);
        assertThat(chained).hasSize(3);
        for (int i = 0; i < chained.size(); i++) {
            assertThat(chained.get(i)[1]).isEqualTo(entriesBefore + 1 + i);
        }
    }

    @Test
    @DisplayName(
            "R-A08 a sequencing batch that fails in the middle rolls back whole (no entry keeps a position); the next run chains them all in order")
    void failedBatchRollsBackWhole() throws Exception {
        long school = prepareCell();
        assertThat(verify().getJsonNumber("pending").longValue()).isZero();
        long lastId = number("select max(id) from audit_entry");
        long lastSeq = number("select max(seq) from audit_entry where school_id = " + school);

        refuseSequencing(school, 0);
        save("2");
        save("3");
        save("4");
        save("5");
        // the batch of four now fails at its third entry, as if killed there
        refuseSequencing(school, lastSeq + 3);
        JsonObject failed = verify();
        assertThat(failed.getJsonNumber("pending").longValue()).as(failed.toString()).isEqualTo(4);
        assertThat(failed.getBoolean("intact")).isTrue();
        assertThat(entriesAfter(school, lastId))
                .hasSize(4)
                .allSatisfy(e -> assertThat(e[1]).as("position of entry " + e[0]).isZero());
        assertThat(number("select max(seq) from audit_entry where school_id = " + school))
                .isEqualTo(lastSeq);

        allowSequencing();
        JsonObject resumed = verify();
        assertThat(resumed.getBoolean("intact")).as(resumed.toString()).isTrue();
        assertThat(resumed.getJsonNumber("pending").longValue()).isZero();
        List<long[]> chained = entriesAfter(school, lastId);
        assertThat(chained)
                .extracting(e -> e[1])
                .containsExactly(lastSeq + 1, lastSeq + 2, lastSeq + 3, lastSeq + 4);
    }

    @Test
    @DisplayName(
            "R-A08 a sequenced entry disguised as pending (its position and hashes cleared) leaves a gap the check names")
    void sequencedEntryMadePendingIsFound() throws Exception {
        long school = prepareCell();
        long lastId = number("select max(id) from audit_entry");
        save("3");
        save("4");
        assertThat(verify().getBoolean("intact")).isTrue();
        // the first of the two: an entry in the middle of the chain, not its head
        long[] second = entriesAfter(school, lastId).get(0);
        String[] kept = new String[2];
        try (Connection db = TestDatabase.owner();
                Statement s = db.createStatement();
                var rows =
                        s.executeQuery(
                                "select prev_hash, hash from audit_entry where id = "
                                        + second[0])) {
            rows.next();
            kept[0] = rows.getString(1);
            kept[1] = rows.getString(2);
        }
        // held pending: the sequencer would otherwise chain it anew at the end
        refuseSequencing(school, 0);
        asTheSequencer(
                school,
                "update audit_entry set seq = null, prev_hash = null, hash = null where id = "
                        + second[0]);
        try {
            JsonObject broken = verify();
            assertThat(broken.getBoolean("intact")).as(broken.toString()).isFalse();
            assertThat(broken.getJsonNumber("firstBroken").longValue()).isEqualTo(second[1] + 1);
            assertThat(broken.getJsonNumber("pending").longValue()).isEqualTo(1);
        } finally {
            asTheSequencer(
                    school,
                    "set local audit_it.restore = 'yes'",
                    "update audit_entry set seq = "
                            + second[1]
                            + ", prev_hash = '"
                            + kept[0]
                            + "', hash = '"
                            + kept[1]
                            + "' where id = "
                            + second[0]);
            allowSequencing();
        }
        JsonObject restored = verify();
        assertThat(restored.getBoolean("intact")).as(restored.toString()).isTrue();
    }

    @Test
    @DisplayName(
            "R-A08 a tail cut off after the signed checkpoint is named by the check, and the sequencer does not extend the cut chain")
    void cutTailFoundAndNotExtended() throws Exception {
        long school = prepareCell();
        long lastId = number("select max(id) from audit_entry");
        save("3");
        save("4");
        JsonObject signed = verify();
        assertThat(signed.getBoolean("intact")).as(signed.toString()).isTrue();
        long[] tail = entriesAfter(school, lastId).get(1);
        assertThat(signed.getJsonNumber("signedHead").longValue()).isEqualTo(tail[1]);

        execute(
                "drop table if exists audit_sequencer_it_gone",
                "create table audit_sequencer_it_gone as select * from audit_entry where id = "
                        + tail[0],
                "delete from audit_entry where id = " + tail[0]);
        try {
            JsonObject cut = verify();
            assertThat(cut.getBoolean("intact")).as(cut.toString()).isFalse();
            assertThat(cut.getJsonNumber("firstBroken").longValue()).isEqualTo(tail[1]);
            // a save meanwhile is kept, but not chained after the cut
            save("5");
            JsonObject held = verify();
            assertThat(held.getBoolean("intact")).isFalse();
            assertThat(held.getJsonNumber("pending").longValue()).isEqualTo(1);
        } finally {
            execute(
                    "insert into audit_entry select * from audit_sequencer_it_gone",
                    "drop table audit_sequencer_it_gone");
        }
        JsonObject restored = verify();
        assertThat(restored.getBoolean("intact")).as(restored.toString()).isTrue();
        assertThat(restored.getJsonNumber("pending").longValue()).isZero();
        assertThat(entriesAfter(school, lastId))
                .extracting(e -> e[1])
                .containsExactly(tail[1] - 1, tail[1], tail[1] + 1);
    }
}
