package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.ParentMessage;
import org.schooljournal.testing.Bodies.StaffChoice;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * Acknowledgement (R-A06) and paper extracts (R-D03) on a school of the test's own: two pupils
 * imported with a parent each into a class of its own, whose homeroom teacher gives the parents
 * access; a message to each; one parent opens the diary.
 */
class AcknowledgementIT {
    final String base = SharedServer.url().toString();

    /**
     * The school, its class's journal, the homeroom teacher, and per pupil its parent signed in.
     */
    private record Family(
            Fixtures.School school,
            Fixtures.Journal journal,
            ApiClient homeroom,
            List<Long> pupils,
            List<ApiClient> parents,
            List<String> parentNames) {}

    private Family family(String tag) throws Exception {
        Fixtures.School school = Fixtures.school(base, tag);
        Fixtures.Journal j = school.journal(7, "В", 0);
        String run = school.prefix().replaceAll("[^a-z0-9]", "");
        List<String> lines = new ArrayList<>();
        lines.add(
                "Фамилия;Имя;Отчество;Дата рождения;Фамилия родителя;Имя родителя;Email родителя");
        lines.add("Акулова;Дарья;Игоревна;01.04.2013;Акулов;Игорь;a" + run + "@example.org");
        lines.add("Белова;Вера;Игоревна;02.04.2013;Белов;Пётр;b" + run + "@example.org");
        var started =
                school.admin()
                        .post(
                                "/imports?classId=" + j.classId() + "&fileName=ack.csv",
                                "text/csv",
                                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long importId = started.object().getJsonNumber("importId").longValue();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject status;
        do {
            Thread.sleep(300);
            status = school.admin().get("/imports/" + importId).object();
        } while (status.getBoolean("isRunning", status.getBoolean("running", false))
                && System.nanoTime() < deadline);
        assertThat(status.getString("state")).as(status.toString()).isEqualTo("COMPLETED");

        var made =
                school.head()
                        .put(
                                "/classes/" + j.classId() + "/class-teacher",
                                new StaffChoice(j.teacher().id()));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        ApiClient homeroom = j.teacher().client();
        JsonObject access = homeroom.get("/classes/" + j.classId() + "/family-access").object();
        List<Long> pupils = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonObject p : access.getJsonArray("people").getValuesAs(JsonObject.class)) {
            if (!p.containsKey("guardianId") || p.isNull("guardianId")) {
                pupils.add(p.getJsonNumber("pupilId").longValue());
            } else {
                keys.add("g" + p.getJsonNumber("guardianId"));
                names.add(p.getString("name"));
            }
        }
        assertThat(pupils).hasSize(2);
        String text = text(slips(homeroom, j.classId(), keys));
        Matcher login = Pattern.compile("Логин:\\s*(\\S+)").matcher(text);
        Matcher password = Pattern.compile("Пароль:\\s*(\\S+)").matcher(text);
        Map<String, String> byLogin = new HashMap<>();
        while (login.find() && password.find()) {
            byLogin.put(login.group(1), password.group(1));
        }
        assertThat(byLogin).hasSize(2);
        List<ApiClient> parents = new ArrayList<>();
        for (String l : byLogin.keySet().stream().sorted().toList()) {
            parents.add(ApiClient.firstSignIn(base, l, byLogin.get(l)));
        }
        // akulov… sorts before belov…: the parents are in the pupils' order
        return new Family(school, j, homeroom, pupils, parents, names);
    }

    @Test
    @DisplayName(
            "R-A06 a parent's opening of the diary is recorded with its read receipts: the not-looked and unread lists shrink; the reminder reaches the parent who has not looked")
    void readRecordedAndReminder() throws Exception {
        Family f = family("ack");
        String list = "/classes/" + f.journal().classId() + "/acknowledgement?days=7";
        for (long pupil : f.pupils()) {
            var sent =
                    f.homeroom()
                            .post(
                                    "/journals/"
                                            + f.journal().assignmentId()
                                            + "/pupils/"
                                            + pupil
                                            + "/messages",
                                    new ParentMessage("MESSAGE", "Сообщение для " + pupil));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }
        JsonObject before = f.homeroom().get(list).object();
        assertThat(staleParents(before)).containsExactlyInAnyOrderElementsOf(f.parentNames());
        assertThat(before.getJsonArray("unread")).hasSize(2);

        var opened =
                f.parents()
                        .get(0)
                        .post(
                                "/diary/pupils/" + f.pupils().get(0) + "/opened",
                                "application/json",
                                new byte[0]);
        assertThat(opened.status()).as(opened.toString()).isIn(200, 204);

        JsonObject after = f.homeroom().get(list).object();
        assertThat(staleParents(after)).containsExactly(f.parentNames().get(1));
        assertThat(after.getJsonArray("unread")).hasSize(1);
        assertThat(
                        after.getJsonArray("unread")
                                .getJsonObject(0)
                                .getJsonNumber("pupilId")
                                .longValue())
                .isEqualTo(f.pupils().get(1));
        JsonObject deputyView = f.school().staff("Завучева", "deputy_head").get(list).object();
        assertThat(deputyView.getJsonArray("unread")).hasSize(1);

        var reminded =
                f.homeroom()
                        .post(
                                "/classes/" + f.journal().classId() + "/acknowledgement/reminders",
                                "application/json",
                                "{\"days\":7,\"text\":\"Загляните в дневник, пожалуйста\"}"
                                        .getBytes(StandardCharsets.UTF_8));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        assertThat(reminded.object().getInt("reminded")).isEqualTo(1);
        JsonObject week = f.parents().get(1).get("/diary/week?pupil=" + f.pupils().get(1)).object();
        assertThat(
                        week.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                                .filter(m -> m.getString("kind").equals("REMINDER"))
                                .map(m -> m.getString("body")))
                .containsExactly("Загляните в дневник, пожалуйста");
        JsonObject first =
                f.parents().get(0).get("/diary/week?pupil=" + f.pupils().get(0)).object();
        assertThat(
                        first.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                                .map(m -> m.getString("kind")))
                .as("the parent who looked gets no reminder")
                .doesNotContain("REMINDER");

        assertThat(ApiClient.as(base, Demo.TEACHER, Demo.PASSWORD).get(list).status())
                .as("another school's teacher finds no such class")
                .isEqualTo(404);
        assertThat(f.parents().get(0).get(list).status()).isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-D03 paper extracts: a parent gets only its child's, the homeroom teacher the whole class (a pupil per page), another school's pupil is a 404")
    void extracts() throws Exception {
        Family f = family("extract");
        byte[] own = pdf(f.parents().get(0), "/extracts/pupils/" + f.pupils().get(0), 200);
        String text = text(own);
        assertThat(text)
                .contains("ВЫПИСКА ИЗ ЭЛЕКТРОННОГО ЖУРНАЛА", "Акулова Дарья Игоревна", "7 «В»")
                .contains("Математика", "Классный руководитель", "М.П.");
        pdf(f.parents().get(0), "/extracts/pupils/" + f.pupils().get(1), 404);
        byte[] all = pdf(f.homeroom(), "/extracts/classes/" + f.journal().classId(), 200);
        try (PDDocument doc = Loader.loadPDF(all)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(text(all)).contains("Акулова Дарья", "Белова Вера");
        pdf(
                ApiClient.as(base, "s1.head", Demo.PASSWORD),
                "/extracts/pupils/" + f.pupils().get(0),
                404);
        assertThat(pdf(f.school().head(), "/extracts/pupils/" + f.pupils().get(0), 200))
                .as("byte-stable for the same data on the same day")
                .isEqualTo(pdf(f.school().head(), "/extracts/pupils/" + f.pupils().get(0), 200));
    }

    private static List<String> staleParents(JsonObject list) {
        return list.getJsonArray("readers").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("role").equals("PARENT") && r.getBoolean("stale"))
                .map(r -> r.getString("name"))
                .toList();
    }

    private static byte[] pdf(ApiClient client, String path, int expected) {
        HttpResponse<byte[]> reply =
                client.getBytes(path, "application/pdf, application/problem+json");
        assertThat(reply.statusCode())
                .as(path + " " + new String(reply.body(), StandardCharsets.UTF_8))
                .isEqualTo(expected);
        return reply.body();
    }

    private static byte[] slips(ApiClient client, long classId, List<String> keys) {
        HttpResponse<byte[]> reply =
                client.postForBytes(
                        "/classes/" + classId + "/family-access/slips",
                        "{\"keys\":[\"" + String.join("\",\"", keys) + "\"]}",
                        "application/pdf, application/json");
        assertThat(reply.statusCode())
                .as(new String(reply.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return reply.body();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
