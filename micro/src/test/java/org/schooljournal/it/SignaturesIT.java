package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * The electronic signature of a journal's period (R-J14) on Payara Micro with PostgreSQL, in the
 * second study period (the demo closed the first) of s1.teacher2's first journal, which no other
 * test writes in.
 */
class SignaturesIT {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    @Test
    @DisplayName(
            "R-J14 the teacher signs a period's journal; a later mark change shows the signature broken until signed again; only the journal's teacher signs, another school sees nothing")
    void signChangeResign() {
        ApiClient teacher = as(Demo.OTHER_TEACHER);
        long journal =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        // the 2nd period: the demo closed the 1st, where no mark may change
        JsonObject period =
                teacher.get("/journals/" + journal + "/periods").array().getJsonObject(1);
        long periodId = period.getJsonNumber("periodId").longValue();
        LocalDate startsOn = LocalDate.parse(period.getString("startsOn"));
        LocalDate endsOn = LocalDate.parse(period.getString("endsOn"));
        String signature = "/journals/" + journal + "/periods/" + periodId + "/signature";

        // a known mark in a past lesson of the period, before signing
        JsonObject page =
                teacher.get(
                                "/journals/"
                                        + journal
                                        + "?month="
                                        + startsOn.toString().substring(0, 7))
                        .object();
        LocalDate today = LocalDate.now(MOSCOW);
        JsonObject lesson =
                page.getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
                        .filter(l -> !date(l).isBefore(startsOn) && !date(l).isAfter(endsOn))
                        .filter(l -> date(l).isBefore(today))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no past lesson in " + period));
        long pupil =
                page.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                        .filter(p -> listedOn(p, date(lesson)))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        String cell = "/lessons/" + id(lesson) + "/marks/" + pupil;
        var before =
                teacher.put(
                        cell,
                        "{\"value\":\"5\",\"workType\":\"HOMEWORK\",\"expected\":\""
                                + page.getJsonObject("cells")
                                        .getString(id(lesson) + ":" + pupil, "")
                                + "\"}");
        assertThat(before.status()).as(before.toString()).isEqualTo(200);

        // signed by the journal's teacher: intact, and the server's signature verifies
        var signed = teacher.post(signature, "application/json", new byte[0]);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        JsonObject check = teacher.get(signature).object();
        assertThat(check.getBoolean("signed")).isTrue();
        assertThat(check.getString("signedBy")).isEqualTo(Demo.OTHER_TEACHER);
        assertThat(check.getString("signerName")).isNotBlank();
        assertThat(check.getString("keyId")).matches("[0-9a-f]{16}");
        assertThat(check.getString("signedAt")).isNotBlank();
        assertThat(check.getBoolean("intact")).isTrue();
        assertThat(check.getBoolean("signatureValid")).isTrue();
        // the deputy head reads it too
        JsonObject seenByDeputy = as("s1.deputy").get(signature).object();
        assertThat(seenByDeputy.getString("signedBy")).isEqualTo(Demo.OTHER_TEACHER);
        assertThat(seenByDeputy.getBoolean("intact")).isTrue();

        // a later change of a mark in the period breaks the signature visibly
        var changed =
                teacher.put(
                        cell,
                        "{\"value\":\"4\",\"workType\":\"HOMEWORK\",\"expected\":\""
                                + before.object().getString("cell")
                                + "\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject broken = teacher.get(signature).object();
        assertThat(broken.getBoolean("signed")).isTrue();
        assertThat(broken.getBoolean("intact")).isFalse();
        assertThat(broken.getBoolean("signatureValid")).isTrue();
        assertThat(broken.getString("firstDifference")).contains("MARK", "5", "4");

        // signing again makes it intact; both signings are kept
        assertThat(teacher.post(signature, "application/json", new byte[0]).status())
                .isEqualTo(200);
        JsonObject again = teacher.get(signature).object();
        assertThat(again.getBoolean("intact")).isTrue();
        assertThat(again.getBoolean("signatureValid")).isTrue();
        var history = teacher.get(signature + "/history").array();
        assertThat(history.size()).isGreaterThanOrEqualTo(2);
        assertThat(history.getJsonObject(0).getBoolean("intact")).isTrue();
        assertThat(history.getJsonObject(1).getBoolean("intact")).isFalse();

        // only the journal's teacher signs; another school does not even see the journal
        assertThat(as(Demo.TEACHER).post(signature, "application/json", new byte[0]).status())
                .isEqualTo(403);
        assertThat(as("s2.deputy").get(signature).status()).isEqualTo(404);
        assertThat(as("s2.deputy").post(signature, "application/json", new byte[0]).status())
                .isIn(403, 404);
        assertThat(as("s1.deputy").get("/journals/" + journal + "/audit").body())
                .contains("\"subject\":\"SIGNATURE\"");
    }

    private static LocalDate date(JsonObject lesson) {
        return LocalDate.parse(lesson.getString("date"));
    }

    private static long id(JsonObject lesson) {
        return lesson.getJsonNumber("id").longValue();
    }

    private static boolean listedOn(JsonObject pupil, LocalDate date) {
        boolean from =
                !pupil.containsKey("from")
                        || pupil.isNull("from")
                        || !LocalDate.parse(pupil.getString("from")).isAfter(date);
        boolean until =
                !pupil.containsKey("until")
                        || pupil.isNull("until")
                        || !LocalDate.parse(pupil.getString("until")).isBefore(date);
        return from && until;
    }
}
