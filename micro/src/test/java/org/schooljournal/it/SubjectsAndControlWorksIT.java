package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.ControlWork;
import org.schooljournal.testing.Bodies.Grading;
import org.schooljournal.testing.Bodies.Subject;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Subjects with their grading systems and the control-work schedule on Payara Micro with
 * PostgreSQL, through the API: the deputy head of School 1 sets them up, a teacher only reads, and
 * another school's deputy sees none of it.
 */
class SubjectsAndControlWorksIT {
    private static final List<String> FEDERAL =
            List.of(
                    "Русский язык",
                    "Литературное чтение",
                    "Литература",
                    "Родной язык",
                    "Иностранный язык (английский)",
                    "Математика",
                    "Алгебра",
                    "Геометрия",
                    "Вероятность и статистика",
                    "Информатика",
                    "Окружающий мир",
                    "История",
                    "Обществознание",
                    "География",
                    "Биология",
                    "Физика",
                    "Химия",
                    "Музыка",
                    "Изобразительное искусство",
                    "Труд (технология)",
                    "Физическая культура",
                    "Основы безопасности и защиты Родины",
                    "ОРКСЭ",
                    "ОДНКНР",
                    "Индивидуальный проект");

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private static ApiClient.Reply postJson(ApiClient who, String path, String json) {
        return who.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonObject> subjects(ApiClient who) {
        return who.get("/subjects").array().getValuesAs(JsonObject.class);
    }

    private static JsonObject subject(ApiClient who, String name) {
        return subjects(who).stream()
                .filter(s -> s.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no subject " + name));
    }

    /** A subject's default homework minutes; JSON-B leaves a null out. */
    private static Integer minutes(JsonObject subject) {
        return subject.containsKey("homeworkMinutes") && !subject.isNull("homeworkMinutes")
                ? subject.getInt("homeworkMinutes")
                : null;
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long classId(ApiClient who, String title) {
        return who.get("/classes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(title))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static ControlWork work(long classId, long subjectId, String date, String form) {
        return new ControlWork(
                classId, subjectId, LocalDate.parse(date), form, "Обыкновенные дроби");
    }

    @Test
    @DisplayName(
            "R-S03 the federal list (ФБУП) is added once: the second call adds nothing; an existing name is refused naming it")
    void federalListAndDuplicates() {
        ApiClient deputy = as("s1.deputy");
        Set<String> before =
                subjects(deputy).stream()
                        .map(s -> s.getString("name").toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        long missing =
                FEDERAL.stream().filter(n -> !before.contains(n.toLowerCase(Locale.ROOT))).count();

        var first = postJson(deputy, "/subjects/federal", "");
        var second = postJson(deputy, "/subjects/federal", "");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.object().getInt("added")).isEqualTo((int) missing);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.object().getInt("added")).isZero();
        List<JsonObject> after = subjects(deputy);
        assertThat(after)
                .filteredOn(s -> s.getBoolean("federal"))
                .extracting(s -> s.getString("name"))
                .containsAll(FEDERAL);
        assertThat(subject(deputy, "ОРКСЭ").getString("grading")).isEqualTo("PASS_FAIL");
        assertThat(subject(deputy, "Индивидуальный проект").getString("grading"))
                .isEqualTo("FIVE_POINT");

        var duplicate = deputy.post("/subjects", new Subject(" математика ", "NONE"));

        assertThat(duplicate.status()).as(duplicate.toString()).isIn(400, 409);
        assertThat(duplicate.object().getString("detail")).contains("Математика");
        assertThat(subjects(deputy)).hasSameSizeAs(after);
    }

    @Test
    @DisplayName(
            "R-S14 a grading that given marks would not fit is refused naming the subject, and nothing changes; a new own subject switches freely")
    void gradingChange() {
        ApiClient deputy = as("s1.deputy");
        JsonObject maths = subject(deputy, "Математика");
        assertThat(maths.getString("grading")).isEqualTo("FIVE_POINT");

        var refused = deputy.put("/subjects/" + id(maths) + "/grading", new Grading("PASS_FAIL"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.object().getString("detail")).contains("Математика");
        assertThat(subject(deputy, "Математика").getString("grading")).isEqualTo("FIVE_POINT");

        String name = "Шахматы " + System.nanoTime();
        var added = deputy.post("/subjects", new Subject(name, "NONE"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getBoolean("federal")).isFalse();
        long own = id(added.object());

        var toPassFail = deputy.put("/subjects/" + own + "/grading", new Grading("PASS_FAIL"));
        var toFive = deputy.put("/subjects/" + own + "/grading", new Grading("FIVE_POINT"));

        assertThat(toPassFail.status()).as(toPassFail.toString()).isEqualTo(200);
        assertThat(toPassFail.object().getString("grading")).isEqualTo("PASS_FAIL");
        assertThat(toFive.status()).as(toFive.toString()).isEqualTo(200);
        assertThat(subject(deputy, name).getString("grading")).isEqualTo("FIVE_POINT");

        assertThat(as(Demo.TEACHER).get("/subjects").status()).isEqualTo(200);
        assertThat(
                        as(Demo.TEACHER)
                                .put("/subjects/" + own + "/grading", new Grading("NONE"))
                                .status())
                .isEqualTo(403);
        assertThat(
                        as("s2.deputy")
                                .put("/subjects/" + own + "/grading", new Grading("NONE"))
                                .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-C01 a subject's default homework minutes are set, refused outside 1-240 and cleared; a teacher cannot, another school does not find the subject")
    void homeworkMinutes() {
        ApiClient deputy = as("s1.deputy");
        String name = "Черчение " + System.nanoTime();
        long own = id(deputy.post("/subjects", new Subject(name, "FIVE_POINT")).object());
        assertThat(minutes(subject(deputy, name))).isNull();
        String path = "/subjects/" + own + "/homework-minutes";

        var set = deputy.put(path, "{\"minutes\": 35}");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(minutes(subject(deputy, name))).isEqualTo(35);
        for (String wrong : List.of("0", "241")) {
            var refused = deputy.put(path, "{\"minutes\": " + wrong + "}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        }
        assertThat(minutes(subject(deputy, name))).isEqualTo(35);
        assertThat(as(Demo.TEACHER).put(path, "{\"minutes\": 10}").status()).isEqualTo(403);
        assertThat(as("s2.deputy").put(path, "{\"minutes\": 10}").status()).isEqualTo(404);
        // the refused calls must not have written anything on their way to the refusal
        assertThat(minutes(subject(deputy, name))).isEqualTo(35);

        var cleared = deputy.put(path, "{\"minutes\": null}");

        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(minutes(subject(deputy, name))).isNull();
    }

    @Test
    @DisplayName(
            "R-S12 a control work is scheduled on a study day only, one a day per class; another school sees none of it, a teacher cannot schedule")
    void controlWorks() {
        ApiClient deputy = as("s1.deputy");
        postJson(deputy, "/subjects/federal", "");
        long fifthA = classId(deputy, "5 «А»");
        long maths = id(subject(deputy, "Математика"));
        long chemistry = id(subject(deputy, "Химия"));
        String january = "/control-works?from=2027-01-01&to=2027-01-31&classId=" + fifthA;
        // a rerun on the same database starts from an empty 20 January
        deputy.get(january).array().getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("date").equals("2027-01-20"))
                .forEach(w -> deputy.delete("/control-works/" + id(w)));

        var saturday = deputy.post("/control-works", work(fifthA, maths, "2027-01-23", "тест"));
        var holidays = deputy.post("/control-works", work(fifthA, maths, "2027-01-05", "тест"));
        var notTaught =
                deputy.post("/control-works", work(fifthA, chemistry, "2027-01-20", "тест"));

        assertThat(saturday.status()).as(saturday.toString()).isEqualTo(400);
        assertThat(saturday.object().getString("detail"))
                .contains("5 «А»", "23.01.2027", "суббота");
        assertThat(holidays.status()).as(holidays.toString()).isEqualTo(400);
        assertThat(holidays.object().getString("detail")).contains("05.01.2027", "аникул");
        assertThat(notTaught.status()).as(notTaught.toString()).isEqualTo(400);
        assertThat(notTaught.object().getString("detail")).contains("Химия");

        var accepted =
                deputy.post(
                        "/control-works", work(fifthA, maths, "2027-01-20", "контрольная работа"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        long workId = id(accepted.object());
        assertThat(deputy.get(january).array().getValuesAs(JsonObject.class))
                .anySatisfy(
                        w -> {
                            assertThat(id(w)).isEqualTo(workId);
                            assertThat(w.getString("subject")).isEqualTo("Математика");
                            assertThat(w.getString("form")).isEqualTo("контрольная работа");
                        });
        assertThat(as(Demo.TEACHER).get(january).status()).isEqualTo(200);

        var second = deputy.post("/control-works", work(fifthA, maths, "2027-01-20", "диктант"));

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.object().getString("detail"))
                .contains("5 «А»", "Математика", "контрольная работа");

        ApiClient other = as("s2.deputy");
        assertThat(other.get("/control-works/" + workId).status()).isEqualTo(404);
        assertThat(
                        other.get("/control-works?from=2027-01-01&to=2027-01-31")
                                .array()
                                .getValuesAs(JsonObject.class))
                .noneMatch(w -> id(w) == workId);
        assertThat(other.delete("/control-works/" + workId).status()).isEqualTo(404);
        assertThat(
                        as(Demo.TEACHER)
                                .post("/control-works", work(fifthA, maths, "2027-01-21", "тест"))
                                .status())
                .isEqualTo(403);
        assertThat(deputy.get("/control-works/" + workId).status()).isEqualTo(200);

        assertThat(deputy.delete("/control-works/" + workId).status()).isEqualTo(204);
        assertThat(deputy.get("/control-works/" + workId).status()).isEqualTo(404);
    }
}
