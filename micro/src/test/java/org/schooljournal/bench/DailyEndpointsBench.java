package org.schooljournal.bench;

import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.TestDatabase;

/**
 * Benchmark, not a test (issue 11 item 4): for each daily endpoint of teachers and parents, the p95
 * on a larger demo divided by the p95 on the small demo, measured in the same run (goal ≤ 1.2: the
 * daily reads do not grow with the municipality). Prints the figures; asserts only that the setup
 * worked.
 *
 * <p>Run: {@code mvn -Pbench -pl micro -am verify -Dit.test=DailyEndpointsBench}; the larger demo
 * is {@code -Djournal.bench.demo} (default the 10-school {@code 10x24x25x40}; {@code municipality}
 * for 100 schools, 3 minutes more). Two Payara Micro servers on databases of their own ({@code
 * journal_bench_small}, {@code journal_bench_large}), each freshly loaded (the loader analyzes); a
 * teacher and a parent of 5 «А» of the last school of each sign in through the login form; each
 * endpoint is called {@code journal.bench.warmup} (100; {@value #FIRST_WARM_UP} more before a
 * server's first endpoint) + {@value #MEASURED} times by one client, in {@code
 * journal.bench.rounds} (3) rounds that alternate the small and the large server.
 */
class DailyEndpointsBench {
    static final String LARGE = System.getProperty("journal.bench.demo", "10x24x25x40");
    static final int WARM_UP = Integer.getInteger("journal.bench.warmup", 100);

    /** Calls before the first endpoint's measured ones on each server. */
    static final int FIRST_WARM_UP = 3_000;

    private static final java.util.Set<Server> warmedUp = new java.util.HashSet<>();

    private static final Map<Server, Integer> lastBytes = new java.util.HashMap<>();
    static final int MEASURED = 100;

    /**
     * Rounds of {@link #MEASURED} calls, small and large alternating ({@code
     * journal.bench.rounds}): one run of 100 calls a server moved a ratio by ±0.2 between runs; the
     * p95 is taken over all rounds' calls of a server.
     */
    static final int ROUNDS = Integer.getInteger("journal.bench.rounds", 3);

    private record Server(String demo, String db, Process micro, String base) {}

    /** One daily request of a signed-in person. */
    private interface Call {
        HttpRequest request(Server server, Map<String, String> ids);
    }

    @Test
    void dailyEndpoints() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        Server small = start(runtime, "small", "journal_bench_small");
        Server large = null;
        try {
            large = start(runtime, LARGE, "journal_bench_large");
            Map<Server, Map<String, String>> ids = new LinkedHashMap<>();
            Map<Server, HttpClient> teachers = new LinkedHashMap<>();
            Map<Server, HttpClient> parents = new LinkedHashMap<>();
            for (Server s : List.of(small, large)) {
                Map<String, String> id = people(s);
                teachers.put(s, FormLogin.session(s.base(), id.get("teacher")));
                parents.put(s, FormLogin.session(s.base(), id.get("parent")));
                id.putAll(journalAndCell(teachers.get(s), s, id.get("journal")));
                id.put("child", child(parents.get(s), s));
                ids.put(s, id);
                System.out.printf(
                        "BENCH daily: %s demo: %s lessons, %s marks; teacher %s, parent %s%n",
                        s.demo(),
                        text(s.db(), "select count(*) from lesson"),
                        text(s.db(), "select count(*) from mark"),
                        id.get("teacher"),
                        id.get("parent"));
            }
            String month = YearMonth.now().minusMonths(1).toString();
            Map<String, Call> teacherCalls = new LinkedHashMap<>();
            teacherCalls.put("journal list", (s, i) -> json(s, "/api/v1/journals"));
            teacherCalls.put(
                    "journal grid data",
                    (s, i) -> json(s, "/api/v1/journals/" + i.get("journal") + "?month=" + month));
            teacherCalls.put(
                    "journal grid screen",
                    (s, i) ->
                            html(
                                    s,
                                    "/teacher/journal.xhtml?id="
                                            + i.get("journal")
                                            + "&month="
                                            + month));
            Map<String, Call> parentCalls = new LinkedHashMap<>();
            parentCalls.put("diary children", (s, i) -> json(s, "/api/v1/diary/children"));
            parentCalls.put(
                    "diary marks",
                    (s, i) -> json(s, "/api/v1/diary/pupils/" + i.get("child") + "/marks"));
            parentCalls.put("diary screen", (s, i) -> html(s, "/diary/diary.xhtml"));

            System.out.printf(
                    "%nBENCH daily endpoint (1 client, %d rounds of %d calls, p95 ms) | small | %s"
                            + " | ratio (goal ≤ 1.2) | p50 small / %s%n",
                    ROUNDS, MEASURED, LARGE, LARGE);
            for (var c : teacherCalls.entrySet()) {
                line(c.getKey(), small, large, teachers, ids, c.getValue());
            }
            Map<Server, String[]> cells = new LinkedHashMap<>();
            for (Server s : List.of(small, large)) {
                cells.put(s, new String[] {ids.get(s).get("current")});
            }
            line(
                    "save a cell",
                    small,
                    large,
                    teachers,
                    ids,
                    (s, i) -> {
                        // each save replaces the previous one (R-J01): 5 and 4 in turn
                        String[] current = cells.get(s);
                        String next = "5".equals(current[0]) ? "4" : "5";
                        String body =
                                "{\"text\":\"" + next + "\",\"expected\":\"" + current[0] + "\"}";
                        current[0] = next;
                        return request(
                                        s,
                                        "/api/v1/lessons/"
                                                + i.get("lesson")
                                                + "/cells/"
                                                + i.get("pupil"))
                                .header("Accept", "application/json")
                                .header("Sec-Fetch-Site", "same-origin")
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                    });
            for (var c : parentCalls.entrySet()) {
                line(c.getKey(), small, large, parents, ids, c.getValue());
            }
        } finally {
            stop(small);
            if (large != null) {
                stop(large);
            }
        }
    }

    private static void line(
            String name,
            Server small,
            Server large,
            Map<Server, HttpClient> sessions,
            Map<Server, Map<String, String>> ids,
            Call call)
            throws Exception {
        List<Long> smallCalls = new ArrayList<>();
        List<Long> largeCalls = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            smallCalls.addAll(measure(sessions.get(small), small, ids.get(small), call));
            largeCalls.addAll(measure(sessions.get(large), large, ids.get(large), call));
        }
        double s = GridBench.percentile(smallCalls, 95);
        double l = GridBench.percentile(largeCalls, 95);
        // the answers' sizes: the same journal and class in both demos, so alike in size. The
        // medians beside the p95: a request of a millisecond has its p95 made by a pause (of the
        // server or the machine), where the median shows whether the request itself grew
        System.out.printf(
                "BENCH daily %-20s | %7.1f | %7.1f | %5.2f | p50 %.1f / %.1f | bytes %d / %d%n",
                name,
                s / 1e6,
                l / 1e6,
                l / s,
                GridBench.percentile(smallCalls, 50) / 1e6,
                GridBench.percentile(largeCalls, 50) / 1e6,
                lastBytes.get(small),
                lastBytes.get(large));
    }

    /** One round: the warm-up, then {@link #MEASURED} calls' times. */
    private static List<Long> measure(
            HttpClient session, Server server, Map<String, String> ids, Call call)
            throws Exception {
        List<Long> nanos = new ArrayList<>();
        // the first endpoint's warm-up also compiles what every request shares (filters, the
        // authentication, Jersey): more of it, so that it is not measured on a colder server
        int warmUp = WARM_UP + (warmedUp.add(server) ? FIRST_WARM_UP : 0);
        for (int i = 0; i < warmUp + MEASURED; i++) {
            HttpRequest request = call.request(server, ids);
            long started = System.nanoTime();
            HttpResponse<byte[]> r = session.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - started;
            if (r.statusCode() != 200) {
                throw new AssertionError(
                        request.method() + " " + request.uri() + ": " + r.statusCode());
            }
            lastBytes.put(server, r.body().length);
            if (i >= warmUp) {
                nanos.add(took);
            }
        }
        return nanos;
    }

    private static HttpRequest.Builder request(Server s, String path) {
        return HttpRequest.newBuilder(URI.create(s.base() + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept-Encoding", "identity");
    }

    private static HttpRequest json(Server s, String path) {
        return request(s, path).header("Accept", "application/json").GET().build();
    }

    private static HttpRequest html(Server s, String path) {
        return request(s, path).header("Accept", "text/html").GET().build();
    }

    /**
     * In the last school, the same journal in both demos: 5 «А»'s mathematics (every demo school
     * has that class, 25 pupils, the same curriculum), its teacher, and a parent of a pupil of 5
     * «А». Before, the bench took the school's first teacher and parent by login, who taught and
     * had children in other classes in the two demos: the municipality's grid answer was 14 %
     * larger, and the ratio measured the journal's size as much as the municipality's.
     */
    private static Map<String, String> people(Server s) throws Exception {
        String fiveA =
                " join school_class c on c.id = %s.class_id and c.grade = 5 and c.letter = 'А'"
                        + " where %s.school_id = (select max(id) from school)";
        Map<String, String> id = new LinkedHashMap<>();
        id.put(
                "journal",
                text(
                        s.db(),
                        "select t.id from teaching_assignment t join subject su on su.id ="
                                + " t.subject_id and su.name = 'Математика'"
                                + String.format(fiveA, "t", "t")
                                + " and t.group_id is null"));
        id.put(
                "teacher",
                text(
                        s.db(),
                        "select a.login from teaching_assignment t join staff st on st.id ="
                                + " t.teacher_id join account a on a.id = st.account_id where"
                                + " t.id = "
                                + id.get("journal")));
        id.put(
                "parent",
                text(
                        s.db(),
                        "select a.login from guardian g join account a on a.id = g.account_id"
                                + " join pupil_guardian pg on pg.guardian_id = g.id join pupil p"
                                + " on p.id = pg.pupil_id"
                                + String.format(fiveA, "p", "g")
                                + " order by a.login limit 1"));
        return id;
    }

    /** The journal's last writable lesson last month, a pupil, the cell's text. */
    private static Map<String, String> journalAndCell(HttpClient teacher, Server s, String journal)
            throws Exception {
        var grid =
                read(
                                teacher,
                                json(
                                        s,
                                        "/api/v1/journals/"
                                                + journal
                                                + "?month="
                                                + YearMonth.now().minusMonths(1)))
                        .asJsonObject();
        String lesson = null;
        for (var l : grid.getJsonArray("lessons").getValuesAs(jakarta.json.JsonObject.class)) {
            if (l.getBoolean("writable", false)) {
                lesson = l.getJsonNumber("id").toString();
            }
        }
        if (lesson == null) {
            throw new AssertionError(
                    "no writable lesson in journal " + journal + " of " + s.demo());
        }
        String pupil = grid.getJsonArray("pupils").getJsonObject(0).getJsonNumber("id").toString();
        // What the cell holds now: a write over "" is refused with the current text unless empty.
        HttpResponse<String> probe =
                teacher.send(
                        request(s, "/api/v1/lessons/" + lesson + "/cells/" + pupil)
                                .header("Accept", "application/json")
                                .header("Sec-Fetch-Site", "same-origin")
                                .header("Content-Type", "application/json")
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"text\":\"\",\"expected\":\"\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String current =
                probe.statusCode() == 409
                        ? jakarta.json.Json.createReader(new StringReader(probe.body()))
                                .readObject()
                                .getString("current")
                        : "";
        return new LinkedHashMap<>(
                Map.of("journal", journal, "lesson", lesson, "pupil", pupil, "current", current));
    }

    private static String child(HttpClient parent, Server s) throws Exception {
        return read(parent, json(s, "/api/v1/diary/children"))
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("pupilId")
                .toString();
    }

    private static jakarta.json.JsonValue read(HttpClient session, HttpRequest request)
            throws Exception {
        HttpResponse<String> r = session.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(request.uri() + ": " + r.statusCode() + " " + r.body());
        }
        return jakarta.json.Json.createReader(new StringReader(r.body())).readValue();
    }

    private static Server start(Path runtime, String demo, String db) throws Exception {
        GridBench.run("bash", "../config/reset-test-db.sh", db);
        Path postboot = runtime.resolve("postboot-" + db + ".asadmin");
        Files.writeString(
                postboot,
                Files.readString(runtime.resolve("postboot-postgresql.asadmin"))
                        .replaceAll("databaseName=[A-Za-z0-9_]+", "databaseName=" + db));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long started = System.nanoTime();
        Process micro =
                new ProcessBuilder(
                                ProcessHandle.current().info().command().orElse("java"),
                                "-Djournal.demo=" + demo,
                                "-Djournal.archive.transfer=off",
                                "-Djournal.archive.check=off",
                                "-jar",
                                runtime.resolve("payara-micro.jar").toString(),
                                "--nocluster",
                                "--rootdir",
                                Files.createTempDirectory("dailybench").toString(),
                                "--port",
                                String.valueOf(port),
                                "--addLibs",
                                runtime.resolve("postgresql.jar").toString(),
                                "--prebootcommandfile",
                                runtime.resolve("preboot.asadmin").toString(),
                                "--postbootcommandfile",
                                postboot.toString(),
                                "--deploy",
                                System.getProperty("journal.war"))
                        .redirectErrorStream(true)
                        .redirectOutput(runtime.resolve(db + "-micro.log").toFile())
                        .start();
        Server server = new Server(demo, db, micro, "http://localhost:" + port + "/journal");
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline && micro.isAlive()) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(
                                                        URI.create(server.base() + "/login.xhtml"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    System.out.printf(
                            "BENCH daily: %s demo ready in %.0f s%n",
                            demo, (System.nanoTime() - started) / 1e9);
                    return server;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        stop(server);
        throw new AssertionError("the " + demo + " server did not start; see " + db + "-micro.log");
    }

    private static void stop(Server s) throws InterruptedException {
        s.micro().destroy();
        if (!s.micro().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            s.micro().destroyForcibly();
        }
    }

    private static String text(String db, String sql) throws Exception {
        try (Connection c = TestDatabase.owner(db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
