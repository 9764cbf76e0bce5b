package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The journal list ({@code GET /api/v1/journals}) against what the database holds, computed here in
 * plain SQL: who sees which journals (R-A03) and that journals of earlier years only stay out. The
 * list's statements are tuned for the municipality (issue 11); whatever their shape, the answer
 * must stay this one.
 */
class JournalListIT {
    /** A class teacher of the demo's first school who also teaches. */
    static final String CLASS_TEACHER = Demo.TEACHER;

    static final String HEAD = "s1.head";

    /** Journals with lessons, none since the current school year began. */
    static final String PAST_ONLY =
            "select l.assignment_id from lesson l where l.school_id = ? group by l.assignment_id"
                    + " having max(l.lesson_date) < (select max(y.starts_on) from academic_year y"
                    + " where y.school_id = ? and y.starts_on <= current_date)";

    @Test
    @DisplayName(
            "R-A03 R-J01 the journal list: a subject teacher's own journals first, then as class teacher its classes' journals of other teachers; not earlier years' only")
    void classTeachersList() throws Exception {
        long account = accountOf(CLASS_TEACHER);
        long school = schoolOf(account);
        Set<Long> pastOnly = ids(PAST_ONLY, school, school);
        Set<Long> own = own(account);
        Set<Long> ofClasses =
                ids(
                        "select t.id from teaching_assignment t join school_class c on c.id ="
                                + " t.class_id join staff s on s.id = c.class_teacher_id where"
                                + " s.account_id = ?",
                        account);
        Set<Long> substituted = substituted(account);
        ofClasses.removeAll(own);
        substituted.removeAll(own);
        substituted.removeAll(ofClasses);
        own.removeAll(pastOnly);
        ofClasses.removeAll(pastOnly);
        substituted.removeAll(pastOnly);
        assertThat(own).as("the demo teacher's own journals").isNotEmpty();
        assertThat(ofClasses).as("other teachers' journals of its class").isNotEmpty();

        List<Long> listed = listOf(CLASS_TEACHER);
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(Set.copyOf(listed.subList(0, own.size())))
                .as("own journals come first")
                .isEqualTo(own);
        assertThat(Set.copyOf(listed.subList(own.size(), own.size() + ofClasses.size())))
                .as("then its classes' journals")
                .isEqualTo(ofClasses);
        assertThat(Set.copyOf(listed.subList(own.size() + ofClasses.size(), listed.size())))
                .as("then those it substituted in this last month")
                .isEqualTo(substituted);
    }

    @Test
    @DisplayName(
            "R-A03 R-J01 the head's journal list is every journal of the school, without those of earlier years only, and no other school's")
    void headsList() throws Exception {
        long school = schoolOf(accountOf(HEAD));
        Set<Long> expected = ids("select id from teaching_assignment where school_id = ?", school);
        Set<Long> pastOnly = ids(PAST_ONLY, school, school);
        assertThat(pastOnly).as("the demo's journals of last year only").isNotEmpty();
        expected.removeAll(pastOnly);
        List<Long> listed = listOf(HEAD);
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(Set.copyOf(listed)).isEqualTo(expected);
    }

    @Test
    @DisplayName(
            "R-A03 a subject teacher who is no class teacher lists its own journals (and those it substituted in), not its colleagues'; another school's teacher none of this school's")
    void subjectTeachersList() throws Exception {
        String login = "s1.teacher5";
        long account = accountOf(login);
        long school = schoolOf(account);
        assertThat(
                        ids(
                                "select account_id from account_role where account_id = ? and"
                                        + " role = 'class_teacher'",
                                account))
                .as(login + " is no class teacher in the demo")
                .isEmpty();
        Set<Long> expected = own(account);
        expected.addAll(substituted(account));
        expected.removeAll(ids(PAST_ONLY, school, school));
        assertThat(expected).as(login + "'s journals").isNotEmpty();
        assertThat(Set.copyOf(listOf(login))).isEqualTo(expected);

        assertThat(listOf(Demo.OTHER_SCHOOL_TEACHER))
                .as("another school's teacher")
                .isNotEmpty()
                .doesNotContainAnyElementsOf(
                        ids("select id from teaching_assignment where school_id = ?", school));
    }

    /** The journals the account teaches. */
    private static Set<Long> own(long account) throws SQLException {
        return ids(
                "select t.id from teaching_assignment t join staff s on s.id = t.teacher_id"
                        + " where s.account_id = ?",
                account);
    }

    /**
     * The journals of lessons the account gave this last month; earlier test classes on the shared
     * server may have made it a substitute (R-J06).
     */
    private static Set<Long> substituted(long account) throws SQLException {
        return ids(
                "select l.assignment_id from lesson l join staff s on s.id = l.given_by where"
                        + " s.account_id = ? and l.lesson_date >= current_date - 30",
                account);
    }

    private static List<Long> listOf(String login) {
        ApiClient client = ApiClient.as(SharedServer.url().toString(), login, Demo.PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (JsonObject j : client.get("/journals").array().getValuesAs(JsonObject.class)) {
            ids.add(j.getJsonNumber("assignmentId").longValue());
        }
        return ids;
    }

    private static long accountOf(String login) throws SQLException {
        return one("select id from account where login = ?", login);
    }

    private static long schoolOf(long account) throws SQLException {
        return one("select school_id from staff where account_id = ?", account);
    }

    private static long one(String sql, Object... parameters) throws SQLException {
        Set<Long> found = ids(sql, parameters);
        assertThat(found).as(sql).hasSize(1);
        return found.iterator().next();
    }

    private static Set<Long> ids(String sql, Object... parameters) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = TestDatabase.owner();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
