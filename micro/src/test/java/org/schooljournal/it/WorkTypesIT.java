package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.WorkTypeSetting;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * The school's work types and their weights (R-J02, R-J07) on Payara Micro with PostgreSQL, through
 * the API, in a school of the test's own (Fixtures): whatever else runs, its settings start at the
 * defaults. The deputy head weighs a control work double and switches dictations off; broken
 * weights change nothing; a teacher only reads; the demo's school 1 keeps its defaults.
 */
class WorkTypesIT {
    private static final List<String> ALL =
            List.of("ANSWER", "TEST", "CONTROL_WORK", "WRITTEN_WORK", "DICTATION", "HOMEWORK");

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    /** The work types as the API lists them, by name, in the order listed. */
    private static Map<String, JsonObject> settings(ApiClient who) {
        ApiClient.Reply reply = who.get("/work-types");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class).stream()
                .collect(
                        Collectors.toMap(
                                s -> s.getString("workType"),
                                Function.identity(),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new));
    }

    private static BigDecimal weight(JsonObject setting) {
        return setting.getJsonNumber("weight").bigDecimalValue();
    }

    private static void assertDefaults(Map<String, JsonObject> settings) {
        assertThat(settings.keySet()).containsExactlyElementsOf(ALL);
        settings.values()
                .forEach(
                        s -> {
                            assertThat(s.getBoolean("used")).as(s.toString()).isTrue();
                            assertThat(weight(s)).as(s.toString()).isEqualByComparingTo("1");
                        });
    }

    private static WorkTypeSetting setting(String workType, boolean used, String weight) {
        return new WorkTypeSetting(workType, used, new BigDecimal(weight));
    }

    @Test
    @DisplayName(
            "R-J02 R-J07 work types used by the school and their weights: equal by default, the deputy weighs a control work double and switches dictations off; weights outside 0.1–10 change nothing; a teacher cannot change them; another school keeps its own")
    void workTypesAndWeights() {
        Fixtures.School school = Fixtures.school(base.toString(), "WorkTypesIT");
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        ApiClient teacher = school.staff("Учителева", "teacher");

        Map<String, JsonObject> defaults = settings(deputy);
        assertDefaults(defaults);
        assertThat(defaults.get("ANSWER").getString("code")).isEmpty();
        assertThat(defaults.get("CONTROL_WORK").getString("code")).isEqualTo("к");
        var saved =
                deputy.put(
                        "/work-types",
                        List.of(
                                setting("CONTROL_WORK", true, "2"),
                                setting("DICTATION", false, "1")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Map<String, JsonObject> changed = settings(deputy);
        assertChanged(changed);
        // the teacher reads the school's settings (the weights are visible to teachers)
        assertChanged(settings(teacher));

        // a weight of 0 or 11 is refused and nothing of the request is stored
        for (String broken : new String[] {"0", "11"}) {
            var refused =
                    deputy.put(
                            "/work-types",
                            List.of(
                                    setting("TEST", true, "3"),
                                    setting("CONTROL_WORK", true, broken)));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.object().getString("detail")).contains("0,1", "10");
            assertChanged(settings(deputy));
        }
        // the answer in class stays used
        var answerOff = deputy.put("/work-types", List.of(setting("ANSWER", false, "1")));
        assertThat(answerOff.status()).as(answerOff.toString()).isEqualTo(400);

        // only the head and the deputy head change them
        var teacherPut = teacher.put("/work-types", List.of(setting("CONTROL_WORK", true, "5")));
        assertThat(teacherPut.status()).as(teacherPut.toString()).isEqualTo(403);
        assertChanged(settings(deputy));

        // the demo's school 1 does not see this school's settings: it has its own defaults
        assertDefaults(settings(as("s1.deputy")));
    }

    /** CONTROL_WORK weighs 2, DICTATION is switched off, everything else is as by default. */
    private static void assertChanged(Map<String, JsonObject> settings) {
        assertThat(settings.keySet()).containsExactlyElementsOf(ALL);
        assertThat(weight(settings.get("CONTROL_WORK"))).isEqualByComparingTo("2");
        assertThat(settings.get("CONTROL_WORK").getBoolean("used")).isTrue();
        assertThat(settings.get("DICTATION").getBoolean("used")).isFalse();
        for (String other : List.of("ANSWER", "TEST", "WRITTEN_WORK", "HOMEWORK")) {
            assertThat(settings.get(other).getBoolean("used")).as(other).isTrue();
            assertThat(weight(settings.get(other))).as(other).isEqualByComparingTo("1");
        }
    }
}
