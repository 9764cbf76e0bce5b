package org.schooljournal.school.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.control.LoadPlan.Assignment;
import org.schooljournal.school.control.LoadPlan.ClassSubject;
import org.schooljournal.school.control.LoadPlan.Line;
import org.schooljournal.school.control.LoadPlan.SchoolClassRef;
import org.schooljournal.school.control.LoadPlan.TeacherLoad;

class LoadPlanTest {
    private static final long MATHS = 1;
    private static final long RUSSIAN = 2;
    private static final long CHEMISTRY = 3;
    private static final long IVANOVA = 10;
    private static final long PETROV = 11;

    private static final SchoolClassRef FIFTH_A = new SchoolClassRef(100, "5 «А»", 5);
    private static final SchoolClassRef FIFTH_B = new SchoolClassRef(101, "5 «Б»", 5);
    private static final SchoolClassRef NINTH_A = new SchoolClassRef(102, "9 «А»", 9);

    private static final List<Line> PLAN =
            List.of(
                    new Line(5, MATHS, "Математика", hours("5")),
                    new Line(5, RUSSIAN, "Русский язык", hours("4.5")));

    private static BigDecimal hours(String h) {
        return new BigDecimal(h);
    }

    private static Assignment assignment(
            long id, long teacher, SchoolClassRef c, long subject, String name, String h) {
        return new Assignment(
                id,
                teacher,
                teacher == IVANOVA ? "Иванова М. П." : "Петров И. С.",
                c.classId(),
                subject,
                name,
                h == null ? null : hours(h));
    }

    private static ClassSubject cell(LoadPlan plan, SchoolClassRef c, String subject) {
        return plan.classSubjects().stream()
                .filter(s -> s.classId() == c.classId() && s.subjectName().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + c.title() + " " + subject));
    }

    @Test
    @DisplayName(
            "R-S08 each teacher's load is the sum of the hours of its assignments; an assignment without hours counts 0 and is counted as unset")
    void teacherTotals() {
        LoadPlan plan =
                LoadPlan.of(
                        PLAN,
                        List.of(FIFTH_A, FIFTH_B),
                        List.of(
                                assignment(1, IVANOVA, FIFTH_A, MATHS, "Математика", "5"),
                                assignment(2, IVANOVA, FIFTH_B, MATHS, "Математика", "4.5"),
                                assignment(3, PETROV, FIFTH_A, RUSSIAN, "Русский язык", null),
                                assignment(4, IVANOVA, FIFTH_B, RUSSIAN, "Русский язык", null)));

        assertThat(plan.teachers())
                .extracting(TeacherLoad::teacherName)
                .containsExactly("Иванова М. П.", "Петров И. С.");
        TeacherLoad ivanova = plan.teachers().get(0);
        assertThat(ivanova.hours()).isEqualByComparingTo("9.5");
        assertThat(ivanova.assignments()).isEqualTo(3);
        assertThat(ivanova.unset()).isEqualTo(1);
        TeacherLoad petrov = plan.teachers().get(1);
        assertThat(petrov.hours()).isEqualByComparingTo("0");
        assertThat(petrov.unset()).isEqualTo(1);
        assertThat(plan.violations()).isEmpty();
    }

    @Test
    @DisplayName(
            "R-S08 per class and subject: planned against assigned hours, the unassigned rest, planned subjects without any assignment included")
    void unassigned() {
        LoadPlan plan =
                LoadPlan.of(
                        PLAN,
                        List.of(FIFTH_B, FIFTH_A),
                        List.of(assignment(1, IVANOVA, FIFTH_A, MATHS, "Математика", "3")));

        assertThat(plan.classSubjects())
                .extracting(c -> c.classTitle() + " " + c.subjectName())
                .containsExactly(
                        "5 «А» Математика",
                        "5 «А» Русский язык",
                        "5 «Б» Математика",
                        "5 «Б» Русский язык");
        ClassSubject maths = cell(plan, FIFTH_A, "Математика");
        assertThat(maths.planned()).isEqualByComparingTo("5");
        assertThat(maths.assigned()).isEqualByComparingTo("3");
        assertThat(maths.unassigned()).isEqualByComparingTo("2");
        assertThat(maths.over()).isFalse();
        ClassSubject russian = cell(plan, FIFTH_B, "Русский язык");
        assertThat(russian.assigned()).isEqualByComparingTo("0");
        assertThat(russian.unassigned()).isEqualByComparingTo("4.5");
    }

    @Test
    @DisplayName(
            "R-S08 more hours assigned than the curriculum has is a violation naming the class, the subject and both hours; nothing is unassigned then")
    void overAssignment() {
        LoadPlan plan =
                LoadPlan.of(
                        PLAN,
                        List.of(FIFTH_A),
                        List.of(assignment(1, IVANOVA, FIFTH_A, MATHS, "Математика", "6")));

        ClassSubject maths = cell(plan, FIFTH_A, "Математика");
        assertThat(maths.over()).isTrue();
        assertThat(maths.unassigned()).isEqualByComparingTo("0");
        assertThat(plan.violations()).hasSize(1);
        LoadPlan.Violation violation = plan.violations().get(0);
        assertThat(violation.key()).isEqualTo(LoadPlan.OVER);
        String ru = Messages.text(Messages.RUSSIAN, violation.key(), violation.args().toArray());
        assertThat(ru).contains("5 «А»", "Математика", "6", "5");
        String en = Messages.text(Locale.ENGLISH, violation.key(), violation.args().toArray());
        assertThat(en).contains("5 «А»", "Математика", "6 h", "5 h");
    }

    @Test
    @DisplayName(
            "R-S08 a subject assigned to a class whose grade's curriculum lacks it is a violation; a grade without a curriculum is not checked")
    void subjectNotInPlan() {
        LoadPlan plan =
                LoadPlan.of(
                        PLAN,
                        List.of(FIFTH_A, NINTH_A),
                        List.of(
                                assignment(1, PETROV, FIFTH_A, CHEMISTRY, "Химия", "2"),
                                assignment(2, PETROV, NINTH_A, CHEMISTRY, "Химия", "2")));

        ClassSubject chemistry = cell(plan, FIFTH_A, "Химия");
        assertThat(chemistry.planned()).isNull();
        assertThat(chemistry.outsidePlan()).isTrue();
        assertThat(chemistry.assigned()).isEqualByComparingTo("2");
        assertThat(chemistry.unassigned()).isEqualByComparingTo("0");
        assertThat(cell(plan, NINTH_A, "Химия").outsidePlan()).isFalse();
        assertThat(plan.violations())
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.key()).isEqualTo(LoadPlan.NOT_IN_PLAN);
                            assertThat(Messages.text(Messages.RUSSIAN, v.key(), v.args().toArray()))
                                    .contains("5 «А»", "Химия", "5-х классов");
                        });
        assertThat(plan.teachers().get(0).hours()).isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("R-S08 the planned hours of a grade and subject, or none outside the plan")
    void planned() {
        assertThat(LoadPlan.planned(PLAN, 5, RUSSIAN)).isEqualByComparingTo("4.5");
        assertThat(LoadPlan.planned(PLAN, 6, RUSSIAN)).isNull();
        assertThat(LoadPlan.planned(PLAN, 5, CHEMISTRY)).isNull();
    }

    @Test
    @DisplayName(
            "R-S06 R-S08 groups of a split class are taught in parallel: the class gets its whole-class hours plus its largest group's, each teacher all of its own")
    void splitClassHours() {
        Assignment group1 =
                new Assignment(
                        40, IVANOVA, "Иванова М. П.", 100L, MATHS, "Математика", hours("3"), 7L);
        Assignment group2 =
                new Assignment(
                        41, PETROV, "Петров И. С.", 100L, MATHS, "Математика", hours("2"), 8L);
        Assignment whole = assignment(42, PETROV, FIFTH_A, MATHS, "Математика", "2");
        Assignment stream =
                new Assignment(
                        43, PETROV, "Петров И. С.", null, MATHS, "Математика", hours("1"), 9L);

        LoadPlan plan = LoadPlan.of(PLAN, List.of(FIFTH_A), List.of(group1, group2, whole, stream));

        assertThat(LoadPlan.covered(List.of(group1, group2, whole))).isEqualByComparingTo("5");
        assertThat(cell(plan, FIFTH_A, "Математика").assigned()).isEqualByComparingTo("5");
        assertThat(cell(plan, FIFTH_A, "Математика").over()).isFalse();
        assertThat(plan.teachers())
                .extracting(TeacherLoad::hours)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(hours("3"), hours("5"));
    }

    @Test
    @DisplayName(
            "R-S08 an assignment is never given more hours than the curriculum has: refused naming class, subject, plan, request and what others have")
    void overAssignmentRefused() {
        Assignment petrov = assignment(50, PETROV, FIFTH_A, MATHS, "Математика", "3");
        Assignment ivanova = assignment(51, IVANOVA, FIFTH_A, MATHS, "Математика", null);
        List<Assignment> all = List.of(petrov, ivanova);

        assertThatThrownBy(
                        () ->
                                LoadPlan.checkHours(
                                        PLAN, FIFTH_A, ivanova.withHours(hours("2.5")), all))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.CONFLICT);
                            assertThat(e.key()).isEqualTo("load.exceeds");
                            assertThat(e.args())
                                    .containsExactly(
                                            "5 «А»",
                                            "Математика",
                                            hours("5"),
                                            hours("2.5"),
                                            5,
                                            hours("3"));
                        });
        // exactly the curriculum's hours are fine, and the changed one's old hours do not count
        LoadPlan.checkHours(PLAN, FIFTH_A, ivanova.withHours(hours("2")), all);
        LoadPlan.checkHours(PLAN, FIFTH_A, petrov.withHours(hours("5")), all);
    }

    @Test
    @DisplayName(
            "R-S06 R-S08 a parallel group, a stream, a subject outside the plan and cleared hours are not refused")
    void notRefused() {
        Assignment group1 =
                new Assignment(
                        60, IVANOVA, "Иванова М. П.", 100L, MATHS, "Математика", hours("5"), 7L);
        Assignment group2 =
                new Assignment(
                        61, PETROV, "Петров И. С.", 100L, MATHS, "Математика", hours("5"), 8L);
        Assignment stream =
                new Assignment(
                        62, PETROV, "Петров И. С.", null, MATHS, "Математика", hours("9"), 9L);
        Assignment chemistry = assignment(63, PETROV, FIFTH_A, CHEMISTRY, "Химия", "9");

        LoadPlan.checkHours(PLAN, FIFTH_A, group2, List.of(group1, group2));
        LoadPlan.checkHours(PLAN, FIFTH_A, stream, List.of(group1, stream));
        LoadPlan.checkHours(PLAN, FIFTH_A, chemistry, List.of(chemistry));
        LoadPlan.checkHours(
                PLAN, FIFTH_A, group1.withHours(null), List.of(group1.withHours(hours("40"))));
        assertThatThrownBy(
                        () ->
                                LoadPlan.checkHours(
                                        PLAN,
                                        FIFTH_A,
                                        group2.withHours(hours("5.5")),
                                        List.of(group1, group2)))
                .isInstanceOf(JournalException.class);
    }
}
