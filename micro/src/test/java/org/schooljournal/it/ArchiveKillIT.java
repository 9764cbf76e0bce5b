package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.OwnMicro;
import org.schooljournal.testing.TestDatabase;

/**
 * R-P05 on the archive's jobs (issue 10, item 7): Payara Micro processes of this test's own, each
 * on a PostgreSQL database of its own with the small demo. One runs the print and the transfer of
 * school 2's finished year without interruption (the reference); the other is sent SIGKILL (by its
 * process id) in the middle of the print and again in the middle of the transfer, started again,
 * and the killed runs are restarted once start-up recovery has failed them. Both databases must
 * then hold the same: the same printed books (class, kind, SHA-256), the same archived documents in
 * the same leaf order with the same leaf hashes and the same checkpoint root; no document twice,
 * none missing, and no bytes without their record, nor a record without bytes.
 */
class ArchiveKillIT {
    private static final Path RUNTIME = OwnMicro.RUNTIME;
    private static final String DB = System.getProperty("journal.db.name");
    private static final long SCHOOL = ArchiveJobsIT.FINISHED_SCHOOL;

    @Test
    @DisplayName(
            "R-P05 R-P03 R-P04 SIGKILL in the middle of the year-end print and again of the"
                    + " transfer, restart: the same books, documents, hashes and tree as an"
                    + " uninterrupted run; none twice, none missing, no orphaned bytes")
    void killedPrintAndTransferEqualAnUninterruptedRun() throws Exception {
        String reference = DB + "_kill_ref";
        String killed = DB + "_kill";
        Server.prepare(reference);
        Server.prepare(killed);

        // The server to be killed boots beside the reference (its own database), not after it:
        // one start-up less to wait for. It sits idle until the reference has run and stopped.
        Launch firstLaunch = Server.launch(killed, "killed");
        List<String> refBooks;
        try {
            Server ref = Server.launch(reference, "reference").await();
            try {
                ApiClient archivist = ref.archivist();
                JsonObject print = ArchiveJobsIT.runToEnd(archivist, job("PRINT"));
                assertThat(print.getString("status")).as(print.toString()).isEqualTo("COMPLETED");
                refBooks = books(ArchiveJobsIT.report(archivist, print));
                JsonObject transfer = ArchiveJobsIT.runToEnd(archivist, job("TRANSFER"));
                assertThat(transfer.getString("status"))
                        .as(transfer.toString())
                        .isEqualTo("COMPLETED");
            } finally {
                ref.stop();
            }
        } catch (Exception | AssertionError e) {
            firstLaunch.micro().kill();
            throw e;
        }
        int classes = refBooks.size() / 2;
        assertThat(classes).as("classes of the finished year").isGreaterThanOrEqualTo(2);

        Server first = firstLaunch.await();
        long print;
        try {
            print = start(first.archivist(), "PRINT");
            assertThat(killMidway(first, print)).as("killed in the middle of the print").isTrue();
        } finally {
            first.kill();
        }
        Server second = Server.start(killed, "after-print-kill");
        long transfer;
        try {
            ApiClient archivist = second.archivist();
            JsonObject restartedPrint = restartInterrupted(archivist, print);
            assertThat(books(ArchiveJobsIT.report(archivist, restartedPrint)))
                    .as("the killed and restarted print: the reference's books, each once")
                    .containsExactlyInAnyOrderElementsOf(refBooks)
                    .doesNotHaveDuplicates();
            transfer = start(archivist, "TRANSFER");
            assertThat(killMidway(second, transfer))
                    .as("killed in the middle of the transfer")
                    .isTrue();
        } finally {
            second.kill();
        }
        Server third = Server.start(killed, "after-transfer-kill");
        try {
            ApiClient archivist = third.archivist();
            JsonObject restartedTransfer = restartInterrupted(archivist, transfer);
            assertThat(
                            ArchiveJobsIT.documentIds(
                                    ArchiveJobsIT.report(archivist, restartedTransfer)))
                    .as("two documents per class")
                    .hasSize(2 * classes);
            JsonObject check =
                    ArchiveJobsIT.runToEnd(
                            archivist, new ArchiveJobsIT.JobInput("CHECK", null, null, false));
            assertThat(ArchiveJobsIT.report(archivist, check))
                    .as(check.toString())
                    .allSatisfy(l -> assertThat(l.getString("outcome")).isEqualTo("VERIFIED"));
        } finally {
            third.stop();
        }

        List<String> refDocuments = documents(reference);
        assertThat(refDocuments).hasSize(2 * classes);
        assertThat(documents(killed))
                .as("leaf by leaf: school, year, class, kind, version, SHA-256, size, leaf hash")
                .containsExactlyElementsOf(refDocuments);
        assertThat(orphans(killed)).as("bytes without a record or a record without bytes").isZero();
        assertThat(root(killed)).as("the latest checkpoint's tree").isEqualTo(root(reference));
    }

    private static ArchiveJobsIT.JobInput job(String job) {
        return new ArchiveJobsIT.JobInput(job, ArchiveJobsIT.FINISHED, List.of(SCHOOL), false);
    }

    private static long start(ApiClient archivist, String job) {
        var started = archivist.post("/archive/jobs", job(job));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.object().getJsonNumber("executionId").longValue();
    }

    /**
     * Polls the run's progress and kills the server once a class is done and one is left; false if
     * the run ended before (the test could not kill it midway).
     */
    private static boolean killMidway(Server server, long execution) throws Exception {
        ApiClient archivist = server.archivist();
        for (int i = 0; i < 3000; i++) {
            JsonObject run = archivist.get("/archive/jobs/" + execution).object();
            JsonObject total = run.getJsonObject("total");
            if (!run.getString("status").startsWith("START")) {
                return false;
            }
            if (total.getInt("done") >= 1 && total.getInt("done") < total.getInt("total")) {
                server.kill();
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The killed run is FAILED (INTERRUPTED) after the start; restarted, it ends COMPLETED. */
    private static JsonObject restartInterrupted(ApiClient archivist, long execution)
            throws InterruptedException {
        JsonObject failed = archivist.get("/archive/jobs/" + execution).object();
        assertThat(failed.getString("status")).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.getString("exitStatus")).isEqualTo("INTERRUPTED");
        int doneAtKill = failed.getJsonObject("total").getInt("done");
        assertThat(doneAtKill).isBetween(1, failed.getJsonObject("total").getInt("total") - 1);
        var restarted =
                archivist.post(
                        "/archive/jobs/" + execution + "/restart", "application/json", new byte[0]);
        assertThat(restarted.status()).as(restarted.toString()).isEqualTo(200);
        long again = restarted.object().getJsonNumber("executionId").longValue();
        for (int i = 0; i < 1500; i++) {
            JsonObject run = archivist.get("/archive/jobs/" + again).object();
            if (!run.getString("status").startsWith("START")) {
                assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
                JsonObject total = run.getJsonObject("total");
                assertThat(total.getInt("done")).isEqualTo(total.getInt("total"));
                assertThat(total.getInt("succeeded")).isEqualTo(total.getInt("total"));
                return run;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the restarted run " + again + " did not end");
    }

    /** «classId kind sha256» of each printed book of a report. */
    private static List<String> books(List<JsonObject> lines) {
        List<String> books = new ArrayList<>();
        for (JsonObject l : lines) {
            assertThat(l.getString("outcome")).as(l.toString()).isIn("PRINTED", "TRANSFERRED");
            books.add(
                    l.getJsonNumber("classId")
                            + " "
                            + l.getString("kind")
                            + " "
                            + l.getString("sha256"));
        }
        return books;
    }

    /** The archive's documents in leaf order, without their ids and deposit times. */
    private static List<String> documents(String database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = TestDatabase.superuser(database);
                var s = c.createStatement();
                var r =
                        s.executeQuery(
                                "select leaf_index, school_id, year_id, class_id, kind, version,"
                                        + " sha256, size_bytes, closed_on, destroy_after, leaf_hash"
                                        + " from archive_document order by leaf_index")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append(' ');
                }
                rows.add(row.toString().strip());
            }
        }
        Set<String> places = new HashSet<>();
        for (String row : rows) {
            String[] f = row.split(" ");
            assertThat(places.add(f[1] + " " + f[2] + " " + f[3] + " " + f[4] + " " + f[5]))
                    .as("no document twice: %s", row)
                    .isTrue();
        }
        return rows;
    }

    /** Bytes whose document row is missing, documents without bytes, and bytes of another hash. */
    private static long orphans(String database) throws SQLException {
        try (Connection c = TestDatabase.superuser(database);
                var s = c.createStatement();
                var r =
                        s.executeQuery(
                                "select (select count(*) from archive_content b where not exists"
                                        + " (select 1 from archive_document d where d.id ="
                                        + " b.document_id)) + (select count(*) from archive_document d"
                                        + " where not exists (select 1 from archive_content b where"
                                        + " b.document_id = d.id)) + (select count(*) from"
                                        + " archive_content b join archive_document d on d.id ="
                                        + " b.document_id where encode(sha256(b.bytes), 'hex') <>"
                                        + " d.sha256)")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String root(String database) throws SQLException {
        try (Connection c = TestDatabase.superuser(database);
                var s = c.createStatement();
                var r =
                        s.executeQuery(
                                "select tree_size || ' ' || root_hash from archive_checkpoint"
                                        + " order by id desc limit 1")) {
            assertThat(r.next()).as("a checkpoint in " + database).isTrue();
            return r.getString(1);
        }
    }

    /** A Payara Micro of this test ({@link OwnMicro}) on its own database. */
    private record Server(OwnMicro micro) {
        /** A fresh database and the post-boot commands that point the server at it. */
        static void prepare(String database) throws Exception {
            run("bash", "../config/reset-test-db.sh", database);
            ProcessBuilder render =
                    new ProcessBuilder("bash", "../config/postboot.sh", "postgresql")
                            .redirectOutput(postboot(database).toFile());
            render.environment().put("JOURNAL_DB_NAME", database);
            assertThat(render.start().waitFor()).isZero();
        }

        static Path postboot(String database) {
            return RUNTIME.resolve("postboot-" + database + ".asadmin");
        }

        static Server start(String database, String name) throws Exception {
            return launch(database, name).await();
        }

        /** Starts the process without waiting for it to answer ({@link Launch#await}). */
        static Launch launch(String database, String name) throws Exception {
            Path log = RUNTIME.resolve("kill-" + name + ".log");
            Files.deleteIfExists(log);
            OwnMicro micro =
                    OwnMicro.start(
                            new OwnMicro.Setup(
                                    OwnMicro.freePort(),
                                    log,
                                    postboot(database),
                                    null,
                                    List.of(
                                            "-Djournal.demo=small",
                                            "-Djournal.archive.transfer=off",
                                            "-Djournal.archive.check=off"),
                                    List.of(RUNTIME.resolve("postgresql.jar"))));
            return new Launch(micro, log);
        }

        ApiClient archivist() {
            return ApiClient.as(micro.base(), ArchiveJobsIT.ARCHIVIST, Demo.PASSWORD);
        }

        /** SIGKILL to this process, by its id: no shutdown hook, no orderly end of a job. */
        void kill() throws InterruptedException {
            micro.kill();
        }

        void stop() throws InterruptedException {
            micro.stop();
        }
    }

    /** A server of this test that is booting. */
    private record Launch(OwnMicro micro, Path log) {
        /** The server once its login page answers; killed if it never does. */
        Server await() throws InterruptedException {
            if (micro.awaitLoginPage() != 200) {
                micro.kill();
                throw new AssertionError("Payara Micro did not answer; see " + log);
            }
            return new Server(micro);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }
}
