package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.TestDatabase;

/**
 * Two Payara Micro instances clustered by Payara's data grid behind HAProxy, started exactly as
 * {@code config/cluster/run-two.sh start} starts them, on a database of their own with the small
 * demo. A teacher signed in through the balancer keeps saving cells while the instance that serves
 * them is killed with SIGKILL: the session goes on at the other instance without a new sign-in, and
 * every save that was answered 200 is in the database.
 */
class ClusterFailoverIT {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String DB = "journal_cluster";

    /** Cells saved in all; the kill comes after {@link #BEFORE_KILL} of them were answered. */
    private static final int CELLS = 40;

    private static final int BEFORE_KILL = 10;

    @Test
    @DisplayName(
            "R-T01 one installation on two clustered instances behind HAProxy: the instance serving a signed-in teacher"
                    + " is killed with SIGKILL, the teacher's next saves are accepted in the same"
                    + " session by the other instance, and every acknowledged save is in the"
                    + " database")
    void teacherSurvivesTheKillOfItsInstance() throws Exception {
        run(ROOT.resolve("config/reset-test-db.sh").toString(), DB);
        int balancer = freePort();
        int[] instances = {freePort(), freePort()};
        int dataGrid = freePortPair();
        Path dir = ROOT.resolve("micro/target/cluster");
        ProcessBuilder start =
                new ProcessBuilder(
                                "bash",
                                ROOT.resolve("config/cluster/run-two.sh").toString(),
                                "start")
                        .redirectErrorStream(true);
        start.environment().put("JOURNAL_DB", "postgresql");
        start.environment().put("JOURNAL_DB_NAME", DB);
        start.environment().put("JOURNAL_PORT", String.valueOf(balancer));
        start.environment().put("JOURNAL_INSTANCE_PORTS", instances[0] + " " + instances[1]);
        start.environment().put("JOURNAL_HZ_PORT", String.valueOf(dataGrid));
        start.environment().put("JOURNAL_CLUSTER_DIR", dir.toString());
        start.environment().put("JOURNAL_CLUSTER_NAME", "journal-it-" + balancer);
        start.environment().remove("JOURNAL_DEMO");
        start.environment()
                .put(
                        "JOURNAL_JAVA_OPTS",
                        "-Djournal.demo=small -Djournal.archive.transfer=off"
                                + " -Djournal.archive.check=off -Djournal.signing.dir="
                                + dir.resolve("signing"));
        String base = "http://127.0.0.1:" + balancer + "/journal";
        long started = System.nanoTime();
        try {
            Process up = start.start();
            String output = new String(up.getInputStream().readAllBytes());
            assertThat(up.waitFor(5, TimeUnit.MINUTES) && up.exitValue() == 0)
                    .as("run-two.sh start:%n%s", output)
                    .isTrue();
            System.out.printf("Cluster of two up in %.1f s%n", (System.nanoTime() - started) / 1e9);
            failover(base, dir);
        } finally {
            // the same settings: stop finds the process ids in JOURNAL_CLUSTER_DIR
            start.command().set(2, "stop");
            Process stop = start.start();
            String stopped = new String(stop.getInputStream().readAllBytes());
            assertThat(stop.waitFor(2, TimeUnit.MINUTES) && stop.exitValue() == 0)
                    .as("run-two.sh stop:%n%s", stopped)
                    .isTrue();
        }
    }

    private void failover(String base, Path dir) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        FormLogin.signIn(browser, base, Demo.TEACHER);
        String served = node(cookies);
        assertThat(served).as("the balancer's sticky cookie").isIn("i1", "i2");
        String other = served.equals("i1") ? "i2" : "i1";
        long servedPid = Long.parseLong(Files.readString(dir.resolve(served + ".pid")).trim());
        long otherPid = Long.parseLong(Files.readString(dir.resolve(other + ".pid")).trim());

        List<long[]> cells = cells(browser, base);
        List<Saved> acknowledged = new CopyOnWriteArrayList<>();
        List<String> refusals = new CopyOnWriteArrayList<>();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicInteger ackedAtKill = new AtomicInteger(-1);
        Thread teacher =
                new Thread(
                        () -> {
                            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                            for (int i = 0; i < cells.size() && System.nanoTime() < deadline; ) {
                                String text = i % 2 == 0 ? "5" : "4";
                                Outcome o = saveCell(browser, base, cells.get(i), text);
                                switch (o.kind()) {
                                    case SAVED -> {
                                        acknowledged.add(
                                                new Saved(
                                                        cells.get(i)[0],
                                                        cells.get(i)[1],
                                                        o.cell(),
                                                        ackedAtKill.get() >= 0));
                                        i++;
                                    }
                                    case NOT_ANSWERED -> {
                                        // As the grid's queue: the same cell again a moment later.
                                        unanswered.incrementAndGet();
                                        pause(200);
                                    }
                                    case REFUSED -> {
                                        refusals.add(o.cell());
                                        return;
                                    }
                                }
                            }
                        });
        teacher.start();
        while (acknowledged.size() < BEFORE_KILL && teacher.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(refusals).as("saves before the kill").isEmpty();
        ProcessHandle victim = ProcessHandle.of(servedPid).orElseThrow();
        ackedAtKill.set(acknowledged.size());
        // SIGKILL: no shutdown hook, no session handed over, whatever request it held is lost.
        assertThat(victim.destroyForcibly()).isTrue();
        victim.onExit().get(30, TimeUnit.SECONDS);
        teacher.join(Duration.ofSeconds(120).toMillis());
        assertThat(teacher.isAlive()).as("the teacher's saves ended").isFalse();

        assertThat(refusals)
                .as("no save after the kill asked for a new sign-in or was refused")
                .isEmpty();
        long afterKill = acknowledged.stream().filter(Saved::afterKill).count();
        System.out.printf(
                "Failover: %d saves answered before the kill of %s, %d after it by %s, %d sent"
                        + " again after no answer%n",
                ackedAtKill.get(), served, afterKill, other, unanswered.get());
        assertThat(acknowledged).as("every cell saved").hasSize(cells.size());
        // a save or two may be answered between the count and the kill
        assertThat(afterKill).as("saves after the kill").isGreaterThanOrEqualTo(CELLS / 2);
        assertThat(node(cookies)).as("the balancer moved the teacher").isEqualTo(other);
        assertThat(ProcessHandle.of(otherPid).map(ProcessHandle::isAlive)).contains(true);

        HttpResponse<String> home =
                browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/app/home.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).as("a page in the same session").isEqualTo(200);
        assertThat(home.uri().getPath()).as("no new sign-in").endsWith("/app/home.xhtml");
        assertThat(home.body()).contains("Журналы");

        try (Connection db = TestDatabase.owner(DB);
                PreparedStatement marks =
                        db.prepareStatement(
                                "select string_agg(mark_value, '/' order by mark_value) from mark"
                                        + " where lesson_id = ? and pupil_id = ?")) {
            for (Saved s : acknowledged) {
                marks.setLong(1, s.lesson());
                marks.setLong(2, s.pupil());
                try (ResultSet r = marks.executeQuery()) {
                    r.next();
                    assertThat(r.getString(1))
                            .as("lesson %d pupil %d, answered %s", s.lesson(), s.pupil(), s.cell())
                            .isEqualTo(s.cell());
                }
            }
        }
    }

    private enum Kind {
        SAVED,
        NOT_ANSWERED,
        REFUSED
    }

    private record Outcome(Kind kind, String cell) {}

    private record Saved(long lesson, long pupil, String cell, boolean afterKill) {}

    /**
     * Writes {@code text} over whatever the cell holds (a 409 names it), as the grid does with the
     * session cookie and the same-origin header of its fetch (R-A03).
     */
    private static Outcome saveCell(HttpClient browser, String base, long[] cell, String text) {
        String expected = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> r;
            try {
                r =
                        browser.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        base
                                                                + "/api/v1/lessons/"
                                                                + cell[0]
                                                                + "/cells/"
                                                                + cell[1]))
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Sec-Fetch-Site", "same-origin")
                                        .header("Accept", "application/json")
                                        .header("Content-Type", "application/json")
                                        .PUT(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"text\":\""
                                                                + text
                                                                + "\",\"expected\":\""
                                                                + expected
                                                                + "\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                return new Outcome(Kind.NOT_ANSWERED, e.toString());
            }
            if (r.statusCode() == 200) {
                return new Outcome(Kind.SAVED, json(r.body()).getString("cell"));
            }
            if (r.statusCode() == 409) {
                expected = json(r.body()).getString("current", "");
                continue;
            }
            if (r.statusCode() >= 500) {
                return new Outcome(Kind.NOT_ANSWERED, r.statusCode() + "");
            }
            return new Outcome(Kind.REFUSED, r.statusCode() + " " + r.uri() + " " + r.body());
        }
        return new Outcome(Kind.REFUSED, "three conflicts in a row");
    }

    /**
     * Cells of the teacher's first journal: its last lessons before today (taken by the teacher,
     * not a substitute) × its pupils, {@link #CELLS} of them.
     */
    private static List<long[]> cells(HttpClient browser, String base) throws Exception {
        JsonObject first =
                Json.createReader(new StringReader(get(browser, base + "/api/v1/journals")))
                        .readArray()
                        .getJsonObject(0);
        long assignment = first.getJsonNumber("assignmentId").longValue();
        List<long[]> cells = new ArrayList<>();
        YearMonth month = YearMonth.now();
        for (int back = 0; back < 4 && cells.size() < CELLS; back++, month = month.minusMonths(1)) {
            JsonObject page =
                    json(get(browser, base + "/api/v1/journals/" + assignment + "?month=" + month));
            List<JsonObject> lessons = page.getJsonArray("lessons").getValuesAs(JsonObject.class);
            List<JsonObject> pupils = page.getJsonArray("pupils").getValuesAs(JsonObject.class);
            for (int l = lessons.size() - 1; l >= 0 && cells.size() < CELLS; l--) {
                JsonObject lesson = lessons.get(l);
                if (!LocalDate.parse(lesson.getString("date")).isBefore(LocalDate.now())
                        || !lesson.getBoolean("writable", false)) {
                    continue;
                }
                for (JsonObject pupil : pupils) {
                    if (cells.size() < CELLS) {
                        cells.add(
                                new long[] {
                                    lesson.getJsonNumber("id").longValue(),
                                    pupil.getJsonNumber("id").longValue()
                                });
                    }
                }
            }
        }
        assertThat(cells).as("cells of past lessons").hasSize(CELLS);
        return cells;
    }

    private static String get(HttpClient browser, String url) throws Exception {
        HttpResponse<String> r =
                browser.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s: %s", url, r.body()).isEqualTo(200);
        return r.body();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The instance the balancer's sticky cookie names. */
    private static String node(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JOURNAL_NODE"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0)
                .as("%s:%n%s", String.join(" ", command), out)
                .isTrue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A port whose next one is free too: the data grid's members listen on consecutive ports. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int p = freePort();
            if (p < 65535 && isFree(p + 1)) {
                return p;
            }
        }
        throw new AssertionError("no two consecutive free ports");
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException busy) {
            return false;
        }
    }
}
