package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Assignment;
import org.schooljournal.testing.Bodies.Cell;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * The school administrator's side of accounts (R-A04, R-A02) on a school of the test's own: a
 * password reset to a new one-time password, and a dismissal that closes the sign-in but keeps the
 * person's journal and marks.
 */
class StaffAccountsIT {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    final String base = SharedServer.url().toString();

    @Test
    @DisplayName(
            "R-A04 R-A02 the school administrator resets a password: the old one is refused, the new one-time password opens only the password change, then the holder's own")
    void passwordReset() {
        Fixtures.School school = Fixtures.school(base, "reset");
        // A teacher with a journal: the journal list answers only in a school with a current year.
        Fixtures.Member teacher = school.journal(5, "А", 1).teacher();
        assertThat(teacher.client().get("/journals").status()).isEqualTo(200);

        var reset =
                school.admin()
                        .post(
                                "/accounts/" + teacher.login() + "/password-reset",
                                "application/json",
                                new byte[0]);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        String password = reset.object().getString("password");
        assertThat(reset.object().getString("login")).isEqualTo(teacher.login());

        assertThat(teacher.client().get("/journals").status())
                .as("the old password is refused")
                .isEqualTo(401);
        ApiClient once = ApiClient.as(base, teacher.login(), password);
        assertThat(once.get("/journals").status())
                .as("a one-time password opens only the password change")
                .isEqualTo(403);
        ApiClient renewed = ApiClient.firstSignIn(base, teacher.login(), password);
        assertThat(renewed.get("/journals").status()).isEqualTo(200);

        Fixtures.School other = Fixtures.school(base, "reset2");
        assertThat(
                        other.admin()
                                .post(
                                        "/accounts/" + teacher.login() + "/password-reset",
                                        "application/json",
                                        new byte[0])
                                .status())
                .as("another school's administrator finds no such account")
                .isEqualTo(404);
        assertThat(
                        school.head()
                                .post(
                                        "/accounts/" + teacher.login() + "/password-reset",
                                        "application/json",
                                        new byte[0])
                                .status())
                .as("only the school administrator resets")
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-A04 a dismissed teacher cannot sign in, is offered for no new assignment, and its journal's marks are still there")
    void dismissal() {
        Fixtures.School school = Fixtures.school(base, "dismiss");
        Fixtures.Journal j = school.journal(5, "Б", 1);
        ApiClient teacher = j.teacher().client();
        long pupil = j.pupils().get(0);
        JsonObject past = lastPastLesson(teacher, j.assignmentId());
        var written =
                teacher.put(
                        "/lessons/" + past.getJsonNumber("id") + "/cells/" + pupil,
                        new Cell("5к", ""));
        assertThat(written.status()).as(written.toString()).isEqualTo(200);

        var dismissed =
                school.admin()
                        .post(
                                "/staff/" + j.teacher().id() + "/dismissal",
                                "application/json",
                                new byte[0]);
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.object().getString("dismissedOn")).isNotBlank();

        assertThat(teacher.get("/journals").status())
                .as("the dismissed teacher's sign-in is refused")
                .isEqualTo(401);
        String month = past.getString("date").substring(0, 7);
        JsonObject grid =
                school.head().get("/journals/" + j.assignmentId() + "?month=" + month).object();
        assertThat(grid.getJsonObject("cells").getString(past.getJsonNumber("id") + ":" + pupil))
                .as("its marks stay in its journal")
                .isEqualTo("5к");

        long maths =
                school.head().get("/subjects").array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getString("name").equals("Математика"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        long classId = school.schoolClass(6, "Б");
        var assigned =
                school.head()
                        .post(
                                "/assignments",
                                new Assignment(j.teacher().id(), maths, classId, null));
        assertThat(assigned.status())
                .as("no new assignment for a dismissed teacher: %s", assigned)
                .isEqualTo(400);
        JsonObject listed =
                school.admin().get("/staff").array().getValuesAs(JsonObject.class).stream()
                        .filter(s -> s.getJsonNumber("id").longValue() == j.teacher().id())
                        .findFirst()
                        .orElseThrow();
        assertThat(listed.getString("dismissedOn")).as("the staff list shows it").isNotBlank();
    }

    private static JsonObject lastPastLesson(ApiClient teacher, long assignmentId) {
        LocalDate today = LocalDate.now(MOSCOW);
        List<JsonObject> lessons = new ArrayList<>();
        for (LocalDate month : List.of(today.minusMonths(1), today)) {
            lessons.addAll(
                    teacher.get(
                                    "/journals/"
                                            + assignmentId
                                            + "?month="
                                            + month.toString().substring(0, 7))
                            .object()
                            .getJsonArray("lessons")
                            .getValuesAs(JsonObject.class));
        }
        return lessons.stream()
                .filter(l -> LocalDate.parse(l.getString("date")).isBefore(today))
                .reduce((a, b) -> b)
                .orElseThrow();
    }
}
