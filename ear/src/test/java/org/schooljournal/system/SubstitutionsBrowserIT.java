package org.schooljournal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.system.SubstitutionsPage.Lesson;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/**
 * The deputy head's substitutions screen (R-J06) and the teacher's messages to parents (R-J13) on
 * the EAR. Works on a past lesson of a 6 «А» journal and on s1.teacher3's first journal, which no
 * other browser test changes (they use s1.teacher1's journal and 5 «А»/5 «Б»).
 */
class SubstitutionsBrowserIT extends BrowserTest {
    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    /** The second-to-last past lesson of the school's first 6 «А» journal (any other class). */
    private static Lesson pastLessonOfSixthClass() {
        ApiClient deputy = ApiClient.as(BASE, "s1.deputy", Demo.PASSWORD);
        JsonObject journal =
                deputy.get("/journals").array().getValuesAs(JsonObject.class).stream()
                        .filter(j -> j.getString("classTitle").equals("6 «А»"))
                        .findFirst()
                        .orElseThrow();
        LocalDate today = LocalDate.now();
        YearMonth month = YearMonth.now();
        for (int back = 0; back < 4; back++, month = month.minusMonths(1)) {
            List<JsonObject> past =
                    deputy
                            .get("/journals/" + id(journal, "assignmentId") + "?month=" + month)
                            .object()
                            .getJsonArray("lessons")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(l -> LocalDate.parse(l.getString("date")).isBefore(today))
                            .toList();
            if (past.size() >= 2) {
                JsonObject lesson = past.get(past.size() - 2);
                return new Lesson(
                        LocalDate.parse(lesson.getString("date")),
                        lesson.getInt("number"),
                        journal.getString("classTitle"),
                        journal.getString("subject"));
            }
        }
        throw new AssertionError("6 «А» has no past lessons");
    }

    @Test
    @DisplayName(
            "R-J06 the deputy records a substitute for a past lesson of 6 «А»: the day's list shows «замена» with the substitute's name, kept on reload, and gives the lesson back")
    void substitute() throws Exception {
        Lesson lesson = pastLessonOfSixthClass();
        signIn("s1.deputy", Demo.PASSWORD);
        SubstitutionsPage day = new SubstitutionsPage(this).showDay(lesson.date());
        String own = day.teacherOf(lesson);

        day.open(lesson);
        List<String> labels = day.substitutes();
        String substitute =
                labels.stream()
                        .filter(
                                label ->
                                        label != null
                                                && !label.startsWith("—")
                                                && !label.equals(own))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("substitutes " + labels + ", own " + own));
        day.chooseSubstitute(substitute);
        day.saveSubstitute();
        screenshot("substitutions-01-substitute");

        assertThat(day.messages()).contains("Замена сохранена");
        assertThat(day.row(lesson).getText()).contains("замена: " + substitute);

        day.showDay(lesson.date());
        assertThat(day.row(lesson).getText()).contains("замена: " + substitute);

        day.open(lesson);
        day.chooseSubstitute("— свой учитель —");
        day.saveSubstitute();
        screenshot("substitutions-02-given-back");
        assertThat(day.row(lesson).getText()).doesNotContain("замена").contains(own);
    }

    /** A parent login of one of the journal's pupils: sN.parentK is the parent of sN.pupilK. */
    record Family(long pupilId, String parentLogin) {}

    private static Family familyOf(Set<Long> pupils) {
        long first = Demo.firstChild(ApiClient.as(BASE, Demo.PARENT, Demo.PASSWORD));
        // pupils are stored in the demo's order, so a pupil's number is usually its id's offset
        for (long pupil : pupils.stream().sorted().limit(5).toList()) {
            long k = pupil - first + 1;
            if (k > 0 && childOf("s1.parent" + k) == pupil) {
                return new Family(pupil, "s1.parent" + k);
            }
        }
        for (int k = 1; k <= 1000; k++) {
            long child = childOf("s1.parent" + k);
            if (pupils.contains(child)) {
                return new Family(child, "s1.parent" + k);
            }
        }
        throw new AssertionError("no parent of the journal's pupils found");
    }

    private static long childOf(String parent) {
        var reply = ApiClient.as(BASE, parent, Demo.PASSWORD).get("/diary/children");
        if (reply.status() != 200 || reply.array().isEmpty()) {
            return -1;
        }
        return reply.array().getJsonObject(0).getJsonNumber("pupilId").longValue();
    }

    @Test
    @DisplayName(
            "R-J13 a teacher sends a recommendation about a pupil from the journal's message form; the pupil's parent reads it in the diary")
    void recommendationReachesTheParent() throws Exception {
        ApiClient teacher = ApiClient.as(BASE, "s1.teacher3", Demo.PASSWORD);
        long journal = id(teacher.get("/journals").array().getJsonObject(0), "assignmentId");
        Set<Long> pupils =
                teacher
                        .get("/journals/" + journal + "?month=" + YearMonth.now())
                        .object()
                        .getJsonArray("pupils")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(p -> id(p, "id"))
                        .collect(Collectors.toSet());
        Family family = familyOf(pupils);
        String text = "Повторить правила перед контрольной работой (" + System.nanoTime() + ")";

        signIn("s1.teacher3", Demo.PASSWORD);
        ParentMessagesPage form = new ParentMessagesPage(this).open(journal);
        form.sendRecommendation(family.pupilId(), text);
        screenshot("messages-01-sent");
        assertThat(form.messages()).contains("Сообщение отправлено");
        assertThat(form.sent()).contains(text, "Рекомендация");
        signOut();

        signIn(family.parentLogin(), Demo.PASSWORD);
        DiaryPage diary = new DiaryPage(this).open();
        screenshot("messages-02-diary");
        String messages = diary.messages();
        assertThat(messages).contains(text, "Рекомендация");
    }
}
