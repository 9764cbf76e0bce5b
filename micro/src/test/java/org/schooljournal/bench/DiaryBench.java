package org.schooljournal.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.TestDatabase;

/**
 * Benchmark, not a test (issue 13, "Speed"), on a copy of the municipality demo (100 schools,
 * 60,000 pupils) on Payara Micro + PostgreSQL: (1) the week diary of one pupil of the last school
 * as its parent opens it — the JSON call of the screen ({@code /api/v1/diary/week}) for this week
 * (marks) and the next (none), and the screen itself — p50/p95 of one warm client on loopback and
 * the SQL statements of a call ({@code X-SQL-Statements}); (2) the morning rush, 5,000 parents
 * within 10 minutes, open-loop ({@link ParentRush}; {@code journal.bench.rush=PARENTSxSECONDS},
 * {@code 0x0} none); (3) the whole municipality's digest (R-D02), every parent given consent and an
 * address beforehand, started by {@code MailSchedule}'s own timer ({@code journal.mail.digest} set
 * a few minutes ahead), its build time as the server logs it, and then the outbox sending to a real
 * SMTP server (GreenMail) for a while: letters per minute. Prints figures; asserts only that the
 * setup worked.
 *
 * <p>Run: {@code mvn -Pbench -pl micro verify -Dit.test=DiaryBench}. Properties: {@code
 * journal.bench.db} (default {@code journal_muni_family}: used when it exists, else created from
 * {@code journal.bench.template}, default {@code journal_muni_template}; dropped at the end unless
 * {@code journal.bench.keep=true}), {@code journal.bench.digestIn} (minutes from the server's start
 * to the digest, default 4 and the rush's minutes), {@code journal.bench.send} (seconds of sending
 * watched, default 120).
 */
class DiaryBench {
    static final String DB = System.getProperty("journal.bench.db", "journal_muni_family");
    static final String TEMPLATE =
            System.getProperty("journal.bench.template", "journal_muni_template");
    static final int WARM_UP = 30;
    static final int MEASURED = Integer.getInteger("journal.bench.calls", 200);
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    /**
     * The morning rush: parents arriving within seconds ({@code journal.bench.rush}, 0x0: none).
     */
    static final int[] RUSH =
            java.util.Arrays.stream(System.getProperty("journal.bench.rush", "5000x600").split("x"))
                    .mapToInt(Integer::parseInt)
                    .toArray();

    private Process micro;
    private String base;
    private Path log;
    private final long t0 = System.nanoTime();

    @Test
    void diary() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        if (!exists()) {
            long began = System.nanoTime();
            psql("create database \"" + DB + "\" template \"" + TEMPLATE + "\" owner journal");
            log("copied %s to %s in %.0f s", TEMPLATE, DB, (System.nanoTime() - began) / 1e9);
        }
        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            prepareMail();
            // after the server's start, the week's calls and the rush
            ZonedDateTime digestAt =
                    ZonedDateTime.now(ZONE)
                            .plusMinutes(
                                    Integer.getInteger(
                                            "journal.bench.digestIn", 4 + (RUSH[1] + 59) / 60))
                            .withSecond(0);
            start(runtime, smtpPort, digestAt);
            log(
                    "municipality: %s schools, %s pupils, %s lessons, %s marks; digest at %s",
                    text("select count(*) from school"),
                    text("select count(*) from pupil"),
                    text("select count(*) from lesson"),
                    text("select count(*) from mark"),
                    digestAt.toLocalTime());
            week();
            rush();
            digest(smtp, digestAt);
        } finally {
            stop();
            smtp.stop();
            if (!Boolean.getBoolean("journal.bench.keep")) {
                psql("drop database if exists \"" + DB + "\" with (force)");
            }
        }
    }

    /** The parent of a pupil of the last school opens the week diary, warm, one client. */
    private void week() throws Exception {
        String login =
                text(
                        "select a.login from guardian g join account a on a.id = g.account_id"
                                + " join pupil_guardian pg on pg.guardian_id = g.id"
                                + " where g.school_id = (select max(id) from school)"
                                + " order by a.login limit 1");
        HttpClient parent = FormLogin.session(base, login);
        String child =
                first(
                        send(parent, json("/api/v1/diary/children")).body(),
                        "\"pupilId\"\\s*:\\s*(\\d+)");
        LocalDate today = LocalDate.now(ZONE);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        log("parent %s, pupil %s", login, child);
        for (LocalDate date : List.of(monday, monday.plusWeeks(1))) {
            measure(
                    parent,
                    "week " + date + " (JSON)",
                    json("/api/v1/diary/week?pupil=" + child + "&date=" + date));
        }
        measure(
                parent,
                "diary screen (HTML)",
                request("/diary/diary.xhtml").header("Accept", "text/html").GET().build());
    }

    /**
     * The 5,000-parent morning rush within 10 minutes, open-loop (ParentRush): per kind of request
     * p50/p95/p99, errors, requests per second, the most visits at once and the load average.
     */
    private void rush() throws Exception {
        if (RUSH[0] == 0) {
            return;
        }
        ParentRush rush =
                new ParentRush(base, Integer.parseInt(text("select count(*) from school")));
        double load =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage();
        log("rush: %d parents within %d s, open loop (load average %.1f)", RUSH[0], RUSH[1], load);
        double wall = rush.run(RUSH[0], RUSH[1]);
        List<Long> all = new ArrayList<>();
        for (String kind : List.of("sign-in", "diary page", "api")) {
            List<Long> t =
                    new ArrayList<>(rush.times.getOrDefault(kind, new java.util.LinkedList<>()));
            all.addAll(t);
            rushLine(rush, kind, t);
        }
        rushLine(rush, "all", all);
        log(
                "== rush: %d parents in %.0f s (%.1f/s), %d requests timed: %.1f requests/s;"
                        + " at most %d visits at once; load average now %.1f",
                rush.done.get(),
                wall,
                rush.done.get() / wall,
                all.size(),
                all.size() / wall,
                rush.busiest.get(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private void rushLine(ParentRush rush, String kind, List<Long> t) {
        if (t.isEmpty()) {
            log("rush %-10s no requests", kind);
            return;
        }
        log(
                "rush %-10s %6d requests, %4d errors: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms,"
                        + " max %.0f ms",
                kind,
                t.size(),
                "all".equals(kind)
                        ? rush.errors.values().stream().mapToInt(e -> e.get()).sum()
                        : rush.errors
                                .getOrDefault(kind, new java.util.concurrent.atomic.AtomicInteger())
                                .get(),
                GridBench.percentile(t, 50) / 1e6,
                GridBench.percentile(t, 95) / 1e6,
                GridBench.percentile(t, 99) / 1e6,
                GridBench.percentile(t, 100) / 1e6);
    }

    private void measure(HttpClient session, String name, HttpRequest request) throws Exception {
        List<Long> nanos = new ArrayList<>();
        TreeMap<String, Integer> statements = new TreeMap<>();
        int bytes = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long started = System.nanoTime();
            HttpResponse<String> r = send(session, request);
            long took = System.nanoTime() - started;
            if (i >= WARM_UP) {
                nanos.add(took);
                statements.merge(
                        r.headers().firstValue("X-SQL-Statements").orElse("-"), 1, Integer::sum);
                bytes = r.body().length();
            }
        }
        log(
                "%-28s %d calls: p50 %.1f ms, p95 %.1f ms, max %.1f ms; statements %s; %d chars",
                name,
                MEASURED,
                GridBench.percentile(nanos, 50) / 1e6,
                GridBench.percentile(nanos, 95) / 1e6,
                GridBench.percentile(nanos, 100) / 1e6,
                statements,
                bytes);
    }

    /** Every parent consents and has an address; no digest ran today and nothing is queued. */
    private void prepareMail() throws SQLException {
        try (Connection c = TestDatabase.superuser(DB);
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from mail_log");
            s.executeUpdate("delete from mail_outbox");
            s.executeUpdate("delete from mail_digest_run");
            // the previous run ended at 18:00 (the municipality's) the day before the last weekday,
            // so this run tells a whole school day's news (the demo's marks stop on Friday evening)
            LocalDate previous = LocalDate.now(ZONE).minusDays(1);
            while (previous.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                previous = previous.minusDays(1);
            }
            previous = previous.minusDays(1);
            s.executeUpdate(
                    "insert into mail_digest_run (due_on, claimed_at, window_from, window_to,"
                            + " letters) values (date '"
                            + previous
                            + "', now(), timestamptz '"
                            + previous.atTime(18, 0).atZone(ZONE).minusDays(1).toOffsetDateTime()
                            + "', timestamptz '"
                            + previous.atTime(18, 0).atZone(ZONE).toOffsetDateTime()
                            + "', 0)");
            s.executeUpdate(
                    "update guardian set email = 'guardian' || id || '@example.org'"
                            + " where email is null or email = ''");
            s.executeUpdate(
                    "insert into guardian_consent (school_id, guardian_id, decision, decided_on,"
                            + " paper_ref, recorded_by, recorded_at) select g.school_id, g.id,"
                            + " 'GIVEN', current_date, 'bench', (select min(id) from account),"
                            + " now() from guardian g where g.consent is null");
            s.executeUpdate("update guardian set consent = 'GIVEN' where consent is null");
            s.execute("analyze guardian");
            s.execute("analyze guardian_consent");
        }
        log(
                "recipients: %s parents consenting with an address, %s of their children;"
                        + " since the previous run (%s): %s marks, %s absences, %s messages",
                text("select count(*) from guardian where consent = 'GIVEN'"),
                text(
                        "select count(distinct pg.pupil_id) from pupil_guardian pg join guardian g"
                                + " on g.id = pg.guardian_id where g.consent = 'GIVEN'"),
                text("select max(window_to) from mail_digest_run"),
                text(
                        "select count(*) from mark where entered_at >= (select max(window_to)"
                                + " from mail_digest_run)"),
                text(
                        "select count(*) from attendance where entered_at >= (select"
                                + " max(window_to) from mail_digest_run)"),
                text(
                        "select count(*) from parent_message where created_at >= (select"
                                + " max(window_to) from mail_digest_run)"));
    }

    /** Waits for the timer's digest, reads its build time, then watches the outbox send. */
    private void digest(GreenMail smtp, ZonedDateTime at) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        Pattern built = Pattern.compile("Digest of \\S+: (\\d+) letters queued in (\\d+) ms");
        Matcher m = null;
        while (System.nanoTime() < deadline) {
            m = built.matcher(Files.readString(log));
            if (m.find()) {
                break;
            }
            m = null;
            Thread.sleep(2000);
        }
        if (m == null) {
            throw new AssertionError("no digest within an hour; see " + log);
        }
        long letters = Long.parseLong(m.group(1));
        double minutes = Long.parseLong(m.group(2)) / 60e3;
        log(
                "== digest of the municipality (timer at %s): %d letters queued in %.2f min"
                        + " (%s schools); outbox rows %s",
                at.toLocalTime(),
                letters,
                minutes,
                text("select count(*) from school"),
                text("select count(*) from mail_outbox"));
        int watch = Integer.getInteger("journal.bench.send", 120);
        long began = System.nanoTime();
        int seen = 0;
        while (System.nanoTime() - began < watch * 1e9) {
            Thread.sleep(15_000);
            seen = smtp.getReceivedMessages().length;
            log(
                    "sending: %d letters received by SMTP after %.0f s, outbox %s",
                    seen,
                    (System.nanoTime() - began) / 1e9,
                    text(
                            "select string_agg(status || ' ' || n, ', ') from (select status,"
                                    + " count(*) n from mail_outbox group by status) s"));
            if (seen >= letters) {
                break;
            }
        }
        double perMinute = seen / ((System.nanoTime() - began) / 60e9);
        log(
                "== sending: %.0f letters/min; all %d letters would take %.1f min at that pace",
                perMinute, letters, letters / Math.max(perMinute, 1e-9));
    }

    private void start(Path runtime, int smtpPort, ZonedDateTime digestAt) throws Exception {
        Path postboot = runtime.resolve("postboot-" + DB + ".asadmin");
        String commands =
                Files.readString(runtime.resolve("postboot-postgresql.asadmin"))
                        .replaceAll("databaseName=[A-Za-z0-9_]+", "databaseName=" + DB);
        if (!commands.contains("create-javamail-resource")) {
            throw new AssertionError("the build's postboot has no mail session: " + postboot);
        }
        Files.writeString(
                postboot,
                commands.replaceAll("mail\\.smtp\\.port=\\d+", "mail.smtp.port=" + smtpPort));
        int port = freePort();
        log = runtime.resolve(DB + "-micro.log");
        long started = System.nanoTime();
        ProcessBuilder builder =
                new ProcessBuilder(
                                ProcessHandle.current().info().command().orElse("java"),
                                "-Djournal.diagnostics.sql=true",
                                "-Djournal.timezone=" + ZONE.getId(),
                                "-Djournal.mail.digest="
                                        + digestAt.format(DateTimeFormatter.ofPattern("HH:mm")),
                                "-Djournal.archive.transfer=off",
                                "-Djournal.archive.check=off",
                                "-jar",
                                runtime.resolve("payara-micro.jar").toString(),
                                "--nocluster",
                                "--rootdir",
                                Files.createTempDirectory("diarybench").toString(),
                                "--port",
                                String.valueOf(port),
                                "--addLibs",
                                runtime.resolve("postgresql.jar").toString(),
                                "--prebootcommandfile",
                                runtime.resolve("preboot.asadmin").toString(),
                                "--postbootcommandfile",
                                postboot.toString(),
                                "--deploy",
                                // a WAR saved beside (the shared local repository may hold
                                // another worktree's modules by the time the bench runs)
                                System.getProperty(
                                        "journal.bench.war", System.getProperty("journal.war")))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
        builder.environment().remove("JOURNAL_DEMO");
        micro = builder.start();
        base = "http://localhost:" + port + "/journal";
        log("server pid %d, log %s", micro.pid(), log);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline && micro.isAlive()) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    log("server ready in %.0f s", (System.nanoTime() - started) / 1e9);
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the server did not start; see " + log);
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

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept-Encoding", "identity");
    }

    private HttpRequest json(String path) {
        return request(path).header("Accept", "application/json").GET().build();
    }

    private static HttpResponse<String> send(HttpClient session, HttpRequest request)
            throws Exception {
        HttpResponse<String> r = session.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(request.uri() + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void log(String format, Object... args) {
        System.out.printf(
                "BENCH diary [%5.0f s] %s%n",
                (System.nanoTime() - t0) / 1e9, String.format(format, args));
    }

    private static boolean exists() throws SQLException {
        try (Connection c = TestDatabase.superuser("postgres");
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select 1 from pg_database where datname = '" + DB + "'")) {
            return r.next();
        }
    }

    private static void psql(String sql) throws Exception {
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
}
