package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Demo;

/** The packaged EAR on Payara Server with PostgreSQL, called over HTTP like any client. */
class ApiSystemIT {
    static final String BASE = System.getProperty("journal.url", "http://localhost:8080/journal");

    private static ApiClient as(String login) {
        return ApiClient.as(BASE, login, Demo.PASSWORD);
    }

    @Test
    @DisplayName("R-J05 R-D01 on the EAR: a teacher's mark reaches the parent's diary over the API")
    void slice() {
        long child = Demo.firstChild(as(Demo.PARENT));
        var cell = Demo.markableCell(as(Demo.TEACHER), child);

        String seen =
                as(Demo.TEACHER)
                        .get("/journals/" + cell.assignmentId() + "?month=" + cell.month())
                        .object()
                        .getJsonObject("cells")
                        .getString(cell.lessonId() + ":" + child, "");
        var put =
                as(Demo.TEACHER)
                        .put(
                                "/lessons/" + cell.lessonId() + "/marks/" + child,
                                new Mark("5", "HOMEWORK", seen));
        var diary = as(Demo.PARENT).get("/diary/pupils/" + child + "/marks?from=2000-01-01");

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(diary.array().getValuesAs(jakarta.json.JsonObject.class))
                .anyMatch(
                        m ->
                                m.getJsonNumber("lessonId").longValue() == cell.lessonId()
                                        && m.getString("workType").equals("HOMEWORK"));
    }

    @Test
    @DisplayName(
            "R-T01 on the EAR: another school's pupil answers 404, another class's journal 403")
    void isolation() {
        long child = Demo.firstChild(as(Demo.PARENT));
        var cell = Demo.markableCell(as(Demo.TEACHER), child);

        assertThat(as(Demo.OTHER_SCHOOL_PARENT).get("/diary/pupils/" + child + "/marks").status())
                .isEqualTo(404);
        assertThat(
                        as(Demo.OTHER_TEACHER)
                                .put(
                                        "/lessons/" + cell.lessonId() + "/marks/" + child,
                                        new Mark("5", null, ""))
                                .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-A01 on the EAR: a service of the whole staff (Role.STAFF group) opens to a teacher, not to a parent")
    void staffGroup() {
        var teacher = as(Demo.TEACHER).get("/curriculum?grade=5");
        assertThat(teacher.status()).as(teacher.toString()).isEqualTo(200);
        assertThat(as(Demo.PARENT).get("/curriculum?grade=5").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("The API is described by OpenAPI at /openapi")
    void openApi() throws Exception {
        var response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        URI.create(BASE)
                                                                .resolve("/openapi")
                                                                .toString()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("/api/v1/lessons/{lessonId}/marks/{pupilId}", "/api/v1/diary/children");
    }
}
