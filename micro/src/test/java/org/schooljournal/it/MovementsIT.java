package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Arrival;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Bodies.Transfer;
import org.schooljournal.testing.Bodies.Withdrawal;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Pupil movement on Payara Micro with PostgreSQL (R-S13): a transfer keeps the marks with their
 * lessons, the journals show the pupil only for its dates, and marks outside them are refused.
 */
class MovementsIT {

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private JsonObject journal(String classTitle, String month) {
        ApiClient teacher = as(Demo.TEACHER);
        long id =
                teacher.get("/journals").array().getValuesAs(JsonObject.class).stream()
                        .filter(
                                j ->
                                        j.getString("classTitle").equals(classTitle)
                                                && j.getString("subject").equals("Математика"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("assignmentId")
                        .longValue();
        return teacher.get("/journals/" + id + "?month=" + month).object();
    }

    private static JsonObject row(JsonObject page, long pupilId) {
        return page.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == pupilId)
                .findFirst()
                .orElse(null);
    }

    @Test
    @DisplayName(
            "R-S13 a transfer keeps marks with their lessons; the journals show the pupil from/until; a mark outside its dates is refused")
    void transfer() {
        ApiClient deputy = as("s1.deputy");
        List<JsonObject> classes = deputy.get("/classes").array().getValuesAs(JsonObject.class);
        long fifthB =
                classes.stream()
                        .filter(c -> c.getString("title").equals("5 «Б»"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        String month = LocalDate.now().withDayOfMonth(1).toString().substring(0, 7);
        JsonObject before = journal("5 «А»", month);
        long parentsChild = Demo.firstChild(as(Demo.PARENT));
        JsonObject pupil =
                before.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getJsonNumber("id").longValue() != parentsChild)
                        .reduce((a, b) -> b)
                        .orElseThrow();
        long pupilId = pupil.getJsonNumber("id").longValue();
        long marksBefore =
                before.getJsonObject("marks").keySet().stream()
                        .filter(k -> k.endsWith(":" + pupilId))
                        .count();
        List<JsonObject> lessons = before.getJsonArray("lessons").getValuesAs(JsonObject.class);
        JsonObject lastPast =
                lessons.stream()
                        .filter(l -> LocalDate.parse(l.getString("date")).isBefore(LocalDate.now()))
                        .reduce((a, b) -> b)
                        .orElseThrow();
        LocalDate transferDay = LocalDate.parse(lastPast.getString("date"));

        var transferred =
                deputy.post(
                        "/pupils/" + pupilId + "/transfer",
                        new Transfer(fifthB, transferDay, "по заявлению родителей"));
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        assertThat(transferred.array().getJsonObject(0).getString("kind")).isEqualTo("TRANSFER");

        JsonObject oldClass = journal("5 «А»", month);
        JsonObject newClass = journal("5 «Б»", month);
        assertThat(row(oldClass, pupilId).getString("until"))
                .isEqualTo(transferDay.minusDays(1).toString());
        assertThat(row(newClass, pupilId).getString("from")).isEqualTo(transferDay.toString());
        assertThat(
                        oldClass.getJsonObject("marks").keySet().stream()
                                .filter(k -> k.endsWith(":" + pupilId))
                                .count())
                .as("marks stay with the lessons they were given in")
                .isEqualTo(marksBefore);

        var refused =
                as(Demo.TEACHER)
                        .put(
                                "/lessons/" + lastPast.getJsonNumber("id") + "/marks/" + pupilId,
                                new Mark("5", null, ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("не учился в классе 5 «А»");

        var again =
                deputy.post(
                        "/pupils/" + pupilId + "/transfer",
                        new Transfer(fifthB, transferDay.plusDays(1), null));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.object().getString("detail")).contains("уже учится в классе 5 «Б»");
    }

    @Test
    @DisplayName(
            "R-S13 an arrival appears from its date; a withdrawn pupil cannot move again; another school's deputy sees nothing")
    void arrivalAndWithdrawal() {
        ApiClient deputy = as("s1.deputy");
        long sixthA =
                deputy.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("title").equals("6 «А»"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        String suffix = Long.toString(System.nanoTime() % 100000);
        LocalDate today = LocalDate.now();
        var arrived =
                deputy.post(
                        "/pupils/arrivals",
                        new Arrival(
                                "Новенький" + suffix,
                                "Пётр",
                                null,
                                LocalDate.of(2014, 2, 3),
                                sixthA,
                                today,
                                null));
        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(201);
        long pupilId = arrived.object().getJsonNumber("pupilId").longValue();

        var withdrawn =
                deputy.post(
                        "/pupils/" + pupilId + "/withdrawal",
                        new Withdrawal(today.plusDays(7), null));
        var afterWithdrawal =
                deputy.post(
                        "/pupils/" + pupilId + "/withdrawal",
                        new Withdrawal(today.plusDays(8), null));

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.array().getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("kind"))
                .containsExactly("ARRIVAL", "WITHDRAWAL");
        assertThat(afterWithdrawal.status()).isEqualTo(409);
        assertThat(as("s2.deputy").get("/pupils/" + pupilId + "/movements").status())
                .isEqualTo(404);
        assertThat(as(Demo.TEACHER).get("/pupils/" + pupilId + "/movements").status())
                .isEqualTo(403);
    }
}
