package org.schooljournal.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.TestDatabase;

/**
 * Benchmark, not a test: the journal grid (R-J01) of a 35-pupil class with 60 lessons in one month,
 * and saving marks under 100 concurrent teachers, on Payara Micro with PostgreSQL on loopback.
 * Prints the figures; asserts only that the setup worked.
 *
 * <p>Run: {@code mvn -Pbench -pl micro -am verify} (with the other benchmarks; add {@code
 * -Dit.test=GridBench} to run this one alone). It resets its own database {@code journal_gridbench}
 * (config/reset-test-db.sh), starts its own Payara Micro with the demo size {@value #DEMO} (one
 * school, classes of 35 pupils) and {@code -Djournal.diagnostics.sql=true}, then:
 *
 * <ol>
 *   <li>over JDBC, fills one journal's month to 60 lessons (distinct date and lesson number), with
 *       marks in about 30% of the cells and some absences;
 *   <li>signs in through the login form as that journal's teacher and renders {@code
 *       /teacher/journal.xhtml} 5 + 20 times (median, p95, HTML bytes, gzip bytes), and the same
 *       month as JSON from the API;
 *   <li>saves marks through {@code PUT /api/v1/lessons/{lesson}/marks/{pupil}}: one client alone,
 *       then 100 concurrent clients (each on its own journal, with the teacher accounts shared when
 *       the school has fewer than 100 teachers); every save also appends to the school's audit hash
 *       chain, which locks the school row. For comparison, the same 100 clients reading their
 *       journal list (HTTP Basic and a query, no write).
 * </ol>
 */
class GridBench {
    /** Its own database ({@code -Djournal.bench.db}), reset at every run. */
    static final String DB = System.getProperty("journal.bench.db", "journal_gridbench");

    /** The demo size; {@code -Djournal.bench.demo=50x2x35x14} for the 50-school shape. */
    static final String DEMO = System.getProperty("journal.bench.demo", "1x24x35x14");

    /**
     * The application it deploys: this build's WAR, or another one ({@code -Djournal.bench.war}),
     * e.g. the previous commit's, to measure before and after in the same session.
     */
    static final String WAR =
            System.getProperty("journal.bench.war", System.getProperty("journal.war"));

    static final int PUPILS = 35;
    static final int LESSONS = 60;

    /** Concurrent saving clients ({@code -Djournal.bench.clients}). */
    static final int CLIENTS = Integer.getInteger("journal.bench.clients", 100);

    /**
     * Where the clients write, one run per shape ({@code -Djournal.bench.shapes}, comma-separated):
     * {@code one-school} (the first school's journals, the audit chain of one school shared by all)
     * or {@code schools} (one client per school, as many schools as clients).
     */
    static final List<String> SHAPES =
            List.of(System.getProperty("journal.bench.shapes", "one-school").split(","));

    static final int SAVES_PER_CLIENT = 20;
    static final int WARM_UP = 5;
    static final int MEASURED = 20;

    /**
     * HTTP/1.1 as a teacher's browser uses it here: one connection a client, not 100 streams over
     * one HTTP/2 connection (which the server ends with GOAWAY).
     */
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    @Test
    void gridAndSaves() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        run("bash", "../config/reset-test-db.sh", DB);
        Path postboot = runtime.resolve("postboot-gridbench.asadmin");
        // -Djournal.bench.postboot=FILE: another build's post-boot commands (its pool settings),
        // to measure that build's war as it ran
        String commands =
                Files.readString(
                        System.getProperty("journal.bench.postboot") != null
                                ? Path.of(System.getProperty("journal.bench.postboot"))
                                : runtime.resolve("postboot-postgresql.asadmin"));
        // -Djournal.bench.postboot.extra / preboot.extra=FILE: asadmin commands added to the
        // server's (pool or thread pool sizes tried without a rebuild)
        Files.writeString(
                postboot,
                commands.replaceAll("databaseName=[A-Za-z0-9_]+", "databaseName=" + DB)
                        + extra("journal.bench.postboot.extra"));
        Path preboot = runtime.resolve("preboot-gridbench.asadmin");
        Files.writeString(
                preboot,
                Files.readString(runtime.resolve("preboot.asadmin"))
                        + extra("journal.bench.preboot.extra"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        // -Djournal.bench.jfr=FILE: a flight recording of the server (issue 11 item 3)
        String jfr = System.getProperty("journal.bench.jfr");
        if (jfr != null) {
            // Payara's stacks are deeper than JFR's default 64 frames: the resource method would
            // be cut off the samples
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
            command.add(
                    "-XX:StartFlightRecording=filename="
                            + jfr
                            + ",settings=profile,dumponexit=true");
        }
        // -Djournal.bench.jvm="OPTIONS": the server JVM's options, e.g. another collector
        for (String option : System.getProperty("journal.bench.jvm", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(
                List.of(
                        "-Djournal.demo=" + DEMO,
                        "-Djournal.diagnostics.sql=true",
                        "-jar",
                        runtime.resolve("payara-micro.jar").toString(),
                        "--nocluster",
                        "--rootdir",
                        Files.createTempDirectory("gridbench").toString(),
                        "--port",
                        String.valueOf(port),
                        "--addLibs",
                        runtime.resolve("postgresql.jar").toString(),
                        "--postbootcommandfile",
                        postboot.toString()));
        // the single instance's settings as ./run.sh and the other benches have them (sessions in
        // memory, config/preboot.sh single); without them every request wrote and read its session
        // in the data grid (measured: the save's profile, 2026-12-06); -Djournal.bench.preboot=none
        // measures the server as it was
        if (!"none".equals(System.getProperty("journal.bench.preboot"))) {
            command.add("--prebootcommandfile");
            command.add(preboot.toString());
        }
        command.addAll(List.of("--deploy", WAR));
        Process micro =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(runtime.resolve("gridbench-micro.log").toFile())
                        .start();
        try {
            String base = "http://localhost:" + port + "/journal";
            waitFor(base + "/login.xhtml");
            YearMonth month = benchMonth();
            System.out.printf(
                    "%nBENCH grid: machine %d cores (Runtime.availableProcessors), %s %s, max heap"
                            + " of this JVM %d MB; server and PostgreSQL on the same machine"
                            + " (loopback); JDBC pool max 64 (config/pool-postgresql.asadmin);"
                            + " demo %s; month %s; WAR %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    DEMO,
                    month,
                    WAR);
            Grid grid = prepareGrid(month);
            System.out.printf(
                    "BENCH grid data: journal %d (%s), teacher %s: %d pupils × %d lessons, %d marks"
                            + " (%.0f%% of cells), %d absences%n",
                    grid.assignmentId,
                    grid.title,
                    grid.teacher,
                    grid.pupils,
                    grid.lessons,
                    grid.marks,
                    100.0 * grid.markedCells / (grid.pupils * (double) grid.lessons),
                    grid.absences);
            server = micro.toHandle();
            render(base, grid, month);
            for (String shape : SHAPES) {
                saves(base, month, shape);
            }
        } finally {
            micro.destroy();
            micro.waitFor();
        }
    }

    // ---------------------------------------------------------------- data

    /** The last full month before this one that lies within the school year (September–May). */
    static YearMonth benchMonth() {
        YearMonth month = YearMonth.now().minusMonths(1);
        while (month.getMonthValue() >= 6 && month.getMonthValue() <= 8) {
            month = month.minusMonths(1);
        }
        return month;
    }

    /**
     * SQL condition: the lesson {@code l} (columns school_id, assignment_id, lesson_date) lies on a
     * study day of its class, where the server accepts marks (R-J05: in a study period of the
     * class's grade) and lessons stand (R-S02: not in holidays, not on a day off).
     */
    static final String STUDY_DAY =
            "exists (select 1 from teaching_assignment a join school_class c on c.id ="
                    + " a.class_id join study_period p on p.school_id = c.school_id and c.grade"
                    + " between p.grade_from and p.grade_to where a.id = l.assignment_id and"
                    + " l.lesson_date between p.starts_on and p.ends_on) and not exists (select 1"
                    + " from teaching_assignment a join school_class c on c.id = a.class_id join"
                    + " holiday h on h.school_id = c.school_id and c.grade between h.grade_from"
                    + " and h.grade_to where a.id = l.assignment_id and l.lesson_date between"
                    + " h.starts_on and h.ends_on)";

    record Grid(
            long assignmentId,
            String title,
            String teacher,
            int pupils,
            int lessons,
            int marks,
            int markedCells,
            int absences) {}

    /**
     * Picks a whole-class journal of a class of at least 35 pupils (the one with the most lessons
     * in the month), adds lessons until it has 60 in the month, and marks about 30% of the cells.
     */
    private static Grid prepareGrid(YearMonth month) throws Exception {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        try (Connection db = TestDatabase.owner(DB)) {
            long assignmentId;
            long classId;
            long schoolId;
            String title;
            String teacher;
            try (PreparedStatement q =
                    db.prepareStatement(
                            "select a.id, a.class_id, a.school_id, c.grade || ' ' || c.letter,"
                                    + " acc.login, (select count(*) from lesson l where"
                                    + " l.assignment_id = a.id and l.lesson_date between ? and ?)"
                                    + " as lessons from teaching_assignment a join school_class c"
                                    + " on c.id = a.class_id join staff s on s.id = a.teacher_id"
                                    + " join account acc on acc.id = s.account_id where"
                                    + " a.group_id is null and (select count(*) from pupil p"
                                    + " where p.class_id = a.class_id) >= ? order by lessons desc,"
                                    + " a.id limit 1")) {
                q.setDate(1, Date.valueOf(from));
                q.setDate(2, Date.valueOf(to));
                q.setInt(3, PUPILS);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        throw new AssertionError("no journal of a class of " + PUPILS + " pupils");
                    }
                    assignmentId = r.getLong(1);
                    classId = r.getLong(2);
                    schoolId = r.getLong(3);
                    title = r.getString(4);
                    teacher = r.getString(5);
                }
            }
            // lessons: study days of the class (in a study period of its grade, not in holidays
            // or on a day off, not on Sunday), numbers 1 to 8, in date order, until the month has
            // 60: marks are refused for a lesson outside every study period (dates hold)
            try (PreparedStatement insert =
                    db.prepareStatement(
                            "insert into lesson (school_id, assignment_id, lesson_date,"
                                    + " lesson_number, topic) select l.school_id, l.assignment_id,"
                                    + " l.lesson_date, l.lesson_number, l.topic from (select"
                                    + " ?::bigint school_id, ?::bigint assignment_id, ?::date"
                                    + " lesson_date, ?::int lesson_number, ?::text topic) l where "
                                    + STUDY_DAY
                                    + " on conflict do nothing")) {
                int have = count(db, "lesson l", assignmentId, from, to);
                for (int number = 1; number <= 8 && have < LESSONS; number++) {
                    for (LocalDate d = from; !d.isAfter(to) && have < LESSONS; d = d.plusDays(1)) {
                        if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                            continue;
                        }
                        insert.setLong(1, schoolId);
                        insert.setLong(2, assignmentId);
                        insert.setDate(3, Date.valueOf(d));
                        insert.setInt(4, number);
                        insert.setString(5, "Тема урока " + d + " №" + number);
                        have += insert.executeUpdate();
                    }
                }
            }
            List<Long> lessons =
                    ids(
                            db,
                            "select id from lesson where assignment_id = ? and"
                                    + " lesson_date between ? and ? order by lesson_date, lesson_number",
                            assignmentId,
                            from,
                            to);
            List<Long> pupils =
                    ids(db, "select id from pupil where class_id = ? order by id", classId);
            Set<String> marked = new HashSet<>();
            try (PreparedStatement q =
                    db.prepareStatement(
                            "select m.lesson_id, m.pupil_id from mark m join lesson l on l.id ="
                                    + " m.lesson_id where l.assignment_id = ? and l.lesson_date"
                                    + " between ? and ?")) {
                q.setLong(1, assignmentId);
                q.setDate(2, Date.valueOf(from));
                q.setDate(3, Date.valueOf(to));
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        marked.add(r.getLong(1) + ":" + r.getLong(2));
                    }
                }
            }
            List<long[]> cells = new ArrayList<>();
            for (long lesson : lessons) {
                for (long pupil : pupils) {
                    cells.add(new long[] {lesson, pupil});
                }
            }
            Random random = new Random(42);
            Collections.shuffle(cells, random);
            int target = (int) Math.round(cells.size() * 0.30);
            try (PreparedStatement mark =
                            db.prepareStatement(
                                    "insert into mark (school_id, lesson_id, pupil_id, work_type,"
                                            + " mark_value, entered_at, entered_by) values (?, ?,"
                                            + " ?, ?, ?, now(), ?) on conflict do nothing");
                    PreparedStatement absence =
                            db.prepareStatement(
                                    "insert into attendance (school_id, lesson_id, pupil_id, kind,"
                                            + " entered_at, entered_by) values (?, ?, ?, ?, now(),"
                                            + " ?) on conflict do nothing")) {
                String[] types = {"ANSWER", "ANSWER", "ANSWER", "TEST", "HOMEWORK"};
                String[] kinds = {"ILLNESS", "ILLNESS", "EXCUSED", "UNEXCUSED", "LATE"};
                for (long[] cell : cells) {
                    String key = cell[0] + ":" + cell[1];
                    if (marked.size() < target && marked.add(key)) {
                        mark.setLong(1, schoolId);
                        mark.setLong(2, cell[0]);
                        mark.setLong(3, cell[1]);
                        mark.setString(4, types[random.nextInt(types.length)]);
                        mark.setString(5, String.valueOf(2 + random.nextInt(4)));
                        mark.setString(6, teacher);
                        mark.addBatch();
                    } else if (!marked.contains(key) && random.nextInt(100) < 4) {
                        absence.setLong(1, schoolId);
                        absence.setLong(2, cell[0]);
                        absence.setLong(3, cell[1]);
                        absence.setString(4, kinds[random.nextInt(kinds.length)]);
                        absence.setString(5, teacher);
                        absence.addBatch();
                    }
                }
                mark.executeBatch();
                absence.executeBatch();
            }
            return new Grid(
                    assignmentId,
                    title,
                    teacher,
                    pupils.size(),
                    lessons.size(),
                    count(db, "mark m join lesson l on l.id = m.lesson_id", assignmentId, from, to),
                    marked.size(),
                    count(
                            db,
                            "attendance m join lesson l on l.id = m.lesson_id",
                            assignmentId,
                            from,
                            to));
        }
    }

    private static int count(
            Connection db, String from, long assignmentId, LocalDate a, LocalDate b)
            throws Exception {
        try (PreparedStatement q =
                db.prepareStatement(
                        "select count(*) from "
                                + from
                                + " where l.assignment_id = ? and l.lesson_date between ? and ?")) {
            q.setLong(1, assignmentId);
            q.setDate(2, Date.valueOf(a));
            q.setDate(3, Date.valueOf(b));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static List<Long> ids(Connection db, String sql, Object... parameters)
            throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                if (p instanceof LocalDate date) {
                    q.setDate(i + 1, Date.valueOf(date));
                } else {
                    q.setLong(i + 1, (Long) p);
                }
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }

    // ---------------------------------------------------------------- render

    private void render(String base, Grid grid, YearMonth month) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        FormLogin.signIn(browser, base, grid.teacher);
        URI page =
                URI.create(
                        base
                                + "/teacher/journal.xhtml?id="
                                + grid.assignmentId
                                + "&month="
                                + month);
        List<Long> times = new ArrayList<>();
        byte[] html = null;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response =
                    browser.send(
                            HttpRequest.newBuilder(page).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - started;
            if (response.statusCode() != 200
                    || !response.uri().getPath().endsWith("/teacher/journal.xhtml")) {
                throw new AssertionError(
                        "the journal page did not render: " + response.statusCode());
            }
            html = response.body();
            if (i >= WARM_UP) {
                times.add(nanos);
            }
        }
        HttpResponse<byte[]> compressed =
                browser.send(
                        HttpRequest.newBuilder(page)
                                .header("Accept-Encoding", "gzip")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        boolean serverGzips =
                compressed.headers().firstValue("Content-Encoding").orElse("").contains("gzip");
        int gzipBytes = serverGzips ? compressed.body().length : gzip(html).length;
        System.out.printf(
                "BENCH GRID render %dx%d (JSF page, %d warm-up + %d measured, wall time on"
                        + " loopback): median %d ms, p95 %d ms, HTML %,d bytes, gzip %,d bytes (%s)%n",
                grid.pupils,
                grid.lessons,
                WARM_UP,
                MEASURED,
                percentile(times, 50) / 1_000_000,
                percentile(times, 95) / 1_000_000,
                html.length,
                gzipBytes,
                serverGzips
                        ? "as sent by the server"
                        : "the server does not compress; size if it did, computed here");

        URI json = URI.create(base + "/api/v1/journals/" + grid.assignmentId + "?month=" + month);
        times.clear();
        HttpResponse<byte[]> last = null;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long started = System.nanoTime();
            last =
                    http.send(
                            api(json, grid.teacher).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - started;
            if (last.statusCode() != 200) {
                throw new AssertionError("the JSON page failed: " + last.statusCode());
            }
            if (i >= WARM_UP) {
                times.add(nanos);
            }
        }
        System.out.printf(
                "BENCH GRID json   %dx%d (GET /api/v1/journals/{id}?month, HTTP Basic): median %d"
                        + " ms, p95 %d ms, JSON %,d bytes, gzip %,d bytes (computed), %s SQL"
                        + " statements%n",
                grid.pupils,
                grid.lessons,
                percentile(times, 50) / 1_000_000,
                percentile(times, 95) / 1_000_000,
                last.body().length,
                gzip(last.body()).length,
                last.headers().firstValue("X-SQL-Statements").orElse("?"));
    }

    // ---------------------------------------------------------------- saves

    /** One client's journal: its teacher, past lessons and pupils. */
    record Desk(
            String teacher,
            long school,
            long assignmentId,
            List<Long> lessons,
            List<Long> pupils) {}

    /** Each client's signed-in browser session. */
    private final Map<Desk, HttpClient> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    private void saves(String base, YearMonth month, String shape) throws Exception {
        List<Desk> desks = desks(month, shape);
        Set<String> teachers = new HashSet<>();
        desks.forEach(d -> teachers.add(d.teacher()));
        System.out.printf(
                "BENCH SAVE setup: %d clients (threads) on %d journals, shape %s (%d schools), %d"
                        + " teacher accounts%s; each %d saves after 2 warm-up saves%n",
                desks.size(),
                desks.stream().map(Desk::assignmentId).distinct().count(),
                shape,
                desks.stream().map(Desk::school).distinct().count(),
                teachers.size(),
                teachers.size() < desks.size()
                        ? " (fewer teachers than clients: several clients share a teacher)"
                        : "",
                SAVES_PER_CLIENT);

        // each client signs in once through the form like a teacher's browser and then saves with
        // its session cookie (journal.js does the same); HTTP Basic would hash the password anew
        // (PBKDF2) on every request, which measures the password hash, not the save
        for (Desk desk : desks) {
            HttpClient session =
                    HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
            FormLogin.signIn(session, base, desk.teacher());
            sessions.put(desk, session);
        }

        // one client alone: the uncontended cost of a save
        Desk alone = desks.get(0);
        List<Long> single = new ArrayList<>();
        for (int i = 0; i < 2 + 50; i++) {
            long nanos = save(base, alone, i, 0);
            if (i >= 2) {
                single.add(nanos);
            }
        }
        report("SAVE   1 client,  50 saves", single, -1);
        System.out.printf("BENCH SAVE SQL statements of the last save: %s%n", statements);

        // the clients at once; -Djournal.bench.save.rounds=N repeats it, so the later rounds show
        // a warmed-up server (the first one pays for the JIT compiling the save's paths)
        int rounds = Integer.getInteger("journal.bench.save.rounds", 1);
        for (int r = 0; r < rounds; r++) {
            List<Long> all = Collections.synchronizedList(new ArrayList<>());
            long serverCpu = cpuNanos(server);
            long postgresCpu = postgresCpuNanos();
            long clientCpu = cpuNanos(ProcessHandle.current());
            long machineCpu = machineCpuNanos();
            int offset = 1000 * (r + 1);
            long wall = concurrently(desks, (desk, round) -> save(base, desk, round, offset), all);
            long saves = desks.size() * (SAVES_PER_CLIENT + 2L);
            String label = rounds == 1 ? shape : shape + ", round " + (r + 1) + " of " + rounds;
            System.out.printf(
                    "BENCH SAVE CPU per save (%s, %d saves with the warm-up): server JVM %.2f ms,"
                            + " all PostgreSQL processes of the machine %.2f ms%n",
                    label,
                    saves,
                    (cpuNanos(server) - serverCpu) / 1e6 / saves,
                    (postgresCpuNanos() - postgresCpu) / 1e6 / saves);
            // where the rest of the two cores went: the bench's own 50 client threads share them
            // with the server, so the rate tells the server's cost only together with these
            System.out.printf(
                    "BENCH SAVE CPU per save (%s): the bench's clients (this JVM) %.2f ms, the whole"
                            + " machine %.2f ms%n",
                    label,
                    (cpuNanos(ProcessHandle.current()) - clientCpu) / 1e6 / saves,
                    (machineCpuNanos() - machineCpu) / 1e6 / saves);
            report(
                    "SAVE "
                            + desks.size()
                            + " clients ("
                            + label
                            + "), "
                            + SAVES_PER_CLIENT
                            + " saves each",
                    all,
                    wall);
        }

        sweep(base, desks, shape, rounds);

        // the same clients reading their journal list: HTTP Basic and one query, no write
        List<Long> reads = Collections.synchronizedList(new ArrayList<>());
        long readWall =
                concurrently(
                        desks,
                        (desk, round) -> {
                            long started = System.nanoTime();
                            HttpResponse<Void> r =
                                    sessions.get(desk)
                                            .send(
                                                    inSession(URI.create(base + "/api/v1/journals"))
                                                            .GET()
                                                            .build(),
                                                    HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 200) {
                                throw new AssertionError("read failed: " + r.statusCode());
                            }
                            return System.nanoTime() - started;
                        },
                        reads);
        report(
                "READ " + desks.size() + " clients, GET /journals (comparison: no write, no audit)",
                reads,
                readWall);
        System.out.println();
    }

    /**
     * The goal names a rate at save p95 ≤ 150 ms; 50 clients saving without pause wait
     * longer than that at any rate this machine reaches (Little's law). {@code
     * -Djournal.bench.save.sweep=12,8,4} runs one more round with each number of the clients (the
     * first ones, about 1,000 saves a round) after the warm rounds and prints the highest rate
     * whose p95 stayed within 150 ms.
     */
    private void sweep(String base, List<Desk> desks, String shape, int rounds) throws Exception {
        String counts = System.getProperty("journal.bench.save.sweep", "").trim();
        if (counts.isEmpty()) {
            return;
        }
        double best = 0;
        String at = "none";
        int k = 0;
        for (String count : counts.split(",")) {
            int n = Math.min(desks.size(), Integer.parseInt(count.trim()));
            int calls = Math.max(SAVES_PER_CLIENT, (1000 + n - 1) / n);
            int offset = 1000 * (rounds + 2 + k++);
            List<Long> all = Collections.synchronizedList(new ArrayList<>());
            long wall =
                    concurrently(
                            desks.subList(0, n),
                            (desk, round) -> save(base, desk, round, offset),
                            all,
                            calls);
            report(
                    "SAVE " + n + " clients (" + shape + ", sweep), " + calls + " saves each",
                    all,
                    wall);
            double rate = all.size() / (wall / 1e9);
            long p95 = percentile(all, 95) / 1_000_000;
            if (p95 <= 150 && rate > best) {
                best = rate;
                at = String.format("%.0f saves/s with %d clients (p95 %d ms)", rate, n, p95);
            }
        }
        System.out.printf("BENCH SAVE highest rate at p95 <= 150 ms (%s): %s%n", shape, at);
    }

    /** The benchmark's Payara Micro. */
    private ProcessHandle server;

    static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Busy CPU time of the whole machine (/proc/stat: all but idle and iowait; 10 ms ticks). */
    private static long machineCpuNanos() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    ticks += Long.parseLong(cpu[i]);
                }
            }
            return ticks * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** CPU time of every process named postgres (/proc, clock ticks of 10 ms). */
    static long postgresCpuNanos() {
        long ticks = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).startsWith("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks * 10_000_000L;
    }

    interface Call {
        long run(Desk desk, int round) throws Exception;
    }

    /** Runs every desk in its own thread, 2 warm-up calls then the measured ones; the wall time. */
    private static long concurrently(List<Desk> desks, Call call, List<Long> measured)
            throws Exception {
        return concurrently(desks, call, measured, SAVES_PER_CLIENT);
    }

    private static long concurrently(List<Desk> desks, Call call, List<Long> measured, int calls)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(desks.size());
        CountDownLatch warm = new CountDownLatch(desks.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> first =
                new java.util.concurrent.atomic.AtomicReference<>();
        List<Future<?>> done = new ArrayList<>();
        for (Desk desk : desks) {
            done.add(
                    threads.submit(
                            () -> {
                                try {
                                    call.run(desk, 0);
                                    call.run(desk, 1);
                                    warm.countDown();
                                    go.await();
                                    for (int i = 0; i < calls; i++) {
                                        measured.add(call.run(desk, 2 + i));
                                    }
                                } catch (Exception | AssertionError e) {
                                    failures.incrementAndGet();
                                    first.compareAndSet(null, e);
                                    warm.countDown();
                                    throw new IllegalStateException(e);
                                }
                                return null;
                            }));
        }
        warm.await();
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // counted
            }
        }
        long wall = System.nanoTime() - started;
        threads.shutdown();
        if (failures.get() > 0) {
            throw new AssertionError(failures.get() + " clients failed", first.get());
        }
        return wall;
    }

    /**
     * What each cell the benchmark wrote reads now: a save names the text it replaces (R-J01), as
     * the grid does.
     */
    private final Map<String, String> cellTexts = new java.util.concurrent.ConcurrentHashMap<>();

    /** The SQL statements of the latest save, as the server counts them (X-SQL-Statements). */
    private volatile String statements = "?";

    /**
     * A mark in the desk's journal, alternating 4 and 5, a different cell each round; a cell not
     * written yet is expected empty, and when it was not, saved again over the current text the 409
     * names (timed together, as a teacher waits for both).
     */
    private long save(String base, Desk desk, int round, int offset) throws Exception {
        int cell = round + offset;
        long lesson = desk.lessons().get(cell % desk.lessons().size());
        long pupil = desk.pupils().get((cell / desk.lessons().size()) % desk.pupils().size());
        String value = round % 2 == 0 ? "4" : "5";
        String key = lesson + ":" + pupil;
        long started = System.nanoTime();
        HttpResponse<String> r =
                put(base, desk, lesson, pupil, value, cellTexts.getOrDefault(key, ""));
        if (r.statusCode() == 409) {
            r = put(base, desk, lesson, pupil, value, json(r.body()).getString("current", ""));
        }
        if (r.statusCode() == 200) {
            cellTexts.put(key, json(r.body()).getString("cell", ""));
            r.headers().firstValue("X-SQL-Statements").ifPresent(n -> statements = n);
        }
        long nanos = System.nanoTime() - started;
        if (r.statusCode() != 200) {
            throw new AssertionError(
                    "save in journal "
                            + desk.assignmentId
                            + " failed: "
                            + r.statusCode()
                            + " "
                            + r.body());
        }
        return nanos;
    }

    private static String extra(String property) throws java.io.IOException {
        String file = System.getProperty(property);
        return file == null ? "" : "\n" + Files.readString(Path.of(file));
    }

    private HttpResponse<String> put(
            String base, Desk desk, long lesson, long pupil, String value, String expected)
            throws Exception {
        return sessions.get(desk)
                .send(
                        inSession(
                                        URI.create(
                                                base
                                                        + "/api/v1/lessons/"
                                                        + lesson
                                                        + "/marks/"
                                                        + pupil))
                                .header("Content-Type", "application/json")
                                .PUT(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"value\":\""
                                                        + value
                                                        + "\",\"workType\":\"ANSWER\",\"expected\":\""
                                                        + expected
                                                        + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static jakarta.json.JsonObject json(String body) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    /**
     * One desk per client: the school's whole-class journals spread over its teachers (round robin
     * by teacher, so as many teachers as possible take part), each with its class's pupils and its
     * lessons up to yesterday in the month that take marks from the journal's teacher: on a study
     * day ({@link #STUDY_DAY}) and not given by a substitute (who alone writes in such a lesson,
     * R-J06).
     */
    private static List<Desk> desks(YearMonth month, String shape) throws Exception {
        LocalDate from = month.atDay(1);
        LocalDate to =
                month.atEndOfMonth().isBefore(LocalDate.now())
                        ? month.atEndOfMonth()
                        : LocalDate.now().minusDays(1);
        Map<String, List<long[]>> byTeacher = new LinkedHashMap<>();
        Map<Long, String> logins = new java.util.HashMap<>();
        try (Connection db = TestDatabase.owner(DB);
                PreparedStatement q =
                        db.prepareStatement(
                                "select acc.login, a.id, a.class_id, s.school_id from"
                                        + " teaching_assignment a join staff s on s.id ="
                                        + " a.teacher_id join account acc on acc.id ="
                                        + " s.account_id where a.group_id is null and (? or"
                                        + " s.school_id = (select min(id) from school)) and"
                                        + " exists (select 1 from lesson l where l.assignment_id ="
                                        + " a.id and l.lesson_date between ? and ? and "
                                        + STUDY_DAY
                                        + " and l.given_by is null) order by"
                                        + " acc.login, a.id")) {
            boolean spread = "schools".equals(shape);
            q.setBoolean(1, spread);
            q.setDate(2, Date.valueOf(from));
            q.setDate(3, Date.valueOf(to));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    long row = logins.size();
                    logins.put(row, r.getString(1));
                    // spread over schools: round robin by school, so each client has its own
                    byTeacher
                            .computeIfAbsent(
                                    spread ? "school " + r.getLong(4) : r.getString(1),
                                    k -> new ArrayList<>())
                            .add(new long[] {r.getLong(2), r.getLong(3), r.getLong(4), row});
                }
            }
            List<String[]> order = new ArrayList<>();
            for (int depth = 0; order.size() < CLIENTS; depth++) {
                boolean any = false;
                for (var t : byTeacher.entrySet()) {
                    if (depth < t.getValue().size() && order.size() < CLIENTS) {
                        long[] a = t.getValue().get(depth);
                        order.add(new String[] {logins.get(a[3]), a[0] + "", a[1] + "", a[2] + ""});
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
            if (order.isEmpty()) {
                throw new AssertionError("no journal has lessons in " + month);
            }
            List<Desk> desks = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String[] o = order.get(i % order.size());
                long assignmentId = Long.parseLong(o[1]);
                desks.add(
                        new Desk(
                                o[0],
                                Long.parseLong(o[3]),
                                assignmentId,
                                ids(
                                        db,
                                        "select l.id from lesson l where l.assignment_id = ? and"
                                                + " l.lesson_date between ? and ? and "
                                                + STUDY_DAY
                                                + " and l.given_by is null order by l.id",
                                        assignmentId,
                                        from,
                                        to),
                                ids(
                                        db,
                                        "select id from pupil where class_id = ? and withdrawn_on"
                                                + " is null order by id",
                                        Long.parseLong(o[2]))));
            }
            return desks;
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * A request of a signed-in client: its session cookie, no password, and the same-origin header
     * a browser sends with the grid's fetch (writes with a session cookie need it, R-A03).
     */
    private static HttpRequest.Builder inSession(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Sec-Fetch-Site", "same-origin")
                .header("Accept", "application/json");
    }

    private static HttpRequest.Builder api(URI uri, String login) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (login + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }

    private static void report(String what, List<Long> nanos, long wallNanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        String throughput =
                wallNanos > 0
                        ? String.format(
                                ", throughput %.0f/s over %d ms",
                                sorted.size() / (wallNanos / 1e9), wallNanos / 1_000_000)
                        : "";
        System.out.printf(
                "BENCH %s: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d calls)%s%n",
                what,
                percentile(sorted, 50) / 1_000_000,
                percentile(sorted, 95) / 1_000_000,
                percentile(sorted, 99) / 1_000_000,
                sorted.get(sorted.size() - 1) / 1_000_000,
                sorted.size(),
                throughput);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        }
        return out.toByteArray();
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
        throw new AssertionError("Micro did not start; see target/runtime/gridbench-micro.log");
    }

    static void run(String... command) throws Exception {
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new AssertionError("failed: " + String.join(" ", command));
        }
    }
}
