package org.schooljournal.bench;

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.TestDatabase;

/**
 * Benchmark, not a test: the teacher's journal list ({@code GET /api/v1/journals}, the first
 * request of every teacher's day) on a demo of several schools, with and without the V25 indexes in
 * the same run (issue 11 item 1). Prints the figures; asserts only that the setup worked.
 *
 * <p>Run: {@code mvn -Pbench -pl micro -am verify -Dit.test=JournalListBench}; {@code
 * -Djournal.bench.demo=100x24x25x40} for the municipality (3 minutes more to load). It resets its
 * own database {@code journal_listbench}, starts its own Payara Micro with that demo (the loader
 * analyzes the tables), signs in a teacher of the last school through the login form, then reads
 * the list 1 client × 100 and {@value #CLIENTS} clients × 100 times ({@code
 * journal.bench.measured}); then drops the V25 indexes (keeping their definitions), analyzes,
 * measures again, and puts them back.
 */
class JournalListBench {
    static final String DB = "journal_listbench";
    static final String DEMO = System.getProperty("journal.bench.demo", "10x24x25x40");
    static final int CLIENTS = 16;
    static final int WARM_UP = 10;

    /**
     * Measured calls of each client ({@code journal.bench.measured}): 100 take 2-3 s at 16 clients,
     * short enough for a collection or a compilation to move a round's p95 by a third.
     */
    static final int MEASURED = Integer.getInteger("journal.bench.measured", 100);

    /** Unmeasured calls of each client before the measured ones ({@code journal.bench.warmup}). */
    static final int WARM_UP_CALLS = Integer.getInteger("journal.bench.warmup", 800);

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    @Test
    void journalList() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        GridBench.run("bash", "../config/reset-test-db.sh", DB);
        Path postboot =
                onBenchDatabase(
                        runtime.resolve("postboot-postgresql.asadmin"),
                        runtime.resolve("postboot-listbench.asadmin"));
        // -Djournal.bench.baseline.war: the previous commit's war, measured beside this build's on
        // the same database in the same run (it loads the demo: its migrations are the older ones)
        String baselineWar = System.getProperty("journal.bench.baseline.war");
        // -Djournal.bench.baseline.postboot: the previous build's post-boot commands (its pool
        // settings), rendered by its own config/postboot.sh; this build's when not given
        Path baselinePostboot =
                System.getProperty("journal.bench.baseline.postboot") == null
                        ? postboot
                        : onBenchDatabase(
                                Path.of(System.getProperty("journal.bench.baseline.postboot")),
                                runtime.resolve("postboot-listbench-baseline.asadmin"));
        List<Process> servers = new ArrayList<>();
        Process micro;
        Process baseline = null;
        int port;
        int baselinePort = 0;
        try {
            if (baselineWar != null) {
                baselinePort = freePort();
                baseline =
                        start(
                                runtime,
                                baselinePostboot,
                                baselinePort,
                                baselineWar,
                                true,
                                "baseline");
                servers.add(baseline);
                waitFor("http://localhost:" + baselinePort + "/journal/login.xhtml");
            }
            port = freePort();
            micro =
                    start(
                            runtime,
                            postboot,
                            port,
                            // -Djournal.bench.war: a war built elsewhere (the reactor's own, when
                            // the shared local repository holds another engineer's modules)
                            System.getProperty(
                                    "journal.bench.war", System.getProperty("journal.war")),
                            baseline == null,
                            "listbench");
            servers.add(micro);
            String base = "http://localhost:" + port + "/journal";
            waitFor(base + "/login.xhtml");
            String teacher =
                    text(
                            "select a.login from teaching_assignment t join staff s on s.id ="
                                    + " t.teacher_id join account a on a.id = s.account_id where"
                                    + " t.school_id = (select max(id) from school) and not exists"
                                    + " (select 1 from account_role r where r.account_id = a.id"
                                    + " and r.role in ('head', 'deputy_head')) order by"
                                    + " a.login limit 1");
            System.out.printf(
                    "%nBENCH journal list: demo %s (%s lessons, %s marks), teacher %s of the last"
                            + " school, %d cores, server and PostgreSQL on loopback%n",
                    DEMO,
                    text("select count(*) from lesson"),
                    text("select count(*) from mark"),
                    teacher,
                    Runtime.getRuntime().availableProcessors());
            List<HttpClient> sessions = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                sessions.add(FormLogin.session(base, teacher));
            }
            URI list = URI.create(base + "/api/v1/journals");
            if (baseline != null) {
                String other = "http://localhost:" + baselinePort + "/journal";
                List<HttpClient> baselineSessions = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    baselineSessions.add(FormLogin.session(other, teacher));
                }
                URI baselineList = URI.create(other + "/api/v1/journals");
                // alternately, twice each, so that neither server alone has the quieter minute
                for (int round = 1; round <= 2; round++) {
                    measure(
                            "baseline (previous build), round " + round,
                            baseline.toHandle(),
                            baselineSessions,
                            baselineList);
                    measure("this build, round " + round, micro.toHandle(), sessions, list);
                }
                baseline.destroy();
                baseline.waitFor();
            }
            measure("with the V25 indexes", micro.toHandle(), sessions, list);
            // the floor under any figure of the list: the same signed-in sessions asking for a path
            // no resource serves (the filters, the authentication with its session stamp, Jersey's
            // 404), so no service, no transaction, no query but the stamp's
            measure(
                    "floor: a signed-in request without a service (Jersey's 404)",
                    micro.toHandle(),
                    sessions,
                    URI.create(base + "/api/v1/journals-none"),
                    404);
            // -Djournal.bench.v25=false: not again without the V25 indexes (2-3 minutes)
            if (Boolean.parseBoolean(System.getProperty("journal.bench.v25", "true"))) {
                List<String> definitions = dropV25();
                measure(
                        "without the V25 indexes (before issue 11)",
                        micro.toHandle(),
                        sessions,
                        list);
                execute(definitions);
                execute(List.of("analyze lesson, mark, staff, guardian, pupil"));
            }
        } finally {
            for (Process p : servers) {
                p.destroy();
                p.waitFor();
            }
        }
    }

    /** Post-boot commands copied to {@code target} with the bench's database as the pool's. */
    private static Path onBenchDatabase(Path commands, Path target) throws IOException {
        Files.writeString(
                target,
                Files.readString(commands)
                        .replaceAll("databaseName=[A-Za-z0-9_]+", "databaseName=" + DB));
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Process start(
            Path runtime, Path postboot, int port, String war, boolean loadDemo, String name)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        if (loadDemo) {
            command.add("-Djournal.demo=" + DEMO);
        }
        // -Djournal.bench.jfr=true: a flight recording of the server, to profile the list
        if (Boolean.getBoolean("journal.bench.jfr")) {
            // Payara's stacks are deeper than JFR's default 64 frames
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
            command.add(
                    "-XX:StartFlightRecording=settings=profile,filename="
                            + runtime.resolve(name + ".jfr"));
        }
        command.add("-jar");
        command.add(runtime.resolve("payara-micro.jar").toString());
        // -Djournal.bench.baseline.preboot=true: the baseline with the same settings too (a WAR
        // from after the single-instance settings came)
        if (!"baseline".equals(name) || Boolean.getBoolean("journal.bench.baseline.preboot")) {
            // this build's single-instance settings (sessions in memory: config/preboot.sh); the
            // baseline runs as the bench ran it before, with Payara Micro's defaults
            command.add("--prebootcommandfile");
            command.add(runtime.resolve("preboot.asadmin").toString());
        }
        command.addAll(
                List.of(
                        "--nocluster",
                        "--rootdir",
                        Files.createTempDirectory(name).toString(),
                        "--port",
                        String.valueOf(port),
                        "--addLibs",
                        runtime.resolve("postgresql.jar").toString(),
                        "--postbootcommandfile",
                        postboot.toString(),
                        "--deploy",
                        war));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(runtime.resolve(name + "-micro.log").toFile())
                .start();
    }

    private void measure(String what, ProcessHandle server, List<HttpClient> sessions, URI list)
            throws Exception {
        measure(what, server, sessions, list, 200);
    }

    /**
     * One client alone, then all of them at once; each first runs {@link #WARM_UP_CALLS} calls
     * unmeasured, so that the figures are of a server whose JIT has compiled the request's path
     * (100 calls after 10 measured mostly the compiler before: a freshly started server answers the
     * list at about 200 requests/s after 2,400 calls and at about 300 after 10,000).
     */
    private void measure(
            String what, ProcessHandle server, List<HttpClient> sessions, URI uri, int status)
            throws Exception {
        List<Long> alone = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long nanos = get(sessions.get(0), uri, status);
            if (i >= WARM_UP) {
                alone.add(nanos);
            }
        }
        report(what + ", 1 client", alone);
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        long[] measuring = new long[2];
        long[] cpu = new long[3];
        for (boolean warm : List.of(true, false)) {
            List<Future<?>> done = new ArrayList<>();
            if (!warm) {
                cpu[0] = GridBench.cpuNanos(server);
                cpu[1] = GridBench.postgresCpuNanos();
                cpu[2] = GridBench.cpuNanos(ProcessHandle.current());
            }
            long started = System.nanoTime();
            for (HttpClient session : sessions) {
                done.add(
                        threads.submit(
                                () -> {
                                    for (int i = 0; i < (warm ? WARM_UP_CALLS : MEASURED); i++) {
                                        long nanos = get(session, uri, status);
                                        if (!warm) {
                                            all.add(nanos);
                                        }
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            measuring[warm ? 0 : 1] = System.nanoTime() - started;
        }
        threads.shutdown();
        // where the two cores went: the server, PostgreSQL and this JVM's clients share them
        System.out.printf(
                "BENCH journal list %s, %d clients: CPU a request: server JVM %.2f ms, PostgreSQL"
                        + " %.2f ms, the bench's clients %.2f ms%n",
                what,
                sessions.size(),
                (GridBench.cpuNanos(server) - cpu[0]) / 1e6 / all.size(),
                (GridBench.postgresCpuNanos() - cpu[1]) / 1e6 / all.size(),
                (GridBench.cpuNanos(ProcessHandle.current()) - cpu[2]) / 1e6 / all.size());
        report(
                what
                        + ", "
                        + sessions.size()
                        + " clients ("
                        + Math.round(all.size() / (measuring[1] / 1e9))
                        + " requests/s)",
                all);
    }

    private static long get(HttpClient session, URI uri, int status) throws Exception {
        long started = System.nanoTime();
        HttpResponse<Void> r =
                session.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(120))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() != status) {
            throw new AssertionError("GET " + uri + ": " + r.statusCode());
        }
        return System.nanoTime() - started;
    }

    private static void report(String what, List<Long> nanos) {
        System.out.printf(
                "BENCH journal list %s: p50 %.1f ms, p95 %.1f ms (%d calls)%n",
                what,
                GridBench.percentile(nanos, 50) / 1e6,
                GridBench.percentile(nanos, 95) / 1e6,
                nanos.size());
    }

    /** Drops the indexes V25 created and analyzes; their definitions, to put them back. */
    private static List<String> dropV25() throws Exception {
        List<String> definitions = new ArrayList<>();
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement()) {
            try (ResultSet rs =
                    st.executeQuery(
                            "select indexdef from pg_indexes where schemaname = 'public' and"
                                    + " indexname in ('lesson_school_assignment_ix',"
                                    // V49's index by pupil and date replaced V25's by pupil
                                    + " 'lesson_school_given_by_ix', 'mark_school_pupil_date_ix',"
                                    + " 'staff_school_account_ix', 'guardian_school_account_ix',"
                                    + " 'pupil_school_account_ix')")) {
                while (rs.next()) {
                    definitions.add(rs.getString(1));
                }
            }
            if (definitions.size() != 6) {
                throw new AssertionError("V25 indexes not found: " + definitions);
            }
            for (String d : definitions) {
                st.execute("drop index " + d.replaceFirst("CREATE INDEX (\\w+) .*", "$1"));
            }
            st.execute("analyze lesson, mark, staff, guardian, pupil");
        }
        return definitions;
    }

    private static void execute(List<String> statements) throws Exception {
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private static String text(String sql) throws Exception {
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void waitFor(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
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
                // booting, loading the demo
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("Micro did not start; see target/runtime/listbench-micro.log");
    }
}
