package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * R-J01, "a journal grid is a handful of queries whatever the class size": the SQL statements the
 * API's journal page executes, as the server counts them ({@code X-SQL-Statements}, switched on for
 * the test server by {@code -Djournal.diagnostics.sql=true} in arquillian.xml), are the same for a
 * small and a large class and for two months of one journal.
 *
 * <p>5 «А» and 5 «Б» are left out: other tests move pupils between them and record substitutions
 * there, and a movement or a substitute adds a lookup of that class or teacher (bounded, but not
 * the same for both journals). The demo classes all have the same number of pupils; when the
 * smallest and the largest of the others differ by fewer than {@link #EXTRA_PUPILS} (PupilImportIT,
 * when it ran first, has already added 24 to 6 «А»), the test imports that many pupils into 9 «А»,
 * whose size no other test counts. Every page is read once before it is measured, so the caches are
 * as warm for one as for the other.
 */
class GridQueriesIT {
    static final String HEADER = "X-SQL-Statements";
    static final int EXTRA_PUPILS = 12;
    static final String ENLARGED_CLASS = "9 «А»";
    static final List<String> LEFT_OUT = List.of("5 «А»", "5 «Б»");

    final URL base = SharedServer.url();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    @Test
    @DisplayName(
            "R-J01 the number of SQL statements to render a journal grid does not grow with the class size")
    void statementsDoNotGrowWithClassSize() throws Exception {
        ApiClient head = as("s1.head");
        List<JsonObject> classes = classesWithJournals(head);
        assertThat(classes).as("s1 has at least two classes with journals").hasSizeGreaterThan(1);
        JsonObject smallest = classes.get(0);
        JsonObject largest = classes.get(classes.size() - 1);
        if (pupils(largest) - pupils(smallest) < EXTRA_PUPILS) {
            enlarge(ENLARGED_CLASS);
            classes = classesWithJournals(head);
            smallest = classes.get(0);
            largest = classes.get(classes.size() - 1);
        }
        long small = journalOf(head, smallest.getString("title"));
        long large = journalOf(head, largest.getString("title"));

        List<YearMonth> months = monthsWithLessons(head, small, large);
        assertThat(months).as("two months in which both journals have lessons").hasSize(2);
        YearMonth month = months.get(0);

        Measured smallPage = measure(small, month);
        Measured largePage = measure(large, month);
        assertThat(largePage.pupils() - smallPage.pupils())
                .as("the journals list classes of different sizes")
                .isGreaterThanOrEqualTo(EXTRA_PUPILS);
        assertThat(smallPage.lessons()).isPositive();
        assertThat(largePage.lessons()).isPositive();
        assertThat(smallPage.statements())
                .as("the server counts the statements of the request")
                .isPositive();
        assertThat(largePage.statements())
                .as(
                        "SQL statements for %s (%d pupils, %d lessons) and %s (%d pupils, %d lessons) in %s",
                        largest.getString("title"),
                        largePage.pupils(),
                        largePage.lessons(),
                        smallest.getString("title"),
                        smallPage.pupils(),
                        smallPage.lessons(),
                        month)
                .isEqualTo(smallPage.statements());

        Measured otherMonth = measure(large, months.get(1));
        assertThat(otherMonth.statements())
                .as(
                        "SQL statements for %s in %s (%d lessons) and %s (%d lessons)",
                        largest.getString("title"),
                        months.get(1),
                        otherMonth.lessons(),
                        month,
                        largePage.lessons())
                .isEqualTo(largePage.statements());
    }

    /** The school's classes (but {@link #LEFT_OUT}) with a whole-class journal, smallest first. */
    private static List<JsonObject> classesWithJournals(ApiClient head) {
        var titles =
                head.get("/journals").array().getValuesAs(JsonObject.class).stream()
                        .map(j -> j.getString("classTitle"))
                        .collect(Collectors.toSet());
        return head.get("/classes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> titles.contains(c.getString("title")) && pupils(c) > 0)
                .filter(c -> !LEFT_OUT.contains(c.getString("title")))
                .sorted(Comparator.comparingLong(GridQueriesIT::pupils))
                .toList();
    }

    private static long pupils(JsonObject schoolClass) {
        return schoolClass.getJsonNumber("pupils").longValue();
    }

    private static long journalOf(ApiClient head, String classTitle) {
        return head.get("/journals").array().getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("classTitle").equals(classTitle))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("assignmentId")
                .longValue();
    }

    /**
     * Two months in which both journals have lessons and no study period ends (a period's end adds
     * its column's queries to that month, whatever the class size), from this month on: pupils added
     * by the import arrive today (R-S13), so only this month and later ones list them.
     */
    private static List<YearMonth> monthsWithLessons(ApiClient head, long one, long other) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth month = YearMonth.now();
        for (int ahead = 0; ahead < 9 && months.size() < 2; ahead++, month = month.plusMonths(1)) {
            JsonObject a = head.get("/journals/" + one + "?month=" + month).object();
            JsonObject b = head.get("/journals/" + other + "?month=" + month).object();
            if (!a.getJsonArray("lessons").isEmpty()
                    && !b.getJsonArray("lessons").isEmpty()
                    && a.getJsonArray("periods").isEmpty()
                    && b.getJsonArray("periods").isEmpty()) {
                months.add(month);
            }
        }
        return months;
    }

    /** Adds pupils to a class through the pupil import, as the school administrator does. */
    private void enlarge(String classTitle) throws InterruptedException {
        ApiClient admin = as(Demo.SCHOOL_ADMIN);
        long classId =
                admin.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("title").equals(classTitle))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        StringBuilder csv = new StringBuilder("Фамилия;Имя;Отчество;Дата рождения\n");
        for (int i = 1; i <= EXTRA_PUPILS; i++) {
            csv.append("Сеточная")
                    .append((char) ('А' + i))
                    .append(";Анна;Петровна;")
                    .append(String.format("%02d", i))
                    .append(".03.2010\n");
        }
        var started =
                admin.post(
                        "/imports?classId=" + classId + "&fileName=grid.csv",
                        "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long importId = started.object().getJsonNumber("importId").longValue();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject status;
        do {
            Thread.sleep(300);
            status = admin.get("/imports/" + importId).object();
        } while (!List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED")
                        .contains(status.getString("state"))
                && System.nanoTime() < deadline);
        assertThat(status.getString("state")).as(status.toString()).isEqualTo("COMPLETED");
        assertThat(status.getInt("rowsWritten")).isEqualTo(EXTRA_PUPILS);
    }

    record Measured(int statements, int pupils, int lessons) {}

    /** The second of two reads of a page (the first warms the caches), with its statement count. */
    private Measured measure(long journal, YearMonth month) throws Exception {
        read(journal, month);
        HttpResponse<String> page = read(journal, month);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Optional<String> header = page.headers().firstValue(HEADER);
        assertThat(header)
                .as("the test server runs with -Djournal.diagnostics.sql=true (arquillian.xml)")
                .isPresent();
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(page.body()))) {
            json = reader.readObject();
        }
        return new Measured(
                Integer.parseInt(header.get()),
                json.getJsonArray("pupils").size(),
                json.getJsonArray("lessons").size());
    }

    private HttpResponse<String> read(long journal, YearMonth month) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        return http.send(
                HttpRequest.newBuilder(
                                URI.create(
                                        root + "/api/v1/journals/" + journal + "?month=" + month))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", basic("s1.head"))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String login) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (login + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
