package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.archive.control.ArchiveVerifier;
import org.schooljournal.archive.control.StoredContent;
import org.schooljournal.journal.control.EcdsaKeys;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Attendance;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The archive on Payara Micro with PostgreSQL (issue 10, items 3-5): deposits, checkpoints, proofs
 * that the offline verifier accepts, the append-only triggers, and the integrity check naming each
 * kind of damage made by the database superuser past the triggers. Every damage is undone before
 * the test ends (the archive is shared with the module's other tests), and the check must then find
 * the archive intact again.
 */
class ArchiveIT {
    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The superuser past the triggers: replica mode fires no ordinary trigger. */
    private static void tamper(String... sql) throws SQLException {
        try (Connection c = TestDatabase.superuser();
                Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private JsonObject deposit(
            ApiClient archivist,
            long school,
            long year,
            long classId,
            String name,
            String kind,
            String pdf) {
        return deposit(archivist, school, year, classId, name, kind, pdf, "2026-06-30");
    }

    private JsonObject deposit(
            ApiClient archivist,
            long school,
            long year,
            long classId,
            String name,
            String kind,
            String pdf,
            String closed) {
        var reply =
                archivist.post(
                        "/test-archive/deposit?school="
                                + school
                                + "&year="
                                + year
                                + "&class="
                                + classId
                                + "&name="
                                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
                                + "&kind="
                                + kind
                                + "&closed="
                                + closed,
                        "application/octet-stream",
                        pdf.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private JsonObject check(ApiClient archivist) {
        var reply = archivist.get("/test-archive/check");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static List<String> findings(JsonObject report) {
        List<String> lines = new ArrayList<>();
        report.getJsonArray("findings")
                .getValuesAs(JsonObject.class)
                .forEach(
                        f ->
                                lines.add(
                                        f.getString("problem")
                                                + " "
                                                + f.getString("record")
                                                + ": "
                                                + f.getString("detail")));
        return lines;
    }

    @Test
    @DisplayName(
            "R-P03 R-P04 deposits are idempotent and versioned with their retention; a checkpoint is signed; a download's proof verifies offline; checkpoints are consistent; another school's head and a teacher see nothing")
    void depositCheckpointProve() throws Exception {
        ApiClient archivist = as("archivist");
        long school1;
        long school2;
        long year1;
        long class1;
        String pem;
        try (Connection c = TestDatabase.superuser()) {
            school1 =
                    number(
                            c,
                            "select r.school_id from account_role r join account a on a.id = r.account_id"
                                    + " where a.login = 's1.head' and r.role = 'head'");
            school2 =
                    number(
                            c,
                            "select r.school_id from account_role r join account a on a.id = r.account_id"
                                    + " where a.login = 's2.head' and r.role = 'head'");
            year1 = number(c, "select min(id) from academic_year where school_id = " + school1);
            class1 = number(c, "select min(id) from school_class where school_id = " + school1);
        }

        JsonObject sheet =
                deposit(
                        archivist,
                        school1,
                        year1,
                        class1,
                        "5 «А»",
                        "SUMMARY_SHEET",
                        "%PDF sheet 5A " + System.nanoTime());
        assertThat(sheet.getString("destroyAfter")).isEqualTo("2051-06-30");
        String journalPdf = "%PDF journal 5A " + System.nanoTime();
        JsonObject journal =
                deposit(archivist, school1, year1, class1, "5 «А»", "CLASS_JOURNAL", journalPdf);
        assertThat(journal.getString("destroyAfter")).isEqualTo("2031-06-30");
        // a restarted job deposits the same bytes again: the same document, nothing added
        JsonObject again =
                deposit(archivist, school1, year1, class1, "5 «А»", "CLASS_JOURNAL", journalPdf);
        assertThat(id(again)).isEqualTo(id(journal));
        assertThat(again.getJsonNumber("leafIndex").longValue())
                .isEqualTo(journal.getJsonNumber("leafIndex").longValue());
        JsonObject other =
                deposit(
                        archivist,
                        school2,
                        1,
                        1,
                        "6 «Б»",
                        "SUMMARY_SHEET",
                        "%PDF school 2 " + System.nanoTime());

        JsonObject first =
                archivist
                        .post("/test-archive/checkpoint", "application/json", new byte[0])
                        .object();
        assertThat(first.getString("note")).startsWith("school-journal archive\n");

        // the journal reopened after transfer: a new version, the old one stays listed
        JsonObject reopened =
                deposit(
                        archivist,
                        school1,
                        year1,
                        class1,
                        "5 «А»",
                        "CLASS_JOURNAL",
                        journalPdf + " reopened");
        assertThat(reopened.getInt("version")).isEqualTo(journal.getInt("version") + 1);
        JsonObject second =
                archivist
                        .post("/test-archive/checkpoint", "application/json", new byte[0])
                        .object();
        assertThat(second.getJsonNumber("treeSize").longValue())
                .isGreaterThan(first.getJsonNumber("treeSize").longValue());
        JsonObject consistency =
                archivist
                        .get("/test-archive/consistency?from=" + id(first) + "&to=" + id(second))
                        .object();
        assertThat(consistency.getBoolean("verified")).isTrue();

        // the head of school 1 reads its archive; the versions are both there
        ApiClient head = as("s1.head");
        var listed = head.get("/test-archive/documents?school=" + school1 + "&year=" + year1);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.array().getValuesAs(JsonObject.class))
                .extracting(ArchiveIT::id)
                .contains(id(journal), id(reopened), id(sheet));

        // download with proof; the offline verifier accepts it with the archive's public key
        JsonObject download = head.get("/test-archive/download/" + id(reopened)).object();
        byte[] pdf = Base64.getDecoder().decode(download.getString("pdf"));
        assertThat(new String(pdf, StandardCharsets.UTF_8)).isEqualTo(journalPdf + " reopened");
        try (Connection c = TestDatabase.superuser()) {
            try (var s = c.createStatement();
                    var rows =
                            s.executeQuery(
                                    "select public_key from signing_key where key_id = '"
                                            + second.getString("keyId")
                                            + "'")) {
                rows.next();
                pem = EcdsaKeys.pem(Base64.getDecoder().decode(rows.getString(1)));
            }
        }
        var verified =
                ArchiveVerifier.verify(
                        new ByteArrayInputStream(pdf), download.getString("proof"), List.of(pem));
        assertThat(verified.valid()).as(verified.lines().toString()).isTrue();
        pdf[0] ^= 1;
        assertThat(
                        ArchiveVerifier.verify(
                                        new ByteArrayInputStream(pdf),
                                        download.getString("proof"),
                                        List.of(pem))
                                .valid())
                .isFalse();

        // R-P06: another school's head sees nothing of this school's archive, a teacher nothing
        ApiClient otherHead = as("s2.head");
        assertThat(otherHead.get("/test-archive/documents?school=" + school1).status())
                .isEqualTo(403);
        assertThat(otherHead.get("/test-archive/download/" + id(sheet)).status()).isEqualTo(403);
        assertThat(head.get("/test-archive/download/" + id(other)).status()).isEqualTo(403);
        assertThat(as(Demo.TEACHER).get("/test-archive/documents?school=" + school1).status())
                .isEqualTo(403);
        // the head reads, never writes
        assertThat(head.post("/test-archive/checkpoint", "application/json", new byte[0]).status())
                .isEqualTo(403);

        JsonObject report = check(archivist);
        assertThat(report.getBoolean("intact")).as(findings(report).toString()).isTrue();
        assertThat(report.getString("summary"))
                .isEqualTo("all " + report.getInt("documents") + " intact");
    }

    @Test
    @DisplayName(
            "R-P03 the database refuses UPDATE, DELETE and TRUNCATE on the archive to the application's own user; bytes go only by a destruction act")
    void appendOnly() throws Exception {
        ApiClient archivist = as("archivist");
        JsonObject doc =
                deposit(
                        archivist,
                        schoolOf("s1.head"),
                        1,
                        1,
                        "7 «В»",
                        "SUMMARY_SHEET",
                        "%PDF append-only " + System.nanoTime());
        // a checkpoint row too: a row trigger fires only for a row the statement touches
        archivist.post("/test-archive/checkpoint", "application/json", new byte[0]);
        try (Connection c = TestDatabase.owner()) {
            for (String sql :
                    List.of(
                            "update archive_document set class_name = 'x' where id = " + id(doc),
                            "delete from archive_document where id = " + id(doc),
                            "truncate archive_document cascade",
                            "update archive_content set bytes = 'x' where document_id = " + id(doc),
                            "delete from archive_content where document_id = " + id(doc),
                            "truncate archive_content",
                            "update archive_checkpoint set tree_size = 0",
                            "delete from archive_checkpoint",
                            "delete from signing_key",
                            "update signing_key set public_key = 'x'",
                            "truncate archive_checkpoint")) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                    throw new AssertionError("allowed: " + sql);
                } catch (SQLException refused) {
                    assertThat(refused.getMessage())
                            .as(sql)
                            .containsAnyOf("append-only", "destruction act");
                }
            }
        }
    }

    @Test
    @DisplayName(
            "R-P04 a flipped byte, a deleted row, a swapped pair, a forged record and a cut audit trail, made by the superuser past the triggers, are each named by the integrity check")
    void checkNamesEachDamage() throws Exception {
        ApiClient archivist = as("archivist");
        long school = schoolOf("s1.head");
        // an audit entry of this school, so the checkpoint signs its chain's head
        long lastAudit = writeAttendance();
        JsonObject a =
                deposit(
                        archivist,
                        school,
                        1,
                        21,
                        "9 «А»",
                        "SUMMARY_SHEET",
                        "%PDF damage A " + System.nanoTime());
        JsonObject b =
                deposit(
                        archivist,
                        school,
                        1,
                        22,
                        "9 «Б»",
                        "SUMMARY_SHEET",
                        "%PDF damage B " + System.nanoTime());
        archivist.post("/test-archive/checkpoint", "application/json", new byte[0]);
        JsonObject intact = check(archivist);
        assertThat(intact.getBoolean("intact")).as(findings(intact).toString()).isTrue();
        // on PostgreSQL the bytes come by binary COPY: a silent fall-back to JDBC fails here
        assertThat(intact.getString("bytesReadBy")).isEqualTo(StoredContent.BY_COPY);

        // a flipped byte
        String flip =
                "update archive_content set bytes = set_byte(bytes, 3, get_byte(bytes, 3) # 1)"
                        + " where document_id = "
                        + id(a);
        tamper(flip);
        assertThat(findings(check(archivist)))
                .singleElement()
                .asString()
                .startsWith(
                        "DAMAGED leaf "
                                + a.getInt("leafIndex")
                                + ": school "
                                + school
                                + ", class 9 «А»")
                .contains("SUMMARY_SHEET")
                .contains("bytes changed");
        tamper(flip);

        // a deleted row (the document's bytes)
        tamper(
                "create table archive_gone as select * from archive_content where document_id = "
                        + id(b),
                "delete from archive_content where document_id = " + id(b));
        try {
            assertThat(findings(check(archivist)))
                    .singleElement()
                    .asString()
                    .startsWith(
                            "MISSING leaf "
                                    + b.getInt("leafIndex")
                                    + ": school "
                                    + school
                                    + ", class 9 «Б»")
                    .contains("bytes gone without a destruction act");
        } finally {
            tamper(
                    "insert into archive_content select * from archive_gone",
                    "drop table archive_gone");
        }

        // a swapped pair
        String swap =
                "update archive_content x set bytes = y.bytes from archive_content y where (x.document_id, y.document_id) in (("
                        + id(a)
                        + ", "
                        + id(b)
                        + "), ("
                        + id(b)
                        + ", "
                        + id(a)
                        + "))";
        tamper(swap);
        assertThat(findings(check(archivist)))
                .hasSize(2)
                .allMatch(f -> f.startsWith("REORDERED"))
                .anyMatch(
                        f ->
                                f.contains("class 9 «А»")
                                        && f.contains("holds the bytes of")
                                        && f.endsWith(
                                                "class 9 «Б» (id 22), year 1, SUMMARY_SHEET v1"));
        tamper(swap);

        // an added forged record, with bytes
        long forgedLeaf;
        try (Connection c = TestDatabase.superuser()) {
            forgedLeaf = number(c, "select max(leaf_index) + 1 from archive_document");
        }
        tamper(
                "insert into archive_document (id, leaf_index, school_id, year_id, class_id, class_name, kind,"
                        + " version, sha256, size_bytes, closed_on, destroy_after, deposited_at, leaf_hash,"
                        + " key_id, signature) values (999999, "
                        + forgedLeaf
                        + ", "
                        + school
                        + ", 1, 23,"
                        + " '9 «Ф»', 'SUMMARY_SHEET', 1, encode(sha256('forged'::bytea), 'hex'), 6,"
                        + " '2026-06-30', '2051-06-30', now(), 'ff', 'ff', 'MEUCIQ==')",
                "insert into archive_content values (999999, 'forged', 'forged'::bytea)");
        try {
            assertThat(findings(check(archivist)))
                    .singleElement()
                    .asString()
                    .startsWith(
                            "ADDED leaf "
                                    + forgedLeaf
                                    + ": school "
                                    + school
                                    + ", class 9 «Ф» (id 23), year 1, SUMMARY_SHEET v1")
                    .contains("not signed by the archive's key");
        } finally {
            tamper(
                    "delete from archive_content where document_id = 999999",
                    "delete from archive_document where id = 999999");
        }

        // the audit trail's tail cut off after the checkpoint signed its head
        tamper(
                "create table audit_gone as select * from audit_entry where id = " + lastAudit,
                "delete from audit_entry where id = " + lastAudit);
        try {
            assertThat(findings(check(archivist)))
                    .singleElement()
                    .asString()
                    .startsWith("AUDIT_CHAIN audit trail of school " + school)
                    .contains("audit trail cut");
        } finally {
            tamper("insert into audit_entry select * from audit_gone", "drop table audit_gone");
        }

        JsonObject restored = check(archivist);
        assertThat(restored.getBoolean("intact")).as(findings(restored).toString()).isTrue();
    }

    @Test
    @DisplayName(
            "R-P03 expired documents are reported, destroyed only under an act after their date, and leave a tombstone that keeps the proofs valid")
    void expiryAndDestruction() throws Exception {
        ApiClient archivist = as("archivist");
        long school = schoolOf("s1.head");
        JsonObject old =
                deposit(
                        archivist,
                        school,
                        1,
                        31,
                        "4 «Г»",
                        "CLASS_JOURNAL",
                        "%PDF old " + System.nanoTime(),
                        "2019-05-31");
        JsonObject kept =
                deposit(
                        archivist,
                        school,
                        1,
                        31,
                        "4 «Г»",
                        "SUMMARY_SHEET",
                        "%PDF kept " + System.nanoTime(),
                        "2019-05-31");
        assertThat(old.getString("destroyAfter")).isEqualTo("2024-05-31");

        var expired =
                archivist
                        .get("/test-archive/expired?on=2026-01-01")
                        .array()
                        .getValuesAs(JsonObject.class);
        assertThat(expired).extracting(ArchiveIT::id).contains(id(old)).doesNotContain(id(kept));
        var early =
                archivist.post(
                        "/test-archive/destroy/" + id(kept) + "?act=1&approvedBy=x",
                        "application/json",
                        new byte[0]);
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(
                        as("s1.head")
                                .post(
                                        "/test-archive/destroy/" + id(old) + "?act=1&approvedBy=x",
                                        "application/json",
                                        new byte[0])
                                .status())
                .isEqualTo(403);

        var destroyed =
                archivist.post(
                        "/test-archive/destroy/"
                                + id(old)
                                + "?act=%E2%84%96%207%20of%202026-01-10&approvedBy=Head%20of%20department",
                        "application/json",
                        new byte[0]);
        assertThat(destroyed.status()).as(destroyed.toString()).isEqualTo(200);
        archivist.post("/test-archive/checkpoint", "application/json", new byte[0]);
        JsonObject download = archivist.get("/test-archive/download/" + id(old)).object();
        assertThat(download.containsKey("pdf")).isFalse();
        assertThat(download.getJsonObject("document").getBoolean("destroyed")).isTrue();
        assertThat(download.getString("proof"))
                .contains("\nindex " + old.getInt("leafIndex") + "\n");
        assertThat(
                        archivist
                                .get("/test-archive/expired?on=2026-01-01")
                                .array()
                                .getValuesAs(JsonObject.class))
                .extracting(ArchiveIT::id)
                .doesNotContain(id(old));
        JsonObject report = check(archivist);
        assertThat(report.getBoolean("intact")).as(findings(report).toString()).isTrue();
    }

    @Test
    @DisplayName("R-T03 an archivist's attempt to change a journal is refused by the service")
    void archivistCannotWriteJournal() throws Exception {
        ApiClient teacher = as(Demo.TEACHER);
        var cell = Demo.markableCell(teacher, -1);
        JsonObject page =
                teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
        long pupil = page.getJsonArray("pupils").getJsonObject(0).getJsonNumber("id").longValue();
        String current = page.getJsonObject("cells").getString(cell.lessonId() + ":" + pupil, "");
        var refused =
                as("archivist")
                        .put(
                                "/lessons/" + cell.lessonId() + "/marks/" + pupil,
                                new Mark("2", "HOMEWORK", current));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        JsonObject after =
                teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
        assertThat(after.getJsonObject("cells").getString(cell.lessonId() + ":" + pupil, ""))
                .isEqualTo(current);
    }

    private static long schoolOf(String headLogin) throws SQLException {
        try (Connection c = TestDatabase.superuser()) {
            return number(
                    c,
                    "select r.school_id from account_role r join account a on a.id = r.account_id"
                            + " where a.login = '"
                            + headLogin
                            + "' and r.role = 'head'");
        }
    }

    /** The teacher records an absence: a new last entry of school 1's audit trail; its id. */
    private long writeAttendance() throws SQLException {
        ApiClient teacher = as(Demo.TEACHER);
        var cell = Demo.markableCell(teacher, -1);
        JsonObject page =
                teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
        var pupils = page.getJsonArray("pupils");
        long pupil = pupils.getJsonObject(pupils.size() - 1).getJsonNumber("id").longValue();
        String current = page.getJsonObject("cells").getString(cell.lessonId() + ":" + pupil, "");
        var put =
                teacher.put(
                        "/lessons/" + cell.lessonId() + "/attendance/" + pupil,
                        new Attendance(
                                current.toLowerCase().contains("уп") ? "UNEXCUSED" : "EXCUSED",
                                current));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        try (Connection c = TestDatabase.superuser()) {
            return number(
                    c,
                    "select id from audit_entry where school_id = "
                            + schoolOf("s1.head")
                            + " order by seq desc limit 1");
        }
    }
}
