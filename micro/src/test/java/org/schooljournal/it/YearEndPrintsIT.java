package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Year-end printing on Payara Micro with PostgreSQL (R-P01, R-P02, R-C10, R-T03): the demo's
 * finished 2025/26 year of school 1 prints for the archivist as valid PDF/A-2b books naming its
 * pupils, byte-identical on a reprint; the current, open year is refused for the archive and prints
 * as a draft; another school's head finds nothing.
 */
class YearEndPrintsIT {
    private final String base = SharedServer.url().toString().replaceAll("/$", "") + "/api/v1";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName(
            "R-P01 R-P02 R-C10 R-T03 the archivist prints the closed 2025/26 year of a class: PDF/A-2b, real pupils and lessons, byte-identical reprint; an open year only as a draft; another school's head is refused")
    void yearEnd() throws Exception {
        long school;
        long previous;
        long current;
        long classId;
        String surname;
        String topic;
        try (Connection db = TestDatabase.owner()) {
            school =
                    one(
                            db,
                            "select r.school_id from account_role r join account a on a.id = r.account_id where a.login = 's1.head'");
            previous =
                    one(
                            db,
                            "select id from academic_year where school_id = "
                                    + school
                                    + " order by starts_on limit 1");
            current =
                    one(
                            db,
                            "select id from academic_year where school_id = "
                                    + school
                                    + " order by starts_on desc limit 1");
            assertThat(previous).isNotEqualTo(current);
            String books =
                    get(
                                    "archivist",
                                    "/archive/schools/"
                                            + school
                                            + "/years/"
                                            + previous
                                            + "/classes")
                            .text();
            assertThat(books).contains("«А»");
            classId =
                    one(
                            db,
                            "select c.id from school_class c where c.school_id = "
                                    + school
                                    + " and c.letter = 'А' and c.grade = 5 and c.graduated_in = 0");
            assertThat(books).contains("\"classId\":" + classId).contains("4 «А»");
            surname =
                    text(
                            db,
                            "select p.last_name from pupil p where p.class_id = "
                                    + classId
                                    + " order by p.id limit 1");
            topic =
                    text(
                            db,
                            "select l.topic from lesson l join teaching_assignment t on t.id = l.assignment_id join academic_year y on y.id = "
                                    + previous
                                    + " where t.class_id = "
                                    + classId
                                    + " and l.topic is not null and l.lesson_date between y.starts_on and y.ends_on order by l.lesson_date, l.id limit 1");
        }
        String prefix = "/archive/schools/" + school + "/years/" + previous + "/classes/" + classId;
        assertThat(get("archivist", prefix + "/open-journals").text()).isEqualTo("[]");

        Reply book = get("archivist", prefix + "/prints/CLASS_JOURNAL");
        assertThat(book.status()).as(book.text()).isEqualTo(200);
        assertThat(pdfaFailures(book.body())).isEmpty();
        String text = text(book.body());
        assertThat(text)
                .contains("КЛАССНЫЙ ЖУРНАЛ")
                .contains("4 «А» класс")
                .contains(surname)
                .contains("Всего пронумеровано");
        assertThat(text.replace("\n", " ").replaceAll(" +", " "))
                .contains(topic.replaceAll(" +", " "));
        assertThat(text).containsPattern("\\b[2-5]к?\\b");
        assertThat(get("archivist", prefix + "/prints/CLASS_JOURNAL").body())
                .isEqualTo(book.body());

        keep("demo-book.pdf", book.body());
        Reply sheet = get("archivist", prefix + "/prints/SUMMARY_SHEET");
        keep("demo-summary.pdf", sheet.body());
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(pdfaFailures(sheet.body())).isEmpty();
        assertThat(text(sheet.body())).contains("СВОДНАЯ ВЕДОМОСТЬ").contains(surname);

        String open = "/archive/schools/" + school + "/years/" + current + "/classes/" + classId;
        assertThat(get("archivist", open + "/open-journals").text()).contains("problem");
        Reply refused = get("archivist", open + "/prints/CLASS_JOURNAL");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("не закрыт");
        Reply draft = get("archivist", open + "/prints/SUMMARY_SHEET?draft=true");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(pdfaFailures(draft.body())).isEmpty();
        assertThat(text(draft.body())).contains("ЧЕРНОВИК");

        assertThat(get("s2.head", prefix + "/prints/CLASS_JOURNAL").status()).isEqualTo(404);
        assertThat(
                        get(
                                        "s2.head",
                                        "/archive/schools/"
                                                + school
                                                + "/years/"
                                                + previous
                                                + "/classes")
                                .status())
                .isEqualTo(404);
        assertThat(get("s1.teacher1", prefix + "/prints/CLASS_JOURNAL").status()).isEqualTo(403);
    }

    record Reply(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Reply get(String login, String path) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (login + ":" + Demo.PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", "ru")
                        .GET()
                        .build();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), r.body());
    }

    /** Keeps a printed file under target/printed to look at (pdftoppm -r 60 -png). */
    private static void keep(String name, byte[] pdf) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "printed");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), pdf);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String pdfaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance()
                                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.isCompliant()
                    ? ""
                    : result.getTestAssertions().stream()
                            .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                            .map(a -> a.getRuleId() + " " + a.getMessage())
                            .distinct()
                            .collect(Collectors.joining("\n"));
        }
    }

    private static long one(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            assertThat(r.next()).as(sql).isTrue();
            return r.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            assertThat(r.next()).as(sql).isTrue();
            return r.getString(1);
        }
    }
}
