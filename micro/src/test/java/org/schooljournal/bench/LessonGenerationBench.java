package org.schooljournal.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.TestDatabase;

/**
 * Benchmark, not a test (run by {@code mvn -Pbench -pl micro -am verify}): the time to generate a
 * year's lessons for a 1,000-pupil school — 40 classes × 35 lessons a week over the school year —
 * on Payara Micro with PostgreSQL, through the API as the deputy head. Prints the figures.
 */
class LessonGenerationBench {
    static final String DB = "journal_bench";

    @Test
    void yearOfLessonsForALargeSchool() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        run("bash", "../config/reset-test-db.sh", DB);
        Path postboot = runtime.resolve("postboot-bench.asadmin");
        Files.writeString(
                postboot,
                Files.readString(runtime.resolve("postboot-postgresql.asadmin"))
                        .replace("databaseName=journal_it", "databaseName=" + DB));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process micro =
                new ProcessBuilder(
                                ProcessHandle.current().info().command().orElse("java"),
                                "-Djournal.demo=1x40x25x1",
                                "-jar",
                                runtime.resolve("payara-micro.jar").toString(),
                                "--nocluster",
                                "--rootdir",
                                Files.createTempDirectory("bench").toString(),
                                "--port",
                                String.valueOf(port),
                                "--addLibs",
                                runtime.resolve("postgresql.jar").toString(),
                                "--postbootcommandfile",
                                postboot.toString(),
                                "--deploy",
                                System.getProperty("journal.war"))
                        .redirectErrorStream(true)
                        .redirectOutput(runtime.resolve("bench-micro.log").toFile())
                        .start();
        try {
            String base = "http://localhost:" + port + "/journal";
            waitFor(base + "/login.xhtml");
            int entries = fillTimetable();
            ApiClient deputy = ApiClient.as(base, "s1.deputy", "demo");
            JsonObject year = deputy.get("/calendar/years").array().getJsonObject(0);
            String range = "from=" + year.getString("startsOn") + "&to=" + year.getString("endsOn");

            long started = System.nanoTime();
            var first = deputy.post("/timetable/lessons?" + range, "application/json", new byte[0]);
            long firstWall = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            var again = deputy.post("/timetable/lessons?" + range, "application/json", new byte[0]);
            long againWall = (System.nanoTime() - started) / 1_000_000;

            if (first.status() != 200 || again.status() != 200) {
                throw new AssertionError("generation failed: " + first + " / " + again);
            }
            System.out.printf(
                    "%nBENCH lesson generation: 40 classes, %d timetable slots, year %s%n"
                            + "BENCH   first run: %d lessons created, %d empty demo lessons removed, in %d ms on the server (%d ms wall)%n"
                            + "BENCH   re-run:    %d created, %d kept, in %d ms on the server (%d ms wall)%n%n",
                    entries,
                    year.getString("name"),
                    first.object().getInt("created"),
                    first.object().getInt("deleted"),
                    first.object().getJsonNumber("millis").longValue(),
                    firstWall,
                    again.object().getInt("created"),
                    again.object().getInt("kept"),
                    again.object().getJsonNumber("millis").longValue(),
                    againWall);
        } finally {
            micro.destroy();
            micro.waitFor();
        }
    }

    /** 35 lessons a week per class: Monday to Friday, lessons 1 to 7, cycling over its subjects. */
    private static int fillTimetable() throws Exception {
        try (Connection db = TestDatabase.owner(DB)) {
            List<long[]> assignments = new ArrayList<>();
            try (ResultSet r =
                    db.createStatement()
                            .executeQuery(
                                    "select id, class_id, school_id from teaching_assignment where school_id = (select min(id) from school) order by class_id, id")) {
                while (r.next()) {
                    assignments.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
                }
            }
            int count = 0;
            try (PreparedStatement insert =
                    db.prepareStatement(
                            "insert into timetable_entry (school_id, assignment_id, weekday, lesson_number) values (?, ?, ?, ?)")) {
                for (long classId :
                        assignments.stream().mapToLong(a -> a[1]).distinct().toArray()) {
                    List<long[]> ofClass =
                            assignments.stream().filter(a -> a[1] == classId).toList();
                    int i = 0;
                    for (int day = 1; day <= 5; day++) {
                        for (int number = 1; number <= 7; number++) {
                            long[] a = ofClass.get(i++ % ofClass.size());
                            insert.setLong(1, a[2]);
                            insert.setLong(2, a[0]);
                            insert.setInt(3, day);
                            insert.setInt(4, number);
                            insert.addBatch();
                            count++;
                        }
                    }
                }
                insert.executeBatch();
            }
            return count;
        }
    }

    private static void waitFor(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(url)).build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // booting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Micro did not start; see target/runtime/bench-micro.log");
    }

    private static void run(String... command) throws Exception {
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new AssertionError("failed: " + String.join(" ", command));
        }
    }
}
