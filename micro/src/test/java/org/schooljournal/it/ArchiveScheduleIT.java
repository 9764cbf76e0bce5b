package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.archive.control.Timestamps;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.LocalTsa;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The archive's scheduled runs and time-stamps on Payara Micro with PostgreSQL (issue 10, items
 * 3-5): an EJB timer, with no caller, starts the daily transfer and the weekly check as system
 * work; each runs to the end with its report, once per day even when fired again (as by a second
 * server); each new checkpoint is stamped by a local RFC 3161 authority, and the check verifies the
 * tokens.
 */
class ArchiveScheduleIT {
    final URL base = SharedServer.url();

    @TempDir Path files;

    private ApiClient archivist() {
        return ApiClient.as(base.toString(), ArchiveJobsIT.ARCHIVIST, Demo.PASSWORD);
    }

    /**
     * The server is shared: a later test's checkpoint must not ask this test's stopped authority.
     */
    @AfterEach
    void noTimestampAuthority() {
        var reset = archivist().delete("/test-schedule/tsa");
        assertThat(reset.status()).as(reset.toString()).isIn(200, 204);
    }

    @Test
    @DisplayName(
            "R-P03 R-P04 R-P06 issue 10 items 3-5: the scheduled transfer and check start from a"
                    + " timer as system work and run to the end with their reports, once a day"
                    + " (fired again: skipped); each checkpoint gets an RFC 3161 token from the"
                    + " configured authority, which openssl and the check verify; a damaged token"
                    + " is named by the check")
    void scheduledRunsAndTimestamps() throws Exception {
        ApiClient archivist = archivist();
        try (LocalTsa tsa = new LocalTsa()) {
            var configured =
                    archivist.post(
                            "/test-schedule/tsa?url=" + tsa.url(), "text/plain", new byte[0]);
            assertThat(configured.status()).as(configured.toString()).isIn(200, 204);

            JsonObject transfer = scheduledRun(archivist, "TRANSFER");
            assertThat(transfer.getString("status")).as(transfer.toString()).isEqualTo("COMPLETED");
            assertThat(transfer.getJsonArray("schools").size())
                    .as("every school, as the schedule runs it")
                    .isGreaterThanOrEqualTo(2);
            List<JsonObject> lines = ArchiveJobsIT.report(archivist, transfer);
            assertThat(lines)
                    .as("the finished year of school 2 is transferred")
                    .anyMatch(
                            l ->
                                    "TRANSFERRED".equals(l.getString("outcome"))
                                            && l.getJsonNumber("schoolId").longValue()
                                                    == ArchiveJobsIT.FINISHED_SCHOOL);
            assertThat(lines)
                    .as("the current year is not closed: reported, not transferred")
                    .anyMatch(l -> "NOT_CLOSED".equals(l.getString("outcome")));
            assertThat(tsa.answered()).as("the new checkpoint was time-stamped").isPositive();

            // a second server's timer (or the same fired again) on the same day starts nothing:
            // once that timer has ended, there is still one run
            int timersDone = timersDone(archivist);
            fire(archivist, "TRANSFER");
            for (int i = 0; i < 300 && timersDone(archivist) == timersDone; i++) {
                Thread.sleep(100);
            }
            assertThat(timersDone(archivist)).as("the timer fired again").isGreaterThan(timersDone);
            assertThat(systemRuns(archivist, "TRANSFER")).as("once a day").hasSize(1);

            JsonObject checkpoint =
                    archivist
                            .post("/test-archive/checkpoint", "application/json", new byte[0])
                            .object();
            long checkpointId = checkpoint.getJsonNumber("id").longValue();
            byte[] note = download(archivist, "/archive/checkpoints/" + checkpointId + "/note");
            byte[] token =
                    download(archivist, "/archive/checkpoints/" + checkpointId + "/timestamp");
            assertThat(new String(note, StandardCharsets.UTF_8))
                    .isEqualTo(checkpoint.getString("note"));
            assertThat(Timestamps.verify(token, note).authority()).isEqualTo(LocalTsa.NAME);
            assertThat(openssl(note, token, tsa.certificatePem()))
                    .as("openssl ts -verify, without the server")
                    .contains("Verification: OK");

            JsonObject check = scheduledRun(archivist, "CHECK");
            assertThat(check.getString("status")).as(check.toString()).isEqualTo("COMPLETED");
            assertThat(ArchiveJobsIT.report(archivist, check))
                    .isNotEmpty()
                    .allSatisfy(
                            l -> {
                                assertThat(l.getString("outcome"))
                                        .as(l.toString())
                                        .isEqualTo("VERIFIED");
                                assertThat(l.getString("detail")).endsWith(" intact");
                            });

            byte[] damaged = token.clone();
            damaged[damaged.length / 2] ^= 1;
            setToken(checkpointId, damaged);
            try {
                JsonObject found = archivist.get("/test-archive/check").object();
                assertThat(found.getJsonArray("findings").getValuesAs(JsonObject.class))
                        .as(found.toString())
                        .anyMatch(
                                f ->
                                        f.getString("problem").equals("CHECKPOINT")
                                                && f.getString("detail")
                                                        .startsWith("time-stamp token fails"));
            } finally {
                setToken(checkpointId, token);
            }
            assertThat(archivist.get("/test-archive/check").object().getBoolean("intact"))
                    .as("the token put back")
                    .isTrue();
        }

        var schedule = archivist.get("/archive/schedule");
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        assertThat(schedule.array().getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("job"))
                .containsExactlyInAnyOrder("TRANSFER", "CHECK");
        assertThat(
                        ApiClient.as(base.toString(), Demo.TEACHER, Demo.PASSWORD)
                                .get("/archive/schedule")
                                .status())
                .isEqualTo(403);
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void fire(ApiClient archivist, String job) {
        var fired = archivist.post("/test-schedule/fire/" + job, "text/plain", new byte[0]);
        assertThat(fired.status()).as(fired.toString()).isIn(200, 204);
    }

    private static int timersDone(ApiClient archivist) {
        return Integer.parseInt(archivist.get("/test-schedule/done", "text/plain").body().strip());
    }

    private static List<JsonObject> systemRuns(ApiClient archivist, String job) {
        var runs = archivist.get("/archive/jobs");
        // polled while a job starts: the list must answer in that moment too
        assertThat(runs.status()).as(runs.toString()).isEqualTo(200);
        return runs.array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("job").equals(job))
                .filter(r -> "system".equals(r.getString("startedBy", null)))
                .toList();
    }

    /** Fires the job's timer and waits (5 minutes at most) for its system run to end. */
    private JsonObject scheduledRun(ApiClient archivist, String job) throws InterruptedException {
        fire(archivist, job);
        for (int i = 0; i < 1500; i++) {
            List<JsonObject> runs = systemRuns(archivist, job);
            if (!runs.isEmpty()) {
                String status = runs.get(0).getString("status");
                if (!status.equals("STARTING") && !status.equals("STARTED")) {
                    return runs.get(0);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no scheduled " + job + " ended within 5 minutes");
    }

    private byte[] download(ApiClient who, String path) throws Exception {
        HttpResponse<byte[]> reply =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(root() + "/api/v1" + path))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString(
                                                                        (ArchiveJobsIT.ARCHIVIST
                                                                                        + ":"
                                                                                        + Demo
                                                                                                .PASSWORD)
                                                                                .getBytes(
                                                                                        StandardCharsets
                                                                                                .UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        return reply.body();
    }

    private String openssl(byte[] note, byte[] token, String certificate) throws Exception {
        Path data = Files.write(files.resolve("checkpoint.note"), note);
        Path tst = Files.write(files.resolve("checkpoint.tst"), token);
        Path ca = Files.writeString(files.resolve("tsa.pem"), certificate);
        Process p =
                new ProcessBuilder(
                                "openssl",
                                "ts",
                                "-verify",
                                "-data",
                                data.toString(),
                                "-in",
                                tst.toString(),
                                "-token_in",
                                "-CAfile",
                                ca.toString())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    /** As the database superuser past the triggers, like ArchiveIT's damage. */
    private static void setToken(long checkpointId, byte[] token) throws SQLException {
        try (Connection c = TestDatabase.superuser();
                var s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            try (var u =
                    c.prepareStatement(
                            "update archive_timestamp set token = ? where checkpoint_id = ?")) {
                u.setBytes(1, token);
                u.setLong(2, checkpointId);
                assertThat(u.executeUpdate()).isEqualTo(1);
            }
        }
    }
}
