package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * Consent (R-A05) and e-mail to families (R-D02, R-D04) on Payara Micro with PostgreSQL and a real
 * SMTP server (GreenMail on the port the build gave the server's mail session): in a school of the
 * test's own, four parents of one pupil — consenting, refused, consenting but opted out, undecided
 * — and one mark, an absence and tomorrow's homework; the digest reaches exactly the consenting
 * one, with them. The homeroom teacher's letter sent while the SMTP server is down is retried and
 * then delivered; every attempt is logged. A parent who refused cannot sign in and gets no slip;
 * the history of its decisions is kept.
 */
class FamilyMailIT {
    final URL base = SharedServer.url();

    private static final int SMTP = Integer.getInteger("journal.smtp.port", 3025);

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " returning id")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static List<String> column(Connection c, String sql, Object... args)
            throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    /** The server is shared: the retry delay shortened for this test goes back to its default. */
    @AfterEach
    void defaultRetryDelay() {
        var reset =
                ApiClient.as(base.toString(), Demo.SCHOOL_ADMIN, Demo.PASSWORD)
                        .delete("/test-mail/retry");
        assertThat(reset.status()).as(reset.toString()).isIn(200, 204);
    }

    @Test
    @DisplayName(
            "R-A05 R-D02 R-D04 the digest reaches only the consenting parent, with the new mark,"
                    + " absence and tomorrow's homework; nothing to a parent who refused, opted out"
                    + " or has not decided; the homeroom teacher's letter is retried while SMTP is"
                    + " down, then delivered and logged; a refused parent cannot sign in, its open"
                    + " session ends, it gets no slip, and the history of its decisions stays")
    void consentAndMail() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        Fixtures.School school = Fixtures.school(root, "Mail");
        Fixtures.Journal journal = school.journal(5, "А", 1);
        long pupil = journal.pupils().get(0);
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        ApiClient teacher = journal.teacher().client();
        ApiClient probe = school.head();
        assertThat(probe.post("/test-mail/retry?seconds=1", "text/plain", new byte[0]).status())
                .isIn(200, 204);

        String run = Long.toHexString(System.nanoTime());
        LocalDate day = nextWeekday(LocalDate.now(), DayOfWeek.TUESDAY);
        long given, refused, optedOut, undecided;
        try (Connection c = TestDatabase.owner()) {
            update(
                    c,
                    "update school_class set class_teacher_id = ? where id = ?",
                    journal.teacher().id(),
                    journal.classId());
            given = guardian(c, school.id(), pupil, "Согласная", "given." + run);
            refused = guardian(c, school.id(), pupil, "Отказова", "refused." + run);
            optedOut = guardian(c, school.id(), pupil, "Отписанная", "optout." + run);
            undecided = guardian(c, school.id(), pupil, "Раздумова", "undecided." + run);
            // a mark, a control work's mark and an absence entered now, on past lessons
            List<String> past =
                    column(
                            c,
                            "select id from lesson where assignment_id = ? and lesson_date < ?"
                                    + " order by lesson_date desc limit 2",
                            journal.assignmentId(),
                            LocalDate.now());
            OffsetDateTime now = OffsetDateTime.now();
            insert(
                    c,
                    "insert into mark (school_id, lesson_id, pupil_id, work_type, mark_value,"
                            + " entered_at, entered_by) values (?, ?, ?, 'ANSWER', '5', ?, 't')",
                    school.id(),
                    Long.parseLong(past.get(0)),
                    pupil,
                    now);
            insert(
                    c,
                    "insert into mark (school_id, lesson_id, pupil_id, work_type, mark_value,"
                            + " entered_at, entered_by) values (?, ?, ?, 'CONTROL_WORK', '4', ?,"
                            + " 't')",
                    school.id(),
                    Long.parseLong(past.get(1)),
                    pupil,
                    now);
            insert(
                    c,
                    "insert into attendance (school_id, lesson_id, pupil_id, kind, entered_at,"
                            + " entered_by) values (?, ?, ?, 'ILLNESS', ?, 't')",
                    school.id(),
                    Long.parseLong(past.get(1)),
                    pupil,
                    now);
            update(
                    c,
                    "update lesson set homework = ? where assignment_id = ? and lesson_date = ?",
                    "Задача №12 на странице 40",
                    journal.assignmentId(),
                    day.plusDays(1));
            // tomorrow's homework of a stream the pupil is in, and of a subgroup of its class it
            // is not in: the first is its homework, the second another group's
            long stream = group(c, school.id(), "Поток " + run, "STREAM", null);
            update(
                    c,
                    "insert into study_group_member (group_id, pupil_id) values (?, ?)",
                    stream,
                    pupil);
            groupLesson(c, school.id(), journal, stream, null, day.plusDays(1), "Поток: §3");
            long other = group(c, school.id(), "Подгруппа " + run, "SUBGROUP", journal.classId());
            groupLesson(
                    c,
                    school.id(),
                    journal,
                    other,
                    journal.classId(),
                    day.plusDays(1),
                    "Чужая подгруппа: упр. 9");
        }

        // R-A05: decisions by the deputy (and the homeroom teacher); a bad one is refused clearly
        assertThat(decide(deputy, given, "GIVEN", "Заявление № 1").status()).isEqualTo(201);
        assertThat(decide(teacher, optedOut, "GIVEN", "Заявление № 3").status()).isEqualTo(201);
        assertThat(decide(teacher, refused, "GIVEN", "Заявление № 2").status()).isEqualTo(201);
        var future =
                deputy.post(
                        "/parents/" + given + "/consents",
                        "application/json",
                        json("GIVEN", LocalDate.now().plusDays(40), "X"));
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(future.body()).contains("позже сегодняшней");
        assertThat(decide(school.staff("Чужова", "teacher"), given, "REFUSED", "X").status())
                .as("a teacher who does not lead the child's class")
                .isEqualTo(404);

        // the consenting parents get logins; the opted-out one chooses no letters
        ApiClient refusedParent = signIn(root, slip(root, teacher, journal.classId(), refused));
        assertThat(refusedParent.get("/diary/week").status()).isEqualTo(200);
        HttpClient refusedBrowser = FormLogin.session(root, refusedParent);
        assertThat(status(refusedBrowser, root + "/api/v1/diary/week")).isEqualTo(200);
        ApiClient optOutParent = signIn(root, slip(root, teacher, journal.classId(), optedOut));
        var optOut =
                optOutParent.put(
                        "/diary/mail-settings",
                        "{\"frequency\":\"NONE\",\"marks\":true,\"absences\":true,"
                                + "\"messages\":true,\"homework\":true,\"language\":\"ru\"}");
        assertThat(optOut.status()).as(optOut.toString()).isEqualTo(200);
        assertThat(optOut.object().getString("frequency")).isEqualTo("NONE");

        // the refusal: no sign-in, no slip, the history of both decisions
        assertThat(decide(deputy, refused, "REFUSED", "Отказ № 7").status()).isEqualTo(201);
        assertThat(refusedParent.get("/diary/week").status()).isEqualTo(401);
        assertThat(status(refusedBrowser, root + "/api/v1/diary/week"))
                .as("the session signed in before the refusal ends at its next request")
                .isEqualTo(401);
        HttpResponse<byte[]> noSlip = slips(root, teacher, journal.classId(), refused);
        assertThat(noSlip.headers().firstValue("X-Slips")).contains("0");
        assertThat(noSlip.headers().firstValue("X-Skipped")).contains("1");
        List<JsonObject> history =
                deputy.get("/parents/" + refused + "/consents")
                        .array()
                        .getValuesAs(JsonObject.class);
        assertThat(history)
                .extracting(h -> h.getString("decision"))
                .containsExactly("REFUSED", "GIVEN");
        assertThat(history.get(0).getString("paperRef")).isEqualTo("Отказ № 7");
        JsonObject classList = deputy.get("/classes/" + journal.classId() + "/consents").object();
        assertThat(classList.getJsonArray("rows").getValuesAs(JsonObject.class))
                .anyMatch(
                        r ->
                                r.getJsonNumber("guardianId").longValue() == undecided
                                                && !r.containsKey("decision")
                                        || r.getJsonNumber("guardianId").longValue() == undecided
                                                && r.isNull("decision"));

        // R-D04 with the SMTP server down: queued, tried, failed, logged; then delivered
        JsonObject letter =
                teacher.post(
                                "/classes/" + journal.classId() + "/family-letter",
                                "application/json",
                                new byte[0])
                        .object();
        assertThat(letter.getInt("queued")).as(letter.toString()).isEqualTo(1);
        assertThat(letter.getJsonArray("notSent").getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("reason"))
                .containsExactlyInAnyOrder("REFUSED", "OPTED_OUT", "NO_CONSENT");
        probe.post("/test-mail/send", "text/plain", new byte[0]);
        try (Connection c = TestDatabase.owner()) {
            assertThat(results(c, given)).as("the failed attempt is logged").contains("FAILED");
        }
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            // past the retry's delay: as the probe shortened it here, or by the minute of
            // another test server, whose timer may have tried the letter first
            Thread.sleep(1500);
            try (Connection c = TestDatabase.owner()) {
                update(
                        c,
                        "update mail_outbox set next_attempt_at = now() where guardian_id = ?"
                                + " and status = 'QUEUED'",
                        given);
            }
            probe.post("/test-mail/send", "text/plain", new byte[0]);
            assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
            MimeMessage invitation = only(smtp, "given." + run + "@example.org");
            assertThat(invitation.getSubject()).contains("Электронный дневник", "5 «А»");
            assertThat(text(invitation)).contains(root + "/", "Одноразовый пароль", "Согласная");
            try (Connection c = TestDatabase.owner()) {
                assertThat(results(c, given)).contains("FAILED", "SENT");
            }

            // R-D02: the digest of the day reaches the consenting parent only
            var built = probe.post("/test-mail/digest?day=" + day, "text/plain", new byte[0]);
            assertThat(built.status()).as(built.toString()).isEqualTo(200);
            assertThat(Integer.parseInt(built.body().strip())).isGreaterThanOrEqualTo(1);
            probe.post("/test-mail/send", "text/plain", new byte[0]);
            assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
            Thread.sleep(1000);
            List<MimeMessage> digests =
                    Arrays.stream(smtp.getReceivedMessages())
                            .filter(m -> subject(m).contains("новости"))
                            .toList();
            assertThat(digests).hasSize(1);
            MimeMessage digest = digests.get(0);
            assertThat(to(digest)).isEqualTo("given." + run + "@example.org");
            assertThat(text(digest))
                    .contains("Новые отметки", "Математика", ": 5", ": 4к")
                    .contains("Пропуски", "по болезни")
                    .contains("Домашнее задание на завтра", "Задача №12 на странице 40");
            assertThat(html(digest)).contains("<li>", "Задача №12 на странице 40");
            assertThat(text(digest))
                    .as("R-D02 the homework of the pupil's stream, not of another subgroup")
                    .contains("Поток: §3")
                    .doesNotContain("Чужая подгруппа");
            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(FamilyMailIT::to))
                    .as("nothing to the refused, the opted-out and the undecided parents")
                    .allMatch(a -> a.equals("given." + run + "@example.org"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    @DisplayName(
            "R-A05 the database itself keeps the consent history: UPDATE, DELETE and TRUNCATE of"
                    + " guardian_consent are refused to the application's own user, the decisions"
                    + " stay as recorded")
    void consentHistoryAppendOnly() throws Exception {
        String root = base.toString().replaceAll("/$", "");
        Fixtures.School school = Fixtures.school(root, "Hist");
        Fixtures.Journal journal = school.journal(6, "Б", 1);
        ApiClient deputy = school.staff("Историева", "deputy_head");
        long parent;
        try (Connection c = TestDatabase.owner()) {
            parent =
                    guardian(
                            c,
                            school.id(),
                            journal.pupils().get(0),
                            "Неизменная",
                            "kept." + Long.toHexString(System.nanoTime()));
        }
        assertThat(decide(deputy, parent, "GIVEN", "Заявление № 5").status()).isEqualTo(201);
        assertThat(decide(deputy, parent, "REFUSED", "Отказ № 6").status()).isEqualTo(201);
        try (Connection c = TestDatabase.owner()) {
            for (String sql :
                    List.of(
                            "update guardian_consent set decision = 'GIVEN' where guardian_id = ",
                            "update guardian_consent set paper_ref = 'x' where guardian_id = ",
                            "delete from guardian_consent where guardian_id = ",
                            "truncate guardian_consent")) {
                String statement = sql.endsWith("= ") ? sql + parent : sql;
                try (var s = c.createStatement()) {
                    s.execute(statement);
                    throw new AssertionError("allowed: " + statement);
                } catch (SQLException refused) {
                    assertThat(refused.getMessage()).as(statement).contains("append-only");
                }
            }
            assertThat(
                            column(
                                    c,
                                    "select decision || ' ' || paper_ref from guardian_consent"
                                            + " where guardian_id = ? order by id",
                                    parent))
                    .containsExactly("GIVEN Заявление № 5", "REFUSED Отказ № 6");
        }
    }

    private static long group(Connection c, long school, String name, String kind, Long classId)
            throws SQLException {
        return insert(
                c,
                "insert into study_group (school_id, name, kind, class_id, grade)"
                        + " values (?, ?, ?, ?, 5)",
                school,
                name,
                kind,
                classId);
    }

    /** A journal of the group in the journal's subject and teacher, with one lesson's homework. */
    private static void groupLesson(
            Connection c,
            long school,
            Fixtures.Journal journal,
            long group,
            Long classId,
            LocalDate on,
            String homework)
            throws SQLException {
        long assignment =
                insert(
                        c,
                        "insert into teaching_assignment (school_id, teacher_id, subject_id,"
                                + " class_id, group_id, group_key) select school_id, teacher_id,"
                                + " subject_id, ?, ?, ? from teaching_assignment where id = ?",
                        classId,
                        group,
                        group,
                        journal.assignmentId());
        insert(
                c,
                "insert into lesson (school_id, assignment_id, lesson_date, lesson_number,"
                        + " homework) values (?, ?, ?, 7, ?)",
                school,
                assignment,
                on,
                homework);
    }

    /** A GET in a browser's session (its cookie, no password sent). */
    private static int status(HttpClient browser, String url) throws Exception {
        return browser.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(60))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static long guardian(Connection c, long school, long pupil, String name, String mail)
            throws SQLException {
        long id =
                insert(
                        c,
                        "insert into guardian (school_id, last_name, first_name, email)"
                                + " values (?, ?, 'Мария', ?)",
                        school,
                        name,
                        mail + "@example.org");
        update(c, "insert into pupil_guardian (pupil_id, guardian_id) values (?, ?)", pupil, id);
        return id;
    }

    private static List<String> results(Connection c, long guardian) throws SQLException {
        return column(
                c,
                "select l.result from mail_log l join mail_outbox o on o.id = l.outbox_id"
                        + " where o.guardian_id = ? order by l.id",
                guardian);
    }

    private static ApiClient.Reply decide(ApiClient who, long guardian, String d, String paper) {
        return who.post(
                "/parents/" + guardian + "/consents",
                "application/json",
                json(d, LocalDate.now(), paper));
    }

    private static byte[] json(String decision, LocalDate on, String paper) {
        return ("{\"decision\":\""
                        + decision
                        + "\",\"decidedOn\":\""
                        + on
                        + "\",\"paperRef\":\""
                        + paper
                        + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static LocalDate nextWeekday(LocalDate from, DayOfWeek day) {
        LocalDate d = from.plusDays(1);
        while (d.getDayOfWeek() != day) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The login and one-time password on the parent's slip. */
    private static String[] slip(String root, ApiClient teacher, long classId, long guardian)
            throws Exception {
        HttpResponse<byte[]> pdf = slips(root, teacher, classId, guardian);
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        Matcher login = Pattern.compile("Логин:\\s*(\\S+)").matcher(text);
        Matcher password = Pattern.compile("Пароль:\\s*(\\S+)").matcher(text);
        assertThat(login.find() && password.find()).as(text).isTrue();
        return new String[] {login.group(1), password.group(1)};
    }

    private static ApiClient signIn(String root, String[] slip) {
        return ApiClient.firstSignIn(root, slip[0], slip[1]);
    }

    private static HttpResponse<byte[]> slips(
            String root, ApiClient teacher, long classId, long guardian) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                root
                                                        + "/api/v1/classes/"
                                                        + classId
                                                        + "/family-access/slips"))
                                .timeout(Duration.ofSeconds(60))
                                .header("Authorization", teacher.authorization())
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/pdf, application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"keys\":[\"g" + guardian + "\"]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static MimeMessage only(GreenMail smtp, String to) {
        List<MimeMessage> found =
                Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(to)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(MimeMessage m) throws Exception {
        return (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage m) throws Exception {
        return (String) ((MimeMultipart) m.getContent()).getBodyPart(1).getContent();
    }
}
