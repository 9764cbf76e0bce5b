package org.schooljournal.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.TestDatabase;

/**
 * Benchmark, not a test (issue 12, "Speed"): the control reports on the municipality demo. As the
 * deputy head of the last school, every school-level report of {@code oversight} (the checks, the
 * results, control works, completeness, analytics) {@value #WARM} warm-up and {@value #CALLS}
 * measured calls each, p50/p95 and the SQL statements of one call; as the municipal administrator
 * the department's overview; the school's summary sheets (each class's) and an XLSX export. Prints
 * a table; asserts only that the setup worked (every call answers 200).
 *
 * <p>The database is a copy of {@code journal_muni_template} (the pre-loaded municipality), made
 * with {@code create database … template …} (needs nobody connected to the template): {@code
 * journal.bench.db} (default {@code journal_muni_obench}) is dropped at the end unless {@code
 * journal.bench.keep=true}; {@code journal.bench.reuse=true} uses an existing copy as it is. The
 * server runs with {@code journal.diagnostics.sql} so each answer names its SQL statements. {@code
 * journal.bench.only=timeliness,results} measures only the reports whose names contain one of the
 * words.
 *
 * <p>Run: {@code mvn -Pbench -pl micro verify -Dit.test=OversightBench
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class OversightBench {
    static final String DB = System.getProperty("journal.bench.db", "journal_muni_obench");
    static final String TEMPLATE = "journal_muni_template";
    static final int WARM = Integer.getInteger("journal.bench.warm", 3);
    static final int CALLS = Integer.getInteger("journal.bench.calls", 20);
    static final String ONLY = System.getProperty("journal.bench.only", "");
    static final int OVERVIEW_CALLS = Integer.getInteger("journal.bench.overview.calls", 10);

    /**
     * The WARs to measure, one after another on the same database (comma-separated, e.g. before and
     * after a change: the older first, as the newer's migrations stay): {@code journal.bench.war}
     * names copies (the local repository's snapshot, which {@code -pl micro} packages, is whichever
     * build installed last on a shared machine).
     */
    static final String WARS =
            System.getProperty("journal.bench.war", System.getProperty("journal.war"));

    private Process micro;
    private String base;
    private final long t0 = System.nanoTime();
    private final List<String> table = new ArrayList<>();

    @Test
    void reports() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        if (!(Boolean.getBoolean("journal.bench.reuse") && exists())) {
            long began = System.nanoTime();
            admin("drop database if exists \"" + DB + "\" with (force)");
            admin("create database \"" + DB + "\" template " + TEMPLATE + " owner journal");
            log("copied %s in %.0f s", TEMPLATE, (System.nanoTime() - began) / 1e9);
        }
        try {
            for (String war : WARS.split(",")) {
                measureWar(runtime, war.strip());
            }
        } finally {
            if (!Boolean.getBoolean("journal.bench.keep")) {
                admin("drop database if exists \"" + DB + "\" with (force)");
            }
        }
    }

    private void measureWar(Path runtime, String war) throws Exception {
        table.clear();
        try {
            start(runtime, war);
            long school = Long.parseLong(text("select max(id) from school"));
            String deputy = loginOf(school, "deputy_head");
            log("war %s", war);
            log(
                    "municipality: %s schools, %s pupils, %s lessons, %s marks, %s audit entries;"
                            + " deputy %s of school %d; %d cores, loopback",
                    text("select count(*) from school"),
                    text("select count(*) from pupil"),
                    text("select count(*) from lesson"),
                    text("select count(*) from mark"),
                    text("select count(*) from audit_entry"),
                    deputy,
                    school,
                    Runtime.getRuntime().availableProcessors());
            ApiClient api = ApiClient.as(base, deputy, Demo.PASSWORD);
            JsonObject choices = api.get("/oversight/choices").object();
            long classId = first(choices, "classes");
            long subject = subjectOf(school, classId);
            long teacher = teacherOf(school, classId, subject);
            log("class %d, subject %d, teacher (staff) %d", classId, subject, teacher);
            Map<String, String> reports = new LinkedHashMap<>();
            reports.put("choices", "/oversight/choices");
            reports.put("timeliness", "/oversight/timeliness");
            reports.put("timeliness (class)", "/oversight/timeliness?class=" + classId);
            reports.put("density", "/oversight/density");
            reports.put("fulfilment", "/oversight/fulfilment");
            reports.put("homework-load", "/oversight/homework-load");
            reports.put("lessons-given", "/oversight/lessons-given");
            reports.put("completeness", "/oversight/completeness");
            reports.put("results", "/oversight/results");
            reports.put("remedial (class)", "/oversight/remedial?class=" + classId);
            reports.put("control-works", "/oversight/control-works");
            reports.put(
                    "analytics marks",
                    "/oversight/analytics/marks?class=" + classId + "&subject=" + subject);
            reports.put("analytics attendance", "/oversight/analytics/attendance?class=" + classId);
            reports.put("analytics rates", "/oversight/analytics/rates?class=" + classId);
            reports.put("analytics teacher", "/oversight/analytics/teacher?teacher=" + teacher);
            reports.put("export results-subjects.xlsx", "/oversight/exports/results-subjects.xlsx");
            reports.put("export timeliness.xlsx", "/oversight/exports/timeliness.xlsx");
            reports.put("export completeness.xlsx", "/oversight/exports/completeness.xlsx");
            reports.put("export control-works.xlsx", "/oversight/control-works/export.xlsx");
            reports.put("summary sheet (one class)", "/classes/" + classId + "/summary-sheet");
            // every class's sheet of the year in one XLSX (a 404 on a build before it existed)
            reports.put("export summary-sheets.xlsx (all classes)", "/summary-sheets.xlsx");
            for (var r : reports.entrySet()) {
                if (wanted(r.getKey())) {
                    measure(r.getKey(), api, r.getValue(), WARM, CALLS);
                }
            }
            if (wanted("summary sheets")) {
                summarySheets(api, choices);
            }
            if (wanted("overview")) {
                ApiClient department = ApiClient.as(base, "admin", Demo.PASSWORD);
                // seconds a call before V47_1: one warm-up, OVERVIEW_CALLS calls
                measure(
                        "department overview",
                        department,
                        "/municipality/overview",
                        1,
                        OVERVIEW_CALLS);
                measure(
                        "department overview.xlsx",
                        department,
                        "/municipality/overview/export.xlsx",
                        1,
                        OVERVIEW_CALLS);
            }
            System.out.printf(
                    "%nBENCH oversight %s: %d warm-up + %d calls each (overview 1 + %d), one"
                            + " client; load average at the end %s"
                            + "%n| report | p50 ms | p95 ms | max ms | SQL statements | bytes | load |%n"
                            + "|---|---|---|---|---|---|---|%n",
                    war, WARM, CALLS, OVERVIEW_CALLS, load());
            table.forEach(System.out::println);
        } finally {
            stop();
        }
    }

    private static boolean wanted(String name) {
        if (ONLY.isBlank()) {
            return true;
        }
        for (String w : ONLY.split(",")) {
            if (name.contains(w.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Every class's summary sheet of the school read one after another, as an export would. */
    private void summarySheets(ApiClient api, JsonObject choices) {
        List<Long> rounds = new ArrayList<>();
        int statements = 0;
        long bytes = 0;
        var classes = choices.getJsonArray("classes").getValuesAs(JsonObject.class);
        for (int round = 0; round < 4; round++) {
            long began = System.nanoTime();
            statements = 0;
            bytes = 0;
            for (JsonObject c : classes) {
                HttpResponse<byte[]> r =
                        api.download("/classes/" + c.getJsonNumber("id") + "/summary-sheet");
                check("summary sheets", r);
                statements += statements(r);
                bytes += r.body().length;
            }
            if (round > 0) {
                rounds.add(System.nanoTime() - began);
            }
        }
        row("summary sheets (all " + classes.size() + " classes)", rounds, statements, bytes);
    }

    private void measure(String name, ApiClient api, String path, int warm, int calls) {
        List<Long> nanos = new ArrayList<>();
        int statements = -1;
        long bytes = 0;
        for (int i = 0; i < warm + calls; i++) {
            long began = System.nanoTime();
            HttpResponse<byte[]> r = api.download(path);
            long took = System.nanoTime() - began;
            if (r.statusCode() != 200) {
                // a figure less, not a reason to lose the others
                table.add("| " + name + " | HTTP " + r.statusCode() + " | | | | |");
                log("%s: HTTP %d %s", name, r.statusCode(), new String(r.body()));
                return;
            }
            if (i == 0) {
                statements = statements(r);
                bytes = r.body().length;
                log("%s first call %.0f ms, %d statements", name, took / 1e6, statements);
            }
            if (i >= warm) {
                nanos.add(took);
            }
        }
        row(name, nanos, statements, bytes);
    }

    /** The machine's load average (1, 5, 15 min): the figures are read against it. */
    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException unknown) {
            return "?";
        }
    }

    private void row(String name, List<Long> nanos, int statements, long bytes) {
        String line =
                String.format(
                        "| %s | %.0f | %.0f | %.0f | %d | %,d | load %s |",
                        name,
                        GridBench.percentile(nanos, 50) / 1e6,
                        GridBench.percentile(nanos, 95) / 1e6,
                        GridBench.percentile(nanos, 100) / 1e6,
                        statements,
                        bytes,
                        load());
        table.add(line);
        log("%s", line);
    }

    private static void check(String name, HttpResponse<byte[]> r) {
        if (r.statusCode() != 200) {
            throw new AssertionError(name + ": " + r.statusCode() + " " + new String(r.body()));
        }
    }

    private static int statements(HttpResponse<byte[]> r) {
        return r.headers().firstValue("X-SQL-Statements").map(Integer::parseInt).orElse(-1);
    }

    private static long first(JsonObject choices, String key) {
        return choices.getJsonArray(key).getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A subject of the class's journals with the most marks, so the charts have data. */
    private static long subjectOf(long school, long classId) throws SQLException {
        return Long.parseLong(
                text(
                        "select t.subject_id from teaching_assignment t join lesson l on"
                                + " l.assignment_id = t.id join mark m on m.lesson_id = l.id"
                                + " where t.school_id = "
                                + school
                                + " and t.class_id = "
                                + classId
                                + " group by t.subject_id order by count(*) desc limit 1"));
    }

    private static long teacherOf(long school, long classId, long subject) throws SQLException {
        return Long.parseLong(
                text(
                        "select teacher_id from teaching_assignment where school_id = "
                                + school
                                + " and class_id = "
                                + classId
                                + " and subject_id = "
                                + subject
                                + " limit 1"));
    }

    private static String loginOf(long school, String role) throws SQLException {
        return text(
                "select a.login from account a join account_role r on r.account_id = a.id"
                        + " where r.school_id = "
                        + school
                        + " and r.role = '"
                        + role
                        + "' order by a.login limit 1");
    }

    private void start(Path runtime, String war) throws Exception {
        Path postboot = runtime.resolve("postboot-" + DB + ".asadmin");
        Files.writeString(
                postboot,
                Files.readString(runtime.resolve("postboot-postgresql.asadmin"))
                        .replaceAll("databaseName=[A-Za-z0-9_]+", "databaseName=" + DB));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long started = System.nanoTime();
        ProcessBuilder builder =
                new ProcessBuilder(
                                ProcessHandle.current().info().command().orElse("java"),
                                "-Djournal.diagnostics.sql=true",
                                "-Djournal.archive.transfer=off",
                                "-Djournal.archive.check=off",
                                "-Djournal.mail.digest=off",
                                "-jar",
                                runtime.resolve("payara-micro.jar").toString(),
                                "--nocluster",
                                "--rootdir",
                                Files.createTempDirectory("oversightbench").toString(),
                                "--port",
                                String.valueOf(port),
                                "--addLibs",
                                runtime.resolve("postgresql.jar").toString(),
                                "--prebootcommandfile",
                                runtime.resolve("preboot.asadmin").toString(),
                                "--postbootcommandfile",
                                postboot.toString(),
                                // the WAR's file name would be its context root
                                "--contextroot",
                                "journal",
                                "--deploy",
                                war)
                        .redirectErrorStream(true)
                        .redirectOutput(runtime.resolve(DB + "-micro.log").toFile());
        builder.environment().remove("JOURNAL_DEMO");
        micro = builder.start();
        base = "http://localhost:" + port + "/journal";
        log("server pid %d, log %s", micro.pid(), runtime.resolve(DB + "-micro.log"));
        var http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline && micro.isAlive()) {
            try {
                if (http.send(
                                        java.net.http.HttpRequest.newBuilder(
                                                        java.net.URI.create(base + "/login.xhtml"))
                                                .build(),
                                        java.net.http.HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    log("server ready in %.0f s", (System.nanoTime() - started) / 1e9);
                    return;
                }
            } catch (IOException notYet) {
                // starting, migrating
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the server did not start; see " + DB + "-micro.log");
    }

    private void stop() throws InterruptedException {
        if (micro == null) {
            return;
        }
        micro.destroy();
        if (!micro.waitFor(60, TimeUnit.SECONDS)) {
            micro.destroyForcibly();
        }
        micro = null;
    }

    private static boolean exists() {
        try {
            return Long.parseLong(text("select count(*) from school")) > 0;
        } catch (SQLException | RuntimeException none) {
            return false;
        }
    }

    private static void admin(String sql) throws Exception {
        GridBench.run(
                "psql", "-q", "-h", "localhost", "-U", "postgres", "-d", "postgres", "-c", sql);
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = TestDatabase.superuser(DB);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void log(String format, Object... args) {
        System.out.printf(
                "BENCH oversight [%6.0f s] %s%n",
                (System.nanoTime() - t0) / 1e9, String.format(format, args));
    }
}
