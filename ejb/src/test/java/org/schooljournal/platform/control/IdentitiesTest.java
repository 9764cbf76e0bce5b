package org.schooljournal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdentitiesTest {
    /** The session stamp's three columns come first in a signed-in request's rows. */
    static final int AFTER_STAMP = 3;

    static Object[] row(Long account, Long school, String role, String zone) {
        return new Object[] {"hash", true, null, account, school, role, zone};
    }

    @Test
    @DisplayName(
            "R-A01 the caller works in its first school: that school's roles, the municipality's"
                    + " and that school's zone, from the rows of the one statement a request runs")
    void firstSchoolsRolesAndZone() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(7L, 12L, "TEACHER", "Asia/Yekaterinburg"));
        rows.add(row(7L, 5L, "TEACHER", null));
        rows.add(row(7L, 5L, "CLASS_TEACHER", null));
        rows.add(row(7L, null, "ARCHIVIST", null));

        Identities.Identity who = Identities.fromRows(rows, AFTER_STAMP);

        assertThat(who.accountId()).isEqualTo(7L);
        assertThat(who.schoolId()).isEqualTo(5L);
        assertThat(who.roles()).isEqualTo(Set.of("TEACHER", "CLASS_TEACHER", "ARCHIVIST"));
        assertThat(who.schoolZone()).isNull();
    }

    @Test
    @DisplayName("R-A01 the school's own zone comes with the caller's school")
    void zoneOfTheSchool() {
        List<Object[]> rows = List.<Object[]>of(row(7L, 12L, "TEACHER", "Asia/Yekaterinburg"));

        assertThat(Identities.fromRows(rows, AFTER_STAMP).schoolZone())
                .isEqualTo("Asia/Yekaterinburg");
    }

    @Test
    @DisplayName("R-A01 an account without any role is nobody: no caller is made of it")
    void noRoleNoIdentity() {
        List<Object[]> rows = List.<Object[]>of(row(7L, null, null, null));

        assertThat(Identities.fromRows(rows, AFTER_STAMP)).isNull();
        assertThat(Identities.fromRows(List.of(), 0)).isNull();
    }

    @Test
    @DisplayName("R-A01 a municipal role alone: no school, the municipality's roles")
    void municipalOnly() {
        List<Object[]> rows = List.<Object[]>of(row(9L, null, "ARCHIVIST", null));

        Identities.Identity who = Identities.fromRows(rows, AFTER_STAMP);

        assertThat(who.schoolId()).isNull();
        assertThat(who.roles()).containsExactly("ARCHIVIST");
    }
}
