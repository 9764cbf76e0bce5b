package org.schooljournal.school.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

class StaffRolesTest {
    @Test
    @DisplayName("R-A01 a member of staff may hold several of the school's staff roles")
    void severalRoles() {
        assertThat(StaffRoles.assignable(List.of(" Teacher", "deputy_head", "teacher")))
                .containsExactlyInAnyOrder(Role.TEACHER, Role.DEPUTY_HEAD);
        assertThat(StaffRoles.assignable(List.of())).isEmpty();
        assertThat(StaffRoles.ASSIGNABLE)
                .containsExactly(
                        Role.HEAD,
                        Role.DEPUTY_HEAD,
                        Role.TEACHER,
                        Role.CLASS_TEACHER,
                        Role.SCHOOL_ADMIN);
    }

    @Test
    @DisplayName(
            "R-A01 roles a school cannot give its staff (parent, pupil, municipal admin, unknown) are refused, naming each")
    void othersRefused() {
        assertThatThrownBy(
                        () ->
                                StaffRoles.assignable(
                                        List.of("teacher", "parent", "municipal_admin", "boss")))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
                            assertThat(e.key()).isEqualTo("staff.roles.unknown");
                            assertThat((String) e.args()[0])
                                    .contains("parent", "municipal_admin", "boss")
                                    .doesNotContain("teacher");
                            assertThat(Messages.text(e, Messages.RUSSIAN)).contains("parent");
                        });
        assertThatThrownBy(() -> StaffRoles.assignable(Arrays.asList("teacher", null)))
                .isInstanceOf(JournalException.class);
    }

    @Test
    @DisplayName("R-S04 the school's last head keeps the head role; the last admin the admin role")
    void lastHeadAndAdminKept() {
        Set<String> headAndTeacher = Set.of(Role.HEAD, Role.TEACHER);
        assertThatThrownBy(
                        () ->
                                StaffRoles.requireKept(
                                        headAndTeacher,
                                        Set.of(Role.TEACHER),
                                        Map.of(Role.HEAD, 1L, Role.SCHOOL_ADMIN, 1L)))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.CONFLICT);
                            assertThat(e.key()).isEqualTo("staff.lastRole");
                            assertThat(e.args()).contains(Role.HEAD);
                            assertThat(Messages.text(e, Messages.RUSSIAN))
                                    .contains("head", "директор");
                            assertThat(Messages.text(e, java.util.Locale.ENGLISH)).contains("head");
                        });
        assertThatThrownBy(
                        () ->
                                StaffRoles.requireKept(
                                        Set.of(Role.SCHOOL_ADMIN),
                                        Set.of(),
                                        Map.of(Role.HEAD, 3L, Role.SCHOOL_ADMIN, 1L)))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.args()).contains(Role.SCHOOL_ADMIN);
                            assertThat(Messages.text(e, Messages.RUSSIAN))
                                    .contains("администратор");
                        });
    }

    @Test
    @DisplayName(
            "R-S04 a head's role may go when another head remains; roles the member does not hold are no concern")
    void otherHolderRemains() {
        assertThatCode(
                        () ->
                                StaffRoles.requireKept(
                                        Set.of(Role.HEAD),
                                        Set.of(Role.TEACHER),
                                        Map.of(Role.HEAD, 2L, Role.SCHOOL_ADMIN, 1L)))
                .doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                StaffRoles.requireKept(
                                        Set.of(Role.TEACHER),
                                        Set.of(),
                                        Map.of(Role.HEAD, 1L, Role.SCHOOL_ADMIN, 1L)))
                .doesNotThrowAnyException();
        assertThatCode(
                        () ->
                                StaffRoles.requireKept(
                                        Set.of(Role.HEAD, Role.SCHOOL_ADMIN),
                                        Set.of(Role.HEAD, Role.SCHOOL_ADMIN, Role.TEACHER),
                                        Map.of(Role.HEAD, 1L, Role.SCHOOL_ADMIN, 1L)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("R-S04 a change of roles adds and removes exactly the difference")
    void difference() {
        Set<String> current = Set.of(Role.TEACHER, Role.CLASS_TEACHER);
        Set<String> wanted = Set.of(Role.TEACHER, Role.DEPUTY_HEAD);

        assertThat(StaffRoles.added(current, wanted)).containsExactly(Role.DEPUTY_HEAD);
        assertThat(StaffRoles.removed(current, wanted)).containsExactly(Role.CLASS_TEACHER);
    }
}
