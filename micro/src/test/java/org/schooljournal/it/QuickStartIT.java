package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.schooljournal.diary.boundary.MailSchedule;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Cell;
import org.schooljournal.testing.Bodies.PasswordChange;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.OwnMicro;
import org.schooljournal.testing.ScreenCrawl;

/**
 * The quick start exactly as {@code ./run.sh} runs it: the Micro WAR on the embedded H2 databases
 * with the post-boot commands of {@code config/postboot.sh h2} and {@code JOURNAL_DEMO=small}. It
 * serves the login page and the API, runs a batch job to the end, and survives being killed in the
 * middle of one. Restarted with e-mail on ({@code JOURNAL_SMTP_HOST}, as ./run.sh passes it to
 * {@code postboot.sh h2}), it queues, builds and sends the families' letters on H2.
 *
 * <p>It runs beside the other tests of the phase (the only class that does, see the failsafe
 * configuration in micro/pom.xml): it shares nothing with them — its own server, ports, H2 files
 * and SMTP server — and most of its minutes are spent waiting on its server, browser and the
 * digest's time, so the phase no longer waits for it in turn (issue 9 item 7).
 */
@Execution(ExecutionMode.CONCURRENT)
class QuickStartIT {
    private static final Path RUNTIME = OwnMicro.RUNTIME;

    /** Rows of the import that is killed midway: about a hundred and fifty chunks of ten. */
    private static final int ROWS = 1500;

    @Test
    @DisplayName(
            "R-P01 R-P03 R-P04 R-P05 quick start: jobs run on the embedded database; the archivist"
                    + " prints every class of the finished year, transfers two documents per class"
                    + " (a second transfer adds none) and finds the archive intact; an import"
                    + " killed with the server (SIGKILL) is FAILED after the restart and resumes"
                    + " without losing or doubling a pupil; imported pupils leave last year's"
                    + " classes closed; every screen opens for the role that uses it; R-A05 R-D02"
                    + " R-D04 restarted with e-mail on, the letter about the diary and the day's"
                    + " digest (built on H2 by its timer) reach the consenting parents by the"
                    + " outbox's timer (GreenMail)")
    void jobsOnTheQuickStart() throws Exception {
        Path log = RUNTIME.resolve("quickstart.log");
        Files.deleteIfExists(log);
        int port = OwnMicro.freePort();
        String base = "http://localhost:" + port + "/journal";

        OwnMicro first = start(port, log);
        Family family;
        long importId;
        long before;
        int writtenAtKill;
        try {
            assertThat(first.awaitLoginPage()).as("login page; see %s", log).isEqualTo(200);
            var journals = ApiClient.as(base, Demo.TEACHER, Demo.PASSWORD).get("/journals");
            assertThat(journals.status()).as(journals.toString()).isEqualTo(200);
            assertThat(journals.array()).isNotEmpty();
            ApiClient admin = ApiClient.as(base, Demo.SCHOOL_ADMIN, Demo.PASSWORD);
            long smallClass = classId(admin, "5 «Б»");
            long smallBefore = pupils(admin, "5 «Б»");
            JsonObject small = waitUntilDone(admin, startImport(admin, smallClass, roster(2, "М")));
            assertThat(small.getString("state")).as(small.toString()).isEqualTo("COMPLETED");
            assertThat(pupils(admin, "5 «Б»") - smallBefore).isEqualTo(2);

            family = familyNews(base);

            long classId = classId(admin, "6 «А»");
            before = pupils(admin, "6 «А»");
            importId = startImport(admin, classId, roster(ROWS, "К"));
            writtenAtKill = waitForFirstChunks(admin, importId);
        } finally {
            // SIGKILL: no shutdown hook, no orderly end of the job.
            first.kill();
        }
        assertThat(writtenAtKill)
                .as("the server was killed while the import ran")
                .isBetween(1, ROWS - 1);

        // the restart with e-mail on, as ./run.sh starts the quick start with JOURNAL_SMTP_HOST:
        // the outbox sent every second, the day's digest a few minutes on
        int smtpPort = OwnMicro.freePort();
        Path postboot = postbootWithMail(smtpPort);
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        ZonedDateTime digestAt =
                ZonedDateTime.now(ZoneId.of("Europe/Moscow"))
                        .plusMinutes(DIGEST_MINUTES)
                        .truncatedTo(ChronoUnit.MINUTES);
        OwnMicro second =
                OwnMicro.start(
                        new OwnMicro.Setup(
                                port,
                                log,
                                postboot,
                                "small",
                                List.of(
                                        "-D" + MailSchedule.POLL + "=1",
                                        "-D" + MailSchedule.DIGEST + "=" + digestAt.toLocalTime()),
                                List.of()));
        try {
            assertThat(second.awaitLoginPage()).as("restart; see %s", log).isEqualTo(200);
            ApiClient admin = ApiClient.as(base, Demo.SCHOOL_ADMIN, Demo.PASSWORD);
            lettersAboutTheDiary(base, family, smtp);
            var reply = admin.get("/imports/" + importId);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject interrupted = reply.object();
            assertThat(interrupted.getString("state"))
                    .as("an execution killed with the server is failed at start-up")
                    .isEqualTo("FAILED");
            // A kill between the two phases of a chunk's commit leaves the journal's part in doubt;
            // the server's transaction recovery finishes it shortly after start-up. The pupils and
            // the import's own counts are written together, so they agree once it has.
            int committed = interrupted.getInt("rowsWritten");
            long enrolled = pupils(admin, "6 «А»") - before;
            for (int i = 0; i < 300 && enrolled != committed; i++) {
                Thread.sleep(200);
                committed = admin.get("/imports/" + importId).object().getInt("rowsWritten");
                enrolled = pupils(admin, "6 «А»") - before;
            }
            assertThat(enrolled)
                    .as("pupils enrolled by the interrupted import")
                    .isEqualTo(committed);

            var restarted =
                    admin.post(
                            "/imports/" + importId + "/restart", "application/json", new byte[0]);
            assertThat(restarted.status()).as(restarted.toString()).isEqualTo(200);
            JsonObject done = waitUntilDone(admin, importId);

            assertThat(done.getString("state")).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.getInt("rowsWritten")).isEqualTo(ROWS);
            assertThat(done.getInt("rowsSkipped")).as("no row reported twice").isZero();
            assertThat(done.getJsonArray("issues")).isEmpty();
            assertThat(pupils(admin, "6 «А»") - before)
                    .as("every pupil exactly once")
                    .isEqualTo(ROWS);

            // After the imports: the imported pupils arrived today (an ARRIVAL movement), so last
            // year's 4 «Б» and 5 «А» (the same classes) are as closed as the demo left them.
            archiveTheFinishedYear(ApiClient.as(base, ArchiveJobsIT.ARCHIVIST, Demo.PASSWORD));
            everyScreenOpens(base);
            digestArrives(family, smtp, digestAt);
        } finally {
            second.stop();
            smtp.stop();
        }
    }

    /**
     * The digest's time after the restart begins, in whole minutes (2 to 3 minutes on): the restart
     * is ready in well under a minute on a quiet machine, so its timer is armed long before; the
     * letters are told apart by subject, so the digest may come before the letter about the diary.
     * Longer only makes the test wait: it is the phase's longest test.
     */
    private static final int DIGEST_MINUTES = 3;

    /** A child of the demo's parent (its surname), how many of its parents consented, a subject. */
    private record Family(long classId, String child, int parents, String subject) {}

    /**
     * R-A05 then R-D02's news, on the first server (e-mail off: decisions and marks need none): the
     * deputy records the consent of each parent of the demo parent's child that has an address, and
     * the teacher gives the child a 5 on a past lesson.
     */
    private static Family familyNews(String base) {
        ApiClient parent = ApiClient.as(base, Demo.PARENT, Demo.PASSWORD);
        ApiClient teacher = ApiClient.as(base, Demo.TEACHER, Demo.PASSWORD);
        ApiClient deputy = ApiClient.as(base, "s1.deputy", Demo.PASSWORD);
        long child = Demo.firstChild(parent);
        long classId = classId(deputy, "5 «А»");
        List<JsonObject> parents =
                deputy
                        .get("/classes/" + classId + "/consents")
                        .object()
                        .getJsonArray("rows")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(r -> r.getJsonNumber("pupilId").longValue() == child)
                        .filter(r -> r.getBoolean("hasEmail"))
                        .toList();
        assertThat(parents).as("the demo child's parents with an address").isNotEmpty();
        for (JsonObject row : parents) {
            var recorded =
                    deputy.post(
                            "/parents/" + row.getJsonNumber("guardianId").longValue() + "/consents",
                            "application/json",
                            ("{\"decision\":\"GIVEN\",\"decidedOn\":\""
                                            + LocalDate.now(ZoneId.of("Europe/Moscow"))
                                            + "\",\"paperRef\":\"Заявление № 1\"}")
                                    .getBytes(StandardCharsets.UTF_8));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
        Demo.Cell cell = Demo.markableCell(teacher, child);
        JsonObject page =
                teacher.get("/journals/" + cell.assignmentId() + "?month=" + cell.month()).object();
        String expected = page.getJsonObject("cells").getString(cell.lessonId() + ":" + child, "");
        var marked =
                teacher.put(
                        "/lessons/" + cell.lessonId() + "/cells/" + child, new Cell("5", expected));
        assertThat(marked.status()).as(marked.toString()).isIn(200, 204);
        String surname = parents.get(0).getString("pupilName").split(" ")[0];
        return new Family(classId, surname, parents.size(), page.getString("subject"));
    }

    /**
     * R-D04 on H2: the homeroom teacher's letter about the diary is queued and the outbox's timer
     * sends it to each consenting parent (GreenMail receives it).
     */
    private static void lettersAboutTheDiary(String base, Family family, GreenMail smtp)
            throws Exception {
        ApiClient teacher = ApiClient.as(base, Demo.TEACHER, Demo.PASSWORD);
        JsonObject letter =
                teacher.post(
                                "/classes/" + family.classId() + "/family-letter",
                                "application/json",
                                new byte[0])
                        .object();
        assertThat(letter.getInt("queued"))
                .as("a letter to each consenting parent: %s", letter)
                .isEqualTo(family.parents());
        assertThat(smtp.waitForIncomingEmail(60_000, family.parents()))
                .as("the outbox's timer sends the letters on H2")
                .isTrue();
        assertThat(
                        Arrays.stream(smtp.getReceivedMessages())
                                .filter(m -> subjectOf(m).contains("Электронный дневник"))
                                .filter(m -> subjectOf(m).contains("5 «А»")))
                .as("the letter about the diary, one per consenting parent")
                .hasSize(family.parents());
    }

    /**
     * R-D02 on H2: the digest's timer builds the day's letters in SQL on the embedded database and
     * the outbox sends them: each consenting parent of the child gets one naming the new 5.
     */
    private static void digestArrives(Family family, GreenMail smtp, ZonedDateTime digestAt)
            throws Exception {
        long wait =
                Math.max(
                        0,
                        Duration.between(ZonedDateTime.now(digestAt.getZone()), digestAt)
                                .toMillis());
        List<MimeMessage> digests = List.of();
        long deadline = System.nanoTime() + Duration.ofMillis(wait + 90_000).toNanos();
        while (System.nanoTime() < deadline && digests.size() < family.parents()) {
            Thread.sleep(1000);
            digests =
                    Arrays.stream(smtp.getReceivedMessages())
                            .filter(m -> subjectOf(m).contains("новости"))
                            .toList();
        }
        assertThat(digests).as("the digest of %s", digestAt).hasSize(family.parents());
        Set<String> invited =
                Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> subjectOf(m).contains("Электронный дневник"))
                        .map(QuickStartIT::recipient)
                        .collect(java.util.stream.Collectors.toSet());
        for (MimeMessage digest : digests) {
            assertThat(recipient(digest)).as("a consenting parent").isIn(invited);
            assertThat(textOf(digest))
                    .contains(family.child(), "Новые отметки", family.subject(), ": 5");
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a letter (text + HTML alternatives). */
    private static String textOf(MimeMessage m) throws Exception {
        return (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
    }

    /**
     * The quick start's post-boot commands with e-mail on: {@code config/postboot.sh h2} with
     * {@code JOURNAL_SMTP_HOST} set, as ./run.sh runs it, its databases where the build put them.
     */
    private static Path postbootWithMail(int smtpPort) throws Exception {
        Path file = RUNTIME.resolve("postboot-h2-mail.asadmin");
        ProcessBuilder render =
                new ProcessBuilder("bash", "../config/postboot.sh", "h2")
                        .redirectOutput(file.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT);
        render.environment().put("JOURNAL_H2_DIR", System.getProperty("journal.h2.dir"));
        render.environment().put("JOURNAL_SMTP_HOST", "127.0.0.1");
        render.environment().put("JOURNAL_SMTP_PORT", String.valueOf(smtpPort));
        assertThat(render.start().waitFor()).as("postboot.sh h2 with mail").isZero();
        assertThat(Files.readString(file)).contains("create-javamail-resource");
        return file;
    }

    @Test
    @DisplayName(
            "R-T02 safe by default: without JOURNAL_DEMO no demo account exists; the first municipal"
                    + " administrator gets a one-time password that must be changed before anything"
                    + " else opens")
    void safeByDefault() throws Exception {
        Path log = RUNTIME.resolve("quickstart-empty.log");
        Files.deleteIfExists(log);
        Path h2 = Files.createTempDirectory("journal-empty-h2");
        Path postboot = RUNTIME.resolve("postboot-h2-empty.asadmin");
        Files.writeString(
                postboot,
                Files.readString(RUNTIME.resolve("postboot-h2.asadmin"))
                        .replace(System.getProperty("journal.h2.dir"), h2.toString()));
        int port = OwnMicro.freePort();
        String base = "http://localhost:" + port + "/journal";
        OwnMicro micro =
                OwnMicro.start(new OwnMicro.Setup(port, log, postboot, null, List.of(), List.of()));
        try {
            assertThat(micro.awaitLoginPage()).as("login page; see %s", log).isEqualTo(200);
            HttpClient http = HttpClient.newHttpClient();
            var page =
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(page.headers().firstValue("server")).as("no server banner").isEmpty();
            assertThat(page.headers().firstValue("x-powered-by")).isEmpty();
            var metrics =
                    http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + port + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            assertThat(metrics.statusCode()).as("/metrics is not public").isNotEqualTo(200);
            var demo = ApiClient.as(base, Demo.TEACHER, Demo.PASSWORD).get("/journals");
            assertThat(demo.status()).as("no demo account").isEqualTo(401);

            var announced =
                    java.util.regex.Pattern.compile(
                                    "login 'admin', one-time password '([A-Za-z0-9]+)'")
                            .matcher(Files.readString(log));
            assertThat(announced.find()).as("the log names the one-time password").isTrue();
            String oneTime = announced.group(1);
            ApiClient admin = ApiClient.as(base, "admin", oneTime);
            var refused = admin.get("/municipality/schools");
            assertThat(refused.status()).as("nothing opens before the change").isEqualTo(403);
            assertThat(refused.object().getString("detail")).contains("одноразовым паролем");

            var weak = admin.put("/account/password", new PasswordChange(oneTime, "password123"));
            assertThat(weak.status()).as(weak.toString()).isEqualTo(400);
            var changed =
                    admin.put(
                            "/account/password",
                            new PasswordChange(oneTime, "тихий снег над рекой"));
            assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
            assertThat(admin.get("/municipality/schools").status())
                    .as("the one-time password is gone")
                    .isEqualTo(401);
            var opened =
                    ApiClient.as(base, "admin", "тихий снег над рекой")
                            .get("/municipality/schools");
            assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        } finally {
            micro.stop();
        }
    }

    /**
     * The archive jobs for the demo's finished, locked and signed year, every school, on H2 (the
     * jobs on PostgreSQL: {@link ArchiveJobsIT}).
     */
    private static void archiveTheFinishedYear(ApiClient archivist) {
        JsonObject print =
                ArchiveJobsIT.runToEnd(
                        archivist,
                        new ArchiveJobsIT.JobInput("PRINT", ArchiveJobsIT.FINISHED, null, false));
        assertThat(print.getString("status")).as(print.toString()).isEqualTo("COMPLETED");
        JsonObject printed = print.getJsonObject("total");
        int classes = printed.getInt("total");
        assertThat(classes).as("classes of the finished year").isPositive();
        assertThat(printed.getInt("done")).isEqualTo(classes);
        assertThat(printed.getInt("succeeded")).as(print.toString()).isEqualTo(classes);
        assertThat(printed.getInt("refused")).as(print.toString()).isZero();
        List<JsonObject> pages = ArchiveJobsIT.report(archivist, print);
        assertThat(pages).hasSize(2 * classes);
        assertThat(pages).allSatisfy(l -> assertThat(l.getString("outcome")).isEqualTo("PRINTED"));

        JsonObject transfer =
                ArchiveJobsIT.runToEnd(
                        archivist,
                        new ArchiveJobsIT.JobInput(
                                "TRANSFER", ArchiveJobsIT.FINISHED, null, false));
        assertThat(transfer.getString("status")).as(transfer.toString()).isEqualTo("COMPLETED");
        assertThat(transfer.getJsonObject("total").getInt("total")).isEqualTo(classes);
        Set<Long> documents = ArchiveJobsIT.documentIds(ArchiveJobsIT.report(archivist, transfer));
        assertThat(documents).as("two documents per class").hasSize(2 * classes);

        JsonObject check =
                ArchiveJobsIT.runToEnd(
                        archivist, new ArchiveJobsIT.JobInput("CHECK", null, null, false));
        assertThat(check.getString("status")).as(check.toString()).isEqualTo("COMPLETED");
        assertThat(check.getJsonObject("total").getInt("total"))
                .as("every deposited document checked")
                .isEqualTo(documents.size());
        assertThat(check.getJsonObject("total").getInt("refused")).as(check.toString()).isZero();
        assertThat(ArchiveJobsIT.report(archivist, check))
                .isNotEmpty()
                .allSatisfy(
                        l -> {
                            assertThat(l.getString("outcome"))
                                    .as(l.toString())
                                    .isEqualTo("VERIFIED");
                            assertThat(l.getString("detail")).endsWith(" intact");
                        });

        JsonObject again =
                ArchiveJobsIT.runToEnd(
                        archivist,
                        new ArchiveJobsIT.JobInput(
                                "TRANSFER", ArchiveJobsIT.FINISHED, null, false));
        assertThat(again.getString("status")).as(again.toString()).isEqualTo("COMPLETED");
        assertThat(ArchiveJobsIT.documentIds(ArchiveJobsIT.report(archivist, again)))
                .as("a repeated transfer finds the same documents and adds none")
                .isEqualTo(documents);
    }

    /**
     * Every screen of the web module opens on the quick start, reached through the links of each
     * role's pages (after the archive jobs, so the archivist's report and the archive have data).
     */
    private static void everyScreenOpens(String base) throws Exception {
        ScreenCrawl crawl = new ScreenCrawl(base);
        // The password change is where a one-time password leads; the signature page answers its
        // old address (the signature moved onto the period marks screen).
        crawl.as(Demo.TEACHER, "/journal/password.xhtml", "/journal/teacher/signature.xhtml");
        for (String login :
                List.of(
                        "s1.deputy",
                        "s1.head",
                        Demo.SCHOOL_ADMIN,
                        Demo.PARENT,
                        "s1.pupil1",
                        "admin",
                        ArchiveJobsIT.ARCHIVIST)) {
            crawl.as(login);
        }
        crawl.coversEveryScreenOf(Path.of("../web/src/main/webapp"));
    }

    /** Starts Payara Micro as ./run.sh does, on the given port, appending to the log. */
    private static OwnMicro start(int port, Path log) throws IOException {
        return OwnMicro.start(
                new OwnMicro.Setup(
                        port,
                        log,
                        RUNTIME.resolve("postboot-h2.asadmin"),
                        "small",
                        List.of(),
                        List.of()));
    }

    /** A roster of distinct pupils with a parent each; surnames start with the given letter. */
    private static byte[] roster(int rows, String letter) {
        List<String> lines = new ArrayList<>();
        lines.add(
                "Фамилия;Имя;Отчество;Дата рождения;Фамилия родителя;Имя родителя;Email родителя");
        for (int i = 0; i < rows; i++) {
            String surname = letter + "ин" + suffix(i);
            lines.add(
                    surname
                            + ";Пётр;Ильич;"
                            + String.format("%02d.%02d.2014", 1 + i % 28, 1 + i % 12)
                            + ";"
                            + surname
                            + ";Илья;parent"
                            + letter.hashCode()
                            + "x"
                            + i
                            + "@example.org");
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A distinct Cyrillic suffix per number: аа, аб, ... */
    private static String suffix(int n) {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder text = new StringBuilder();
        do {
            text.append(letters.charAt(n % letters.length()));
            n /= letters.length();
        } while (n > 0);
        return text.toString();
    }

    private static long startImport(ApiClient admin, long classId, byte[] csv) {
        var started =
                admin.post("/imports?classId=" + classId + "&fileName=roster.csv", "text/csv", csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.object().getJsonNumber("importId").longValue();
    }

    /** Waits until the import has committed at least one chunk; returns the rows written then. */
    private static int waitForFirstChunks(ApiClient admin, long importId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject status = admin.get("/imports/" + importId).object();
            int written = status.getInt("rowsWritten");
            if (written > 0 || !status.getBoolean("isRunning")) {
                return written;
            }
            Thread.sleep(20);
        }
        return 0;
    }

    private static JsonObject waitUntilDone(ApiClient admin, long importId)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonObject status;
        do {
            Thread.sleep(300);
            status = admin.get("/imports/" + importId).object();
        } while (status.getBoolean("isRunning") && System.nanoTime() < deadline);
        return status;
    }

    private static JsonObject classNamed(ApiClient admin, String title) {
        return admin.get("/classes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(title))
                .findFirst()
                .orElseThrow();
    }

    private static long classId(ApiClient admin, String title) {
        return classNamed(admin, title).getJsonNumber("id").longValue();
    }

    private static long pupils(ApiClient admin, String title) {
        return classNamed(admin, title).getJsonNumber("pupils").longValue();
    }
}
