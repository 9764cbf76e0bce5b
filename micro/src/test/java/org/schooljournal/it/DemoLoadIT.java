package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.demo.control.DemoLoadResult;
import org.schooljournal.demo.control.DemoMunicipality;
import org.schooljournal.demo.control.DemoSize;
import org.schooljournal.demo.control.DemoWriter;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.journal.entity.JournalSignature;
import org.schooljournal.testing.TestDatabase;

/**
 * The demo load on PostgreSQL (issue 8 item 4), against a database of its own migrated by Flyway:
 * it drops the tables' foreign keys and secondary indexes for the COPY and puts them back, so the
 * catalogue must read exactly as Flyway left it, the load must stay all or nothing, and the tables
 * must have statistics after it (issue 11).
 */
class DemoLoadIT {
    static final String DB = "journal_demoload";
    static final String URL = TestDatabase.url(DB);
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Moscow"));

    @TempDir Path keyDir;

    @BeforeEach
    void freshDatabase() throws Exception {
        Process reset =
                new ProcessBuilder("bash", "../config/reset-test-db.sh", DB).inheritIO().start();
        assertThat(reset.waitFor()).as("reset-test-db.sh " + DB).isZero();
        Flyway.configure()
                .dataSource(URL, "journal", "journal")
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }

    @Test
    @DisplayName(
            "Demo load with COPY: every foreign key, unique constraint and index is back exactly as Flyway created it, the rows are all there, the tables analyzed")
    void constraintsComeBackAsTheyWere() throws Exception {
        List<String> before = catalogue();
        DemoLoadResult result;
        try (Connection c = TestDatabase.owner(DB)) {
            result = writer(c).write(municipality());
        }

        assertThat(catalogue()).containsExactlyElementsOf(before);
        assertThat(before)
                .contains(
                        "constraint mark mark_lesson_id_fkey FOREIGN KEY (lesson_id) REFERENCES"
                                + " lesson(id)",
                        "constraint mark mark_uq UNIQUE (lesson_id, pupil_id, work_type)",
                        "index mark mark_pupil_ix CREATE INDEX mark_pupil_ix ON public.mark USING"
                                + " btree (pupil_id)");
        assertThat(count("mark")).isEqualTo(result.rows("mark")).isPositive();
        assertThat(count("journal_signature")).isEqualTo(result.rows("journal_signature"));
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "select distinct tablename from pg_stats where schemaname ="
                                        + " 'public' and tablename in ('lesson', 'mark',"
                                        + " 'attendance', 'period_mark') order by 1")) {
            // column statistics exist only once ANALYZE ran (an index build counts rows only)
            List<String> analyzed = new ArrayList<>();
            while (rs.next()) {
                analyzed.add(rs.getString(1));
            }
            assertThat(analyzed).containsExactly("attendance", "lesson", "mark", "period_mark");
        }
        // R-J14: every closed period of 2025/26 signed (on the signing threads), each row's
        // signature over its own assignment, period, signer, time and digest
        SigningKey key = new SigningKey(keyDir);
        int signatures = 0;
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "select assignment_id, period_id, signed_by, signed_at, digest,"
                                        + " signature, key_id from journal_signature")) {
            while (rs.next()) {
                String payload =
                        JournalSignature.payload(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(),
                                rs.getString(5));
                assertThat(key.verify(payload, rs.getString(6), rs.getString(7)))
                        .as(payload)
                        .isTrue();
                signatures++;
            }
        }
        assertThat(signatures).isEqualTo(count("journal_lock") - lockedThisYear()).isPositive();
        // the restored foreign keys hold: a mark of a lesson that does not exist is refused
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement()) {
            assertThatThrownBy(
                            () ->
                                    st.executeUpdate(
                                            "insert into mark (school_id, lesson_id, pupil_id,"
                                                    + " work_type, mark_value, entered_at,"
                                                    + " entered_by, lesson_date) select"
                                                    + " school_id, -1, id, 'ANSWER', '5', now(),"
                                                    + " 'x', current_date from pupil limit 1"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("mark_lesson_id_fkey");
        }
    }

    @Test
    @DisplayName(
            "Demo load with COPY is all or nothing: a row that breaks a constraint put back at the end rolls back every row, the constraints stay")
    void aBrokenConstraintRollsBackTheWholeLoad() throws Exception {
        List<String> before = catalogue();
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement()) {
            // a school with the short name the demo's first school will have
            String shortName = municipality().schools().findFirst().orElseThrow().shortName();
            st.executeUpdate(
                    "insert into school (name, short_name) values ('Существующая', '"
                            + shortName
                            + "')");
        }

        try (Connection c = TestDatabase.owner(DB)) {
            assertThatThrownBy(() -> writer(c).write(municipality()))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("school_short_name");
        }

        assertThat(catalogue()).containsExactlyElementsOf(before);
        assertThat(count("school")).isEqualTo(1);
        assertThat(count("account")).isZero();
        assertThat(count("mark")).isZero();
    }

    private DemoWriter writer(Connection c) {
        return new DemoWriter(
                c, "HASH", DemoWriter.DEFAULT_COMMIT_EVERY, new SigningKey(keyDir), true);
    }

    private static DemoMunicipality municipality() {
        return new DemoMunicipality(
                new DemoSize(2, 6, 5, 12), DemoMunicipality.DEFAULT_SEED, CLOCK);
    }

    /** Every constraint and index of the public schema with its definition, sorted. */
    private static List<String> catalogue() throws SQLException {
        List<String> all = new ArrayList<>();
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "select 'constraint ' || conrelid::regclass || ' ' || conname"
                                        + " || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                                        + " where connamespace = 'public'::regnamespace"
                                        + " union all select 'index ' || tablename || ' ' ||"
                                        + " indexname || ' ' || indexdef from pg_indexes where"
                                        + " schemaname = 'public' order by 1")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }

    /** Locks of the current year's periods (the demo closed its 1st period, unsigned). */
    private static long lockedThisYear() throws SQLException {
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "select count(*) from journal_lock l join study_period p on p.id ="
                                        + " l.period_id join academic_year y on y.id = p.year_id"
                                        + " where y.name = '2026/2027'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
