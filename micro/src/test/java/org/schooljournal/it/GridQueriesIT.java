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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.SharedServer;

/**
 * R-J01, "a journal grid is a handful of queries whatever the class size": the SQL statements the
 * API's journal page executes, as the server counts them ({@code X-SQL-Statements}, switched on for
 * the test server by {@code -Djournal.diagnostics.sql=true} in arquillian.xml), are the same for a
 * small and a large class and for two months of one journal.
 *
 * <p>Both journals are of schools of the test's own (Fixtures): a class of {@link #SMALL} pupils
 * and one of {@link #EXTRA_PUPILS} more, with no movements or substitutions (which add a bounded
 * lookup of that class or teacher) that other tests could make in them. Every page is read once
 * before it is measured, so the caches are as warm for one as for the other.
 */
class GridQueriesIT {
    static final String HEADER = "X-SQL-Statements";
    static final int SMALL = 2;
    static final int EXTRA_PUPILS = 12;

    final URL base = SharedServer.url();

    @Test
    @DisplayName(
            "R-J01 the number of SQL statements to render a journal grid does not grow with the class size")
    void statementsDoNotGrowWithClassSize() throws Exception {
        // two schools: Fixtures names the pupils of every journal alike, which one school refuses
        Fixtures.School smallSchool = Fixtures.school(base.toString(), "GridQueriesIT small");
        Fixtures.School largeSchool = Fixtures.school(base.toString(), "GridQueriesIT large");
        ApiClient smallHead = smallSchool.head();
        ApiClient head = largeSchool.head();
        long small = smallSchool.journal(5, "А", SMALL).assignmentId();
        long large = largeSchool.journal(6, "А", SMALL + EXTRA_PUPILS).assignmentId();

        List<YearMonth> months = monthsWithLessons(smallHead, small, head, large);
        assertThat(months).as("two months in which both journals have lessons").hasSize(2);
        YearMonth month = months.get(0);

        Measured smallPage = measure(smallHead, small, month);
        Measured largePage = measure(head, large, month);
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
                        "SQL statements for 6 «А» (%d pupils, %d lessons) and 5 «А» (%d pupils, %d lessons) in %s",
                        largePage.pupils(),
                        largePage.lessons(),
                        smallPage.pupils(),
                        smallPage.lessons(),
                        month)
                .isEqualTo(smallPage.statements());

        Measured otherMonth = measure(head, large, months.get(1));
        assertThat(otherMonth.statements())
                .as(
                        "SQL statements for 6 «А» in %s (%d lessons) and %s (%d lessons)",
                        months.get(1), otherMonth.lessons(), month, largePage.lessons())
                .isEqualTo(largePage.statements());
    }

    /**
     * What a save of a mark reads and writes (issue 11 item 3), counted by the server: the lesson
     * with its journal's teacher, subject and class or group (one statement: EclipseLink fetches
     * them only through join-fetch hints, and read them lazily, three statements more, before), a
     * closed period of the journal, the study period, the school's work types, the pupil, the
     * subject's individual plans, the pupil's movements; under the lesson's lock the lesson, the
     * cell's marks and attendance; the audit entry and a new mark, each with its id. 14 for a new
     * mark: the caller's roles and school's zone come with the session's stamp, read before the
     * count begins (16 with them, 19 before the hints). A boundary that read the caller again would
     * make it 15.
     */
    static final int SAVE_STATEMENTS = 14;

    @Test
    @DisplayName(
            "R-J05 issue 11 item 3 a mark's save reads the lesson with its journal in one statement:"
                    + " the statements of a save stay within their count")
    void aSaveStaysWithinItsStatements() throws Exception {
        Fixtures.Journal journal =
                Fixtures.school(base.toString(), "GridQueriesIT save").journal(7, "А", 1);
        ApiClient teacher = journal.teacher().client();
        long pupil = journal.pupils().get(0);
        long lesson = heldLesson(teacher, journal.assignmentId());
        // as the grid saves (journal.js): the browser's session, whose stamp brings the caller
        HttpClient browser = FormLogin.session(base.toString().replaceAll("/$", ""), teacher);
        URI cell = URI.create(base + "api/v1/lessons/" + lesson + "/marks/" + pupil);

        HttpResponse<String> entered =
                save(browser, cell, "{\"value\":\"5\",\"workType\":\"ANSWER\",\"expected\":\"\"}");
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
        HttpResponse<String> changed =
                save(browser, cell, "{\"value\":\"4\",\"workType\":\"ANSWER\",\"expected\":\"5\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        for (HttpResponse<String> save : List.of(entered, changed)) {
            assertThat(save.headers().firstValue(HEADER))
                    .as("the test server runs with -Djournal.diagnostics.sql=true (arquillian.xml)")
                    .isPresent();
            assertThat(Integer.parseInt(save.headers().firstValue(HEADER).get()))
                    .as("SQL statements of a save (%s)", save.body())
                    .isPositive()
                    .isLessThanOrEqualTo(SAVE_STATEMENTS);
        }
    }

    private static HttpResponse<String> save(HttpClient browser, URI cell, String json)
            throws Exception {
        return browser.send(
                HttpRequest.newBuilder(cell)
                        .header("Sec-Fetch-Site", "same-origin")
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A lesson the journal's teacher gave and may mark: this month's or last month's. */
    static long heldLesson(ApiClient teacher, long journal) {
        for (YearMonth month = YearMonth.now(), last = month.minusMonths(2);
                month.isAfter(last);
                month = month.minusMonths(1)) {
            Optional<JsonObject> held =
                    teacher
                            .get("/journals/" + journal + "?month=" + month)
                            .object()
                            .getJsonArray("lessons")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(l -> l.getBoolean("held") && l.getBoolean("writable"))
                            .reduce((first, later) -> later);
            if (held.isPresent()) {
                return held.get().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no lesson held in the last two months");
    }

    /**
     * Two months, newest first, in which both journals have lessons and no study period ends (a
     * period's end adds its column's queries to that month, whatever the class size).
     */
    private static List<YearMonth> monthsWithLessons(
            ApiClient oneHead, long one, ApiClient head, long other) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth month = YearMonth.now();
        for (int back = 0; back < 12 && months.size() < 2; back++, month = month.minusMonths(1)) {
            JsonObject a = oneHead.get("/journals/" + one + "?month=" + month).object();
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

    record Measured(int statements, int pupils, int lessons) {}

    /** The second of two reads of a page (the first warms the caches), with its statement count. */
    private static Measured measure(ApiClient head, long journal, YearMonth month) {
        head.getWithHeaders("/journals/" + journal + "?month=" + month);
        HttpResponse<String> page = head.getWithHeaders("/journals/" + journal + "?month=" + month);
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
}
