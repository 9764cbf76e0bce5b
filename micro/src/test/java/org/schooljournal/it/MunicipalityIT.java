package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schooljournal.testing.Demo.PASSWORD;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Account;
import org.schooljournal.testing.Bodies.NewSchool;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * The municipal administrator's school creation (R-T02) on Payara Micro against PostgreSQL, over
 * the REST API: a new school with its head and administrator, their one-time passwords, the
 * refusals, and counts without any pupil's personal data.
 */
class MunicipalityIT {
    /** The demo municipal administrator. */
    static final String MUNICIPAL_ADMIN = "admin";

    /** The demo head of school 1, whose login is taken. */
    static final String SCHOOL1_HEAD = "s1.head";

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, PASSWORD);
    }

    /** A suffix that keeps the names and logins of this run apart from any earlier run's. */
    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    private static NewSchool body(
            String name,
            String shortName,
            String headLogin,
            String headName,
            String adminLogin,
            String adminName) {
        return new NewSchool(
                name,
                shortName,
                new Account(headLogin, headName),
                new Account(adminLogin, adminName));
    }

    private ApiClient.Reply post(ApiClient client, NewSchool school) {
        return client.post("/municipality/schools", school);
    }

    private List<JsonObject> counts() {
        var reply = as(MUNICIPAL_ADMIN).get("/municipality/schools");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> school(List<JsonObject> counts, String name) {
        return counts.stream().filter(s -> name.equals(s.getString("name"))).findFirst();
    }

    @Test
    @DisplayName(
            "R-T02 R-A02 the municipal administrator creates a school; its new head's one-time"
                    + " password opens only the password change, then the head sees none of school"
                    + " 1's classes")
    void createsSchoolWithHeadAndAdmin() {
        String u = unique();
        String name = "Средняя школа № " + u;
        String headLogin = "head." + u;
        String adminLogin = "admin." + u;

        var created =
                post(
                        as(MUNICIPAL_ADMIN),
                        body(
                                name,
                                "СШ " + u,
                                headLogin,
                                "Петрова Анна Сергеевна",
                                adminLogin,
                                "Сидоров Олег"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject school = created.object();
        assertThat(school.getJsonNumber("schoolId").longValue()).isPositive();
        assertThat(school.getString("name")).isEqualTo(name);
        assertThat(school.getString("headLogin")).isEqualTo(headLogin);
        assertThat(school.getString("adminLogin")).isEqualTo(adminLogin);
        String headPassword = school.getString("headPassword");
        String adminPassword = school.getString("adminPassword");
        assertThat(headPassword).hasSizeGreaterThanOrEqualTo(12).matches("[A-Za-z2-9]+");
        assertThat(adminPassword)
                .hasSizeGreaterThanOrEqualTo(12)
                .matches("[A-Za-z2-9]+")
                .isNotEqualTo(headPassword);

        assertThat(ApiClient.as(base.toString(), headLogin, headPassword).get("/classes").status())
                .as("a one-time password opens only the password change")
                .isEqualTo(403);
        ApiClient head = ApiClient.firstSignIn(base.toString(), headLogin, headPassword);
        var headClasses = head.get("/classes");
        assertThat(headClasses.status()).as(headClasses.toString()).isEqualTo(200);
        assertThat(headClasses.array()).isEmpty();
        var school1Classes = as(SCHOOL1_HEAD).get("/classes");
        assertThat(school1Classes.status()).isEqualTo(200);
        assertThat(school1Classes.array()).isNotEmpty();
        for (JsonObject c : school1Classes.array().getValuesAs(JsonObject.class)) {
            assertThat(headClasses.body()).doesNotContain("\"id\":" + c.getJsonNumber("id") + ",");
        }
        assertThat(
                        ApiClient.firstSignIn(base.toString(), adminLogin, adminPassword)
                                .get("/classes")
                                .status())
                .isEqualTo(200);
        assertThat(ApiClient.as(base.toString(), headLogin, PASSWORD).get("/classes").status())
                .as("only the one-time password opens the new account")
                .isEqualTo(401);

        JsonObject count = school(counts(), name).orElseThrow();
        assertThat(count.getJsonNumber("pupils").longValue()).isZero();
        assertThat(count.getJsonNumber("classes").longValue()).isZero();
        assertThat(count.getJsonNumber("staff").longValue()).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-T02 a school with a short name already in use is refused with 409 and a message")
    void duplicateShortNameRefused() {
        String u = unique();
        String shortName = "Гимназия " + u;
        assertThat(
                        post(
                                        as(MUNICIPAL_ADMIN),
                                        body(
                                                "Гимназия № " + u,
                                                shortName,
                                                "h1." + u,
                                                "Иванов Иван",
                                                "a1." + u,
                                                "Иванова Ирина"))
                                .status())
                .isEqualTo(201);
        int before = counts().size();

        var refused =
                post(
                        as(MUNICIPAL_ADMIN),
                        body(
                                "Другая гимназия " + u,
                                shortName,
                                "h2." + u,
                                "Петров Пётр",
                                "a2." + u,
                                "Петрова Полина"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getString("detail")).contains(shortName, "уже есть");
        assertThat(counts()).hasSize(before);
        assertThat(ApiClient.as(base.toString(), "h2." + u, "x").get("/classes").status())
                .isEqualTo(401);
    }

    @Test
    @DisplayName(
            "R-T02 a taken login is refused with 409 naming it, and nothing of the school is"
                    + " created")
    void takenLoginRefusedAndNothingCreated() {
        String u = unique();
        String name = "Лицей " + u;
        int before = counts().size();

        var refused =
                post(
                        as(MUNICIPAL_ADMIN),
                        body(
                                name,
                                "Лицей " + u,
                                "head." + u,
                                "Кузнецов Кирилл",
                                SCHOOL1_HEAD,
                                "Кузнецова Ксения"));
        var refusedInEnglish =
                post(
                        as(MUNICIPAL_ADMIN).inLanguage("en"),
                        body(
                                name,
                                "Лицей " + u,
                                SCHOOL1_HEAD,
                                "Кузнецов Кирилл",
                                "admin." + u,
                                "Кузнецова Ксения"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.object().getString("detail")).contains("«" + SCHOOL1_HEAD + "»");
        assertThat(refusedInEnglish.status()).isEqualTo(409);
        assertThat(refusedInEnglish.object().getString("detail"))
                .contains("\"" + SCHOOL1_HEAD + "\"", "already taken");
        List<JsonObject> after = counts();
        assertThat(after).hasSize(before);
        assertThat(school(after, name)).isEmpty();
        assertThat(as(SCHOOL1_HEAD).get("/classes").status())
                .as("the existing account is untouched")
                .isEqualTo(200);
        // the head's login of the refused attempt was not created either: it is still free
        var retry =
                post(
                        as(MUNICIPAL_ADMIN),
                        body(
                                name,
                                "Лицей " + u,
                                "head." + u,
                                "Кузнецов Кирилл",
                                "admin." + u,
                                "Кузнецова Ксения"));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("R-T02 the head and the administrator with the same login are refused with 400")
    void sameLoginRefused() {
        String u = unique();
        var refused =
                post(
                        as(MUNICIPAL_ADMIN),
                        body(
                                "Школа " + u,
                                "Ш " + u,
                                "one." + u,
                                "Орлов Олег",
                                "one." + u,
                                "Орлова Ольга"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("one." + u);
    }

    @Test
    @DisplayName(
            "R-T02 R-A03 a school administrator is not the municipality: 403 for creating and"
                    + " for the counts")
    void schoolAdminRefused() {
        String u = unique();
        int before = counts().size();

        var create =
                post(
                        as(Demo.SCHOOL_ADMIN),
                        body(
                                "Школа " + u,
                                "Ш " + u,
                                "h." + u,
                                "Смирнов Сергей",
                                "a." + u,
                                "Смирнова Светлана"));
        var list = as(Demo.SCHOOL_ADMIN).get("/municipality/schools");

        assertThat(create.status()).as(create.toString()).isEqualTo(403);
        assertThat(list.status()).isEqualTo(403);
        assertThat(counts()).hasSize(before);
    }

    @Test
    @DisplayName(
            "R-T02 the municipality's counts list every school with numbers and no pupil's name")
    void countsWithoutPersonalData() {
        ApiClient teacher = as(Demo.TEACHER);
        var cell = Demo.markableCell(teacher, Demo.firstChild(as(Demo.PARENT)));
        List<String> pupilNames =
                teacher
                        .get("/journals/" + cell.assignmentId())
                        .object()
                        .getJsonArray("pupils")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(p -> p.getString("name"))
                        .toList();
        assertThat(pupilNames).isNotEmpty();

        var reply = as(MUNICIPAL_ADMIN).get("/municipality/schools");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.array()).hasSizeGreaterThanOrEqualTo(2);
        for (String pupil : pupilNames) {
            assertThat(reply.body()).doesNotContain(pupil);
            assertThat(reply.body()).doesNotContain(pupil.split(" ")[0]);
        }
        for (JsonObject school : reply.array().getValuesAs(JsonObject.class)) {
            assertThat(school.keySet())
                    .containsExactlyInAnyOrder("schoolId", "name", "classes", "pupils", "staff");
        }
    }
}
