package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Access slips (R-A04) on Payara Micro with PostgreSQL: a pupil the test brings into 5 «А» (an
 * arrival from today, so no past year of the class changes) gets a login and a one-time password
 * from the class's homeroom teacher, signs in with it, must choose its own password first, then
 * reads its own diary; the teacher sees it has signed in.
 */
class FamilyAccessIT {
    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    @Test
    @DisplayName(
            "R-A04 the homeroom teacher issues a pupil's login and one-time password on a slip; the first sign-in forces a new password; the teacher sees it signed in")
    void slipAndFirstSignIn() throws Exception {
        ApiClient deputy = as("s1.deputy");
        long classId =
                deputy.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("title").equals("5 «А»"))
                        .mapToLong(c -> id(c, "id"))
                        .findFirst()
                        .orElseThrow();
        long n = System.nanoTime() % 300;
        LocalDate born = LocalDate.of(2014, 1, 1).plusDays(n);
        var arrival =
                deputy.post(
                        "/pupils/arrivals",
                        "application/json",
                        ("{\"lastName\":\"Абрамова\",\"firstName\":\"Ева\",\"birthDate\":\""
                                        + born
                                        + "\",\"classId\":"
                                        + classId
                                        + ",\"date\":\""
                                        + LocalDate.now()
                                        + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(arrival.status()).as(arrival.toString()).isEqualTo(201);
        long pupilId = id(arrival.object(), "pupilId");

        ApiClient teacher = as(Demo.TEACHER);
        String list = "/classes/" + classId + "/family-access";
        JsonObject before = person(teacher.get(list).object(), "p" + pupilId);
        assertThat(before.getString("status")).isEqualTo("NONE");
        assertThat(as(Demo.OTHER_TEACHER).get(list).status())
                .as("another teacher, not the class's homeroom teacher")
                .isEqualTo(404);
        assertThat(as(Demo.PARENT).get(list).status()).isEqualTo(403);

        HttpResponse<byte[]> slips = slips(Demo.TEACHER, classId, "p" + pupilId);
        assertThat(slips.statusCode())
                .as(new String(slips.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(slips.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/pdf");
        assertThat(slips.headers().firstValue("X-Slips")).contains("1");
        String text = text(slips.body());
        assertThat(text).contains("Абрамова Ева", "5 «А»", "Доступ к электронному дневнику");
        Matcher login = Pattern.compile("Логин:\\s*(\\S+)").matcher(text);
        Matcher password = Pattern.compile("Пароль:\\s*(\\S+)").matcher(text);
        assertThat(login.find()).as(text).isTrue();
        assertThat(password.find()).as(text).isTrue();
        assertThat(login.group(1)).startsWith("abramova.e");
        assertThat(person(teacher.get(list).object(), "p" + pupilId).getString("status"))
                .isEqualTo("ISSUED");

        // with the one-time password only the password change opens
        ApiClient once = ApiClient.as(base.toString(), login.group(1), password.group(1));
        assertThat(once.get("/diary/week").status()).isEqualTo(403);
        ApiClient pupil = ApiClient.firstSignIn(base.toString(), login.group(1), password.group(1));
        var week = pupil.get("/diary/week");
        assertThat(week.status()).as(week.toString()).isEqualTo(200);
        assertThat(id(week.object().getJsonObject("child"), "pupilId")).isEqualTo(pupilId);

        JsonObject after = person(teacher.get(list).object(), "p" + pupilId);
        assertThat(after.getString("status")).isEqualTo("SIGNED_IN");
        assertThat(after.getString("login")).isEqualTo(login.group(1));
        HttpResponse<byte[]> again = slips(Demo.TEACHER, classId, "p" + pupilId);
        assertThat(again.headers().firstValue("X-Slips"))
                .as("no new password once signed in")
                .contains("0");
        assertThat(again.headers().firstValue("X-Skipped")).contains("1");
        assertThat(slips(Demo.TEACHER, classId, "p999999999").statusCode()).isEqualTo(404);
        assertThat(slips(Demo.OTHER_TEACHER, classId, "p" + pupilId).statusCode()).isEqualTo(404);
    }

    private static JsonObject person(JsonObject list, String key) {
        return list.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .filter(
                        p ->
                                (p.containsKey("guardianId") && !p.isNull("guardianId")
                                                ? "g" + id(p, "guardianId")
                                                : "p" + id(p, "pupilId"))
                                        .equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + list));
    }

    private HttpResponse<byte[]> slips(String login, long classId, String key) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                root
                                                        + "/api/v1/classes/"
                                                        + classId
                                                        + "/family-access/slips"))
                                .timeout(Duration.ofSeconds(60))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (login + ":" + Demo.PASSWORD)
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8)))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/pdf, application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"keys\":[\"" + key + "\"]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
