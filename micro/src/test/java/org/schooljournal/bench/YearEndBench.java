package org.schooljournal.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.TestDatabase;

/**
 * Benchmark, not a test (issue 10, "Speed"): the year end of the municipality demo through the
 * archivist's jobs API on Payara Micro + PostgreSQL: year-end-print, then archive-transfer, then
 * archive-check of the finished 2025/2026, first for one school, then for every school, each job's
 * wall and server time; the server's heap after a full GC when 10 and 1,000 classes (a journal book
 * and a summary sheet each) are printed; the check's MB/s, right after the transfer and once more
 * on a settled database as the weekly schedule finds it, inside Payara against {@code sha256sum}
 * (and the JDK's SHA-256) over the same bytes exported to files. Prints figures as it goes (per
 * school done) so a run stopped early still tells its pace; asserts only that the setup worked.
 *
 * <p>Run: {@code mvn -Pbench -pl micro -am verify -Dit.test=YearEndBench}. Properties: {@code
 * journal.bench.demo} (default {@code municipality}), {@code journal.bench.db} (default {@code
 * journal_bench_yearend}, dropped at the end unless {@code journal.bench.keep=true}), {@code
 * journal.bench.reuse=true} (keep a database that already has the demo instead of loading it again:
 * the archive is append-only, so documents of a previous run stay and are not deposited twice),
 * {@code journal.bench.phases} (default {@code one,all}), {@code journal.bench.schools} (the phase
 * {@code all} takes only the first N schools by id: print, transfer, check), {@code
 * journal.bench.check.again} (comma-separated read modes of the archive's bytes, e.g. {@code
 * jdbc,copy}: after the phases the server is started again with {@code
 * -Djournal.archive.check.read=MODE} for each and the check runs once more, so the check's read
 * before and after the COPY change is compared in one run over the same bytes; {@code
 * MODE+signatures}, e.g. {@code copy+signatures}, also verifies every record's own signature, as
 * the check did before the latest checkpoint proved the records under it).
 */
class YearEndBench {
    static final String DEMO = System.getProperty("journal.bench.demo", "municipality");
    static final String DB = System.getProperty("journal.bench.db", "journal_bench_yearend");
    static final String YEAR = "2025/2026";
    static final String ARCHIVIST = "archivist";

    /** Heap is read after this many printed classes (and at the end of each job). */
    static final Set<Integer> HEAP_POINTS = Set.of(10, 100, 1000, 2000);

    /** A job to start, as the API takes it (null fields are left out). */
    public record JobInput(String job, String year, List<Long> schoolIds, Boolean draft) {}

    private Process micro;
    private String base;
    private final long t0 = System.nanoTime();

    @Test
    void yearEnd() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        boolean reuse = Boolean.getBoolean("journal.bench.reuse") && hasSchools();
        if (!reuse) {
            GridBench.run("bash", "../config/reset-test-db.sh", DB);
        }
        try {
            start(runtime);
            ApiClient archivist = ApiClient.as(base, ARCHIVIST, Demo.PASSWORD);
            log(
                    "%s demo: %s schools, %s classes, %s lessons, %s marks; heap %s",
                    DEMO,
                    text("select count(*) from school"),
                    text("select count(*) from school_class"),
                    text("select count(*) from lesson"),
                    text("select count(*) from mark"),
                    heap());
            long last = Long.parseLong(text("select max(id) from school"));
            List<Long> first = firstSchools();
            for (String phase : System.getProperty("journal.bench.phases", "one,all").split(",")) {
                List<Long> schools = "one".equals(phase.strip()) ? List.of(last) : first;
                String name =
                        schools == null
                                ? "all schools"
                                : schools.size() == 1
                                        ? "school " + schools.get(0)
                                        : "the first " + schools.size() + " schools";
                long began = System.nanoTime();
                for (String job : List.of("PRINT", "TRANSFER", "CHECK")) {
                    runJob(archivist, name, job, schools, true);
                }
                log(
                        "== %s: year end (print + transfer + check) %.1f s wall",
                        name, (System.nanoTime() - began) / 1e9);
                lastSchools = schools;
            }
            checkTimes.put("check right after the transfer (JFR on)", lastCheckSeconds);
            settle();
            runJob(archivist, "weekly, settled", "CHECK", lastSchools, false);
            checkTimes.put("check on a settled database (the weekly run)", lastCheckSeconds);
            for (String mode : System.getProperty("journal.bench.check.again", "").split(",")) {
                if (mode.isBlank()) {
                    continue;
                }
                stop();
                readMode = mode.strip();
                start(runtime);
                settle();
                runJob(
                        ApiClient.as(base, ARCHIVIST, Demo.PASSWORD),
                        "read " + readMode,
                        "CHECK",
                        lastSchools,
                        true);
                checkTimes.put("check, read " + readMode, lastCheckSeconds);
            }
            compareHashing();
        } finally {
            stop();
            if (!Boolean.getBoolean("journal.bench.keep")) {
                GridBench.run(
                        "psql",
                        "-q",
                        "-h",
                        "localhost",
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-c",
                        "drop database if exists \"" + DB + "\" with (force)");
            }
        }
    }

    /**
     * Waits until PostgreSQL is done with the year end's writes, as it is at the weekly check's
     * hour: a CHECKPOINT writes the dirty buffers out and no autovacuum worker runs for 5 s. Right
     * after a transfer of half a gigabyte, autovacuum and the checkpointer take one of the two
     * cores from the check (measured: the same read at 180 MB/s right after the transfer and at 425
     * MB/s on a quiet database).
     */
    private void settle() throws Exception {
        long began = System.nanoTime();
        GridBench.run(
                "psql", "-q", "-h", "localhost", "-U", "postgres", "-d", DB, "-c", "checkpoint");
        String autovacuum =
                "select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'";
        for (int quiet = 0; quiet < 5 && System.nanoTime() - began < 900e9; ) {
            quiet = "0".equals(text(autovacuum)) ? quiet + 1 : 0;
            Thread.sleep(1000);
        }
        log(
                "database settled in %.0f s (checkpoint, no autovacuum worker for 5 s); load %s",
                (System.nanoTime() - began) / 1e9,
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /**
     * Starts a job, follows it to its end printing its pace, and prints its figures; {@code
     * profile}: a CHECK runs under JFR's profile settings and its hot frames are printed.
     */
    private void runJob(
            ApiClient archivist, String name, String job, List<Long> schools, boolean profile)
            throws Exception {
        var started =
                archivist.post(
                        "/archive/jobs",
                        new JobInput(job, "CHECK".equals(job) ? null : YEAR, schools, null));
        if (started.status() != 202) {
            throw new AssertionError(job + " not started: " + started);
        }
        long execution = started.object().getJsonNumber("executionId").longValue();
        Path recording = null;
        if ("CHECK".equals(job) && profile) {
            // where the check's time goes: JFR's execution samples (low overhead), read at the end
            recording = Files.createTempFile("yearend-check", ".jfr");
            jcmd("JFR.start", "name=check", "settings=profile", "filename=" + recording);
        }
        long instance = started.object().getJsonNumber("instanceId").longValue();
        long began = System.nanoTime();
        Set<Long> schoolsDone = new HashSet<>();
        Set<Integer> heapsTaken = new HashSet<>();
        long lastLine = 0;
        JsonObject run;
        while (true) {
            run = archivist.get("/archive/jobs/" + execution).object();
            boolean running = run.getString("status").startsWith("START");
            JsonObject total = run.getJsonObject("total");
            int done = total.getInt("done");
            boolean schoolFinished = false;
            for (JsonObject s : run.getJsonArray("schools").getValuesAs(JsonObject.class)) {
                if (s.getInt("total") > 0
                        && s.getInt("done") >= s.getInt("total")
                        && schoolsDone.add(s.getJsonNumber("schoolId").longValue())) {
                    schoolFinished = true;
                }
            }
            double wall = (System.nanoTime() - began) / 1e9;
            if (schoolFinished || System.nanoTime() - lastLine > 60e9 || !running) {
                lastLine = System.nanoTime();
                long[] lines = lines(instance);
                log(
                        "%s %s: %d/%d schools done, %d/%d classes (%d refused), %.0f s, %.1f"
                                + " classes/min, %.2f schools/min, %d pages, %.1f pages/s",
                        job,
                        name,
                        schoolsDone.size(),
                        run.getJsonArray("schools").size(),
                        done,
                        total.getInt("total"),
                        total.getInt("refused"),
                        wall,
                        done / wall * 60,
                        schoolsDone.size() / wall * 60,
                        lines[1],
                        lines[1] / wall);
            }
            if ("PRINT".equals(job)) {
                for (int point : HEAP_POINTS) {
                    if (done >= point && heapsTaken.add(point)) {
                        log("heap after %d classes printed (%s): %s", done, name, heap());
                    }
                }
            }
            if (!running) {
                break;
            }
            Thread.sleep(2000);
        }
        double wall = (System.nanoTime() - began) / 1e9;
        double server =
                Duration.between(
                                        Instant.parse(run.getString("started")),
                                        Instant.parse(run.getString("ended")))
                                .toMillis()
                        / 1e3;
        long[] lines = lines(instance);
        JsonObject total = run.getJsonObject("total");
        log(
                "== %s %s: %s, %d classes (%d succeeded, %d refused), %d report lines, %d pages;"
                        + " server %.1f s, wall %.1f s; %.1f pages/s, %.2f schools/min; heap %s",
                job,
                name,
                run.getString("status"),
                total.getInt("total"),
                total.getInt("succeeded"),
                total.getInt("refused"),
                lines[0],
                lines[1],
                server,
                wall,
                lines[1] / server,
                run.getJsonArray("schools").size() / server * 60,
                heap());
        if (recording != null) {
            jcmd("JFR.stop", "name=check");
            try {
                profile(recording);
            } catch (IOException | RuntimeException e) {
                log("no check profile: %s", e); // a figure less, not a reason to lose the others
            }
            Files.deleteIfExists(recording);
        }
        if ("CHECK".equals(job)) {
            long[] archive = archiveSize();
            log(
                    "== CHECK %s: %d documents, %.1f MB in %.1f s: %.1f MB/s inside Payara",
                    name, archive[0], archive[1] / 1e6, server, archive[1] / 1e6 / server);
            lastCheckSeconds = server;
            // the server's own account of the read (StoredContent): documents, MB, s, and how
            Path serverLog =
                    Path.of(System.getProperty("journal.runtime")).resolve(DB + "-micro.log");
            try (var logLines = Files.lines(serverLog)) {
                List<String> read =
                        logLines.filter(
                                        l ->
                                                l.contains("archive check read")
                                                        || l.contains("archive check:"))
                                .toList();
                // the last read and the last breakdown of the check's time
                for (String kind : List.of("archive check read", "archive check:")) {
                    read.stream()
                            .filter(l -> l.contains(kind))
                            .reduce((a, b) -> b)
                            .ifPresent(l -> log("server: %s", l.strip()));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                log("no server log line of the read: %s", e);
            }
        }
        if (!"COMPLETED".equals(run.getString("status"))) {
            throw new AssertionError(job + " of " + name + " ended " + run);
        }
    }

    private double lastCheckSeconds;

    /** The schools of the last phase (null: every school), which the repeated checks report. */
    private List<Long> lastSchools;

    /** Each check's server time by how it ran, for the comparison with sha256sum. */
    private final Map<String, Double> checkTimes = new java.util.LinkedHashMap<>();

    /** {@code journal.archive.check.read} of the server started next (null: as built). */
    private String readMode;

    /** The first {@code journal.bench.schools} schools by id, or null for every school. */
    private static List<Long> firstSchools() throws SQLException {
        String n = System.getProperty("journal.bench.schools", "");
        if (n.isBlank()) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.superuser(DB);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select id from school order by id limit " + Integer.parseInt(n))) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    /**
     * The archive's bytes exported to files, then hashed by {@code sha256sum} and by the JDK's
     * SHA-256 (one thread), beside the last check's MB/s.
     */
    private void compareHashing() throws Exception {
        Path dir = Files.createTempDirectory("yearend-archive");
        long bytes = 0;
        int files = 0;
        long exportBegan = System.nanoTime();
        try (Connection c = TestDatabase.superuser(DB)) {
            c.setAutoCommit(false); // a cursor: the bytes stream instead of loading at once
            try (PreparedStatement s =
                    c.prepareStatement("select document_id, bytes from archive_content")) {
                s.setFetchSize(16);
                // bytea in binary, as the check reads it (ArchiveTables.binaryTransfer)
                s.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Path file = dir.resolve(r.getLong(1) + ".pdf");
                        try (InputStream in = r.getBinaryStream(2);
                                OutputStream out = Files.newOutputStream(file)) {
                            bytes += in.transferTo(out);
                        }
                        files++;
                    }
                }
            }
        }
        double export = (System.nanoTime() - exportBegan) / 1e9;
        try {
            double openssl =
                    time(
                            dir,
                            "find . -name '*.pdf' -print0 | xargs -0 openssl dgst -sha256 >"
                                    + " /dev/null");
            long began = System.nanoTime();
            Process p =
                    new ProcessBuilder(
                                    "bash",
                                    "-c",
                                    "find . -name '*.pdf' -print0 | xargs -0 sha256sum > /dev/null")
                            .directory(dir.toFile())
                            .inheritIO()
                            .start();
            if (p.waitFor() != 0) {
                throw new AssertionError("sha256sum failed");
            }
            double sum = (System.nanoTime() - began) / 1e9;
            began = System.nanoTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            try (var list = Files.list(dir)) {
                for (Path f : (Iterable<Path>) list::iterator) {
                    try (InputStream in = Files.newInputStream(f)) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            sha.update(buffer, 0, n);
                        }
                    }
                    sha.digest();
                }
            }
            double jdk = (System.nanoTime() - began) / 1e9;
            double mb = bytes / 1e6;
            log(
                    "== hashing the archive's %d documents, %.1f MB: sha256sum %.1f MB/s (%.2f s)"
                            + " | JDK SHA-256, 1 thread, %.1f MB/s (%.2f s)",
                    files, mb, mb / sum, sum, mb / jdk, jdk);
            for (var check : checkTimes.entrySet()) {
                log(
                        "== %s inside Payara: %.1f MB/s (%.1f s) | check / sha256sum = %.0f%%",
                        check.getKey(),
                        mb / check.getValue(),
                        check.getValue(),
                        100 * sum / check.getValue());
            }
            log(
                    "== the same bytes: read from PostgreSQL (JDBC, binary bytea) and written to"
                            + " files %.1f MB/s (%.1f s) | openssl dgst -sha256 %.1f MB/s (%.2f s)",
                    mb / export, export, mb / openssl, openssl);
        } finally {
            try (var list = Files.list(dir)) {
                for (Path f : (Iterable<Path>) list::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static double time(Path dir, String command) throws Exception {
        long began = System.nanoTime();
        Process p =
                new ProcessBuilder("bash", "-c", command)
                        .directory(dir.toFile())
                        .inheritIO()
                        .start();
        if (p.waitFor() != 0) {
            throw new AssertionError(command + " failed");
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /**
     * The check's CPU by JFR execution samples of the threads running it: the top frames (where the
     * CPU is) and the application's innermost frames (which step asked for it).
     */
    private void profile(Path recording) throws IOException {
        Map<String, Integer> top = new HashMap<>();
        Map<String, Integer> step = new HashMap<>();
        int samples = 0;
        for (var e : jdk.jfr.consumer.RecordingFile.readAllEvents(recording)) {
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName())
                    || e.getStackTrace() == null) {
                continue;
            }
            var frames = e.getStackTrace().getFrames();
            String app = null;
            boolean check = false;
            for (var f : frames) {
                String type = f.getMethod().getType().getName();
                if (type.startsWith("org.schooljournal") && app == null) {
                    app = type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
                }
                check |= type.endsWith("CheckArchive");
            }
            if (!check || frames.isEmpty()) {
                continue;
            }
            samples++;
            var leaf = frames.get(0).getMethod();
            top.merge(leaf.getType().getName() + "." + leaf.getName(), 1, Integer::sum);
            step.merge(String.valueOf(app), 1, Integer::sum);
        }
        log("check profile: %d JFR samples of the check's thread", samples);
        for (var m : List.of(top, step)) {
            int total = samples;
            m.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(8)
                    .forEach(
                            x ->
                                    log(
                                            "  %s %4.1f%% %s",
                                            m == top ? "top frame" : "app frame",
                                            100.0 * x.getValue() / total,
                                            x.getKey()));
        }
    }

    /** Report lines of a run and their pages. */
    private static long[] lines(long instance) throws SQLException {
        try (Connection c = TestDatabase.superuser(DB);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select count(*), coalesce(sum(pages), 0) from archive_job_line"
                                        + " where instance_id = "
                                        + instance)) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /** Documents in the archive (bytes not destroyed) and their bytes. */
    private static long[] archiveSize() throws SQLException {
        try (Connection c = TestDatabase.superuser(DB);
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery(
                                "select count(*), coalesce(sum(d.size_bytes), 0) from"
                                        + " archive_document d join archive_content b on"
                                        + " b.document_id = d.id")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    /** The server's heap after a full GC (jcmd by its process id): "used of committed MB". */
    private String heap() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = USED.matcher(info);
        return m.find()
                ? String.format(
                        "%.0f MB used of %.0f MB",
                        Long.parseLong(m.group(2)) / 1024.0, Long.parseLong(m.group(1)) / 1024.0)
                : "? (" + info.strip() + ")";
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(micro.pid())));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    private void log(String format, Object... args) {
        System.out.printf(
                "BENCH yearend [%6.0f s] %s%n",
                (System.nanoTime() - t0) / 1e9, String.format(format, args));
    }

    private void start(Path runtime) throws Exception {
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
                                "-Djournal.demo=" + DEMO,
                                // deep enough for the check's stacks under the EJB interceptors
                                "-XX:FlightRecorderOptions=stackdepth=512",
                                // the bench starts each job itself
                                "-Djournal.archive.transfer=off",
                                // a mode "copy+signatures": the COPY read, every record's
                                // signature verified (the check before the checkpoint proved them)
                                "-Djournal.archive.check.read="
                                        + (readMode == null ? "" : readMode.split("\\+")[0]),
                                "-Djournal.archive.check.signatures="
                                        + (readMode != null && readMode.endsWith("+signatures")
                                                ? "all"
                                                : ""),
                                "-Djournal.archive.check=off",
                                "-jar",
                                runtime.resolve("payara-micro.jar").toString(),
                                "--nocluster",
                                "--rootdir",
                                Files.createTempDirectory("yearendbench").toString(),
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
                        .redirectOutput(runtime.resolve(DB + "-micro.log").toFile());
        builder.environment().remove("JOURNAL_DEMO");
        micro = builder.start();
        base = "http://localhost:" + port + "/journal";
        log("server pid %d, log %s", micro.pid(), runtime.resolve(DB + "-micro.log"));
        var http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (System.nanoTime() < deadline && micro.isAlive()) {
            try {
                if (http.send(
                                        java.net.http.HttpRequest.newBuilder(
                                                        java.net.URI.create(base + "/login.xhtml"))
                                                .build(),
                                        java.net.http.HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    log(
                            "%s demo ready in %.0f s (loaded: %s)",
                            DEMO, (System.nanoTime() - started) / 1e9, !hasSchoolsBefore);
                    return;
                }
            } catch (IOException notYet) {
                // starting, or loading the demo
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the server did not start; see " + DB + "-micro.log");
    }

    private boolean hasSchoolsBefore;

    private boolean hasSchools() {
        try {
            hasSchoolsBefore = Long.parseLong(text("select count(*) from school")) > 0;
        } catch (SQLException | RuntimeException none) {
            hasSchoolsBefore = false;
        }
        return hasSchoolsBefore;
    }

    private void stop() throws InterruptedException {
        if (micro == null) {
            return;
        }
        micro.destroy();
        if (!micro.waitFor(60, TimeUnit.SECONDS)) {
            micro.destroyForcibly();
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = TestDatabase.superuser(DB);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
