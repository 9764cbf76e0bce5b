package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.NewClass;
import org.schooljournal.testing.Bodies.NewStaff;
import org.schooljournal.testing.Bodies.Roles;
import org.schooljournal.testing.Bodies.Room;
import org.schooljournal.testing.Bodies.StaffChoice;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Rooms, staff with their roles and classes with their homeroom teachers on Payara Micro with
 * PostgreSQL, through the API: School 1's administrator adds staff with one-time passwords, its
 * deputy head sets up rooms and classes, a teacher cannot add staff, and another school's deputy
 * sees and changes none of it. The database is shared by the test classes, so every name and login
 * made here is unique to the run.
 */
class StaffAndClassesIT {
    /** A short suffix unique to the run (room names have at most 20 characters). */
    private static final String RUN = Long.toString(System.nanoTime() % 2_000_000_000L, 36);

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return as(login, Demo.PASSWORD);
    }

    private ApiClient as(String login, String password) {
        return ApiClient.as(base.toString(), login, password);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** JSON-B leaves null fields out, so a missing field is null too. */
    private static boolean isNull(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    private static List<JsonObject> staff(ApiClient who) {
        return who.get("/staff").array().getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> staffWithLogin(ApiClient who, String login) {
        return staff(who).stream()
                .filter(s -> !isNull(s, "login") && s.getString("login").equals(login))
                .findFirst();
    }

    private static List<String> roles(JsonObject staff) {
        return staff.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static Optional<JsonObject> schoolClass(ApiClient who, String title) {
        return who.get("/classes").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(title))
                .findFirst();
    }

    private static NewStaff newStaff(String lastName, String login, String... roles) {
        return new NewStaff(lastName, "Анна", "Сергеевна", "учитель", login, List.of(roles));
    }

    @Test
    @DisplayName(
            "R-S04 a room is added once: the same name in another case is refused naming it; an unused room is removed")
    void rooms() {
        ApiClient deputy = as("s1.deputy");
        String name = "К-" + RUN;

        var added = deputy.post("/rooms", new Room(name, 2, null, 30));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getString("name")).isEqualTo(name);
        assertThat(added.object().getInt("capacity")).isEqualTo(30);
        long roomId = id(added.object());

        var duplicate = deputy.post("/rooms", new Room(" к-" + RUN + " ", null, null, null));

        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.object().getString("detail")).contains(name);
        assertThat(deputy.get("/rooms").array().getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getString("name").equalsIgnoreCase(name))
                .hasSize(1);
        assertThat(as("s2.deputy").delete("/rooms/" + roomId).status()).isEqualTo(404);
        assertThat(as(Demo.TEACHER).post("/rooms", new Room("X", null, null, null)).status())
                .isEqualTo(403);

        assertThat(deputy.delete("/rooms/" + roomId).status()).isEqualTo(204);
        assertThat(deputy.get("/rooms").array().getValuesAs(JsonObject.class))
                .noneMatch(r -> id(r) == roomId);
    }

    @Test
    @DisplayName(
            "R-S04 R-A01 a member of staff is added with roles and a one-time password that opens only the password change until the holder chooses their own; a taken login and a parent role are refused naming them")
    void staffWithRoles() {
        ApiClient admin = as(Demo.SCHOOL_ADMIN);
        String login = "it.deputy." + RUN;

        var added = admin.post("/staff", newStaff("Зайцева", login, "teacher", "deputy_head"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String password = added.object().getString("password");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(added.object().getString("login")).isEqualTo(login);
        assertThat(roles(added.object().getJsonObject("staff")))
                .containsExactly("deputy_head", "teacher");
        assertThat(added.body()).doesNotContain("passwordHash").doesNotContain("$");

        JsonObject listed = staffWithLogin(admin, login).orElseThrow();
        assertThat(listed.getString("position")).isEqualTo("учитель");
        assertThat(listed.getString("shortName")).isEqualTo("Зайцева А. С.");
        assertThat(roles(listed)).containsExactlyInAnyOrder("teacher", "deputy_head");
        assertThat(listed.toString()).doesNotContain(password);

        ApiClient newcomer = ApiClient.firstSignIn(base.toString(), login, password);
        var asNew = newcomer.get("/classes");
        assertThat(asNew.status()).as(asNew.toString()).isEqualTo(200);

        var taken = admin.post("/staff", newStaff("Другая", login, "teacher"));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.object().getString("detail")).contains(login);

        var parent =
                admin.post(
                        "/staff", newStaff("Родителева", "it.parent." + RUN, "teacher", "parent"));
        assertThat(parent.status()).as(parent.toString()).isEqualTo(400);
        assertThat(parent.object().getString("detail")).contains("parent");
        assertThat(staffWithLogin(admin, "it.parent." + RUN)).isEmpty();

        var changed =
                as("s1.head").put("/staff/" + id(listed) + "/roles", new Roles(List.of("teacher")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(roles(changed.object())).containsExactly("teacher");
        assertThat(newcomer.get("/staff").status()).isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-S04 R-A01 the school's last head keeps the head role: taking it away is refused naming the role")
    void lastHeadKept() {
        ApiClient admin = as(Demo.SCHOOL_ADMIN);
        JsonObject head = staffWithLogin(admin, "s1.head").orElseThrow();
        List<String> before = roles(head);
        assertThat(before).contains("head");
        assertThat(staff(admin)).filteredOn(s -> roles(s).contains("head")).hasSize(1);
        List<String> without = before.stream().filter(r -> !r.equals("head")).toList();

        var refused = admin.put("/staff/" + id(head) + "/roles", new Roles(without));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.object().getString("detail")).contains("head");
        assertThat(roles(staffWithLogin(admin, "s1.head").orElseThrow()))
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(as("s1.head").get("/staff").status()).isEqualTo(200);
    }

    @Test
    @DisplayName(
            "R-S05 R-A01 a class 7 «Б» is created once; its homeroom teacher gets the class_teacher role and loses it when no longer leading a class")
    void classWithClassTeacher() {
        ApiClient deputy = as("s1.deputy");
        if (schoolClass(deputy, "7 «Б»").isEmpty()) {
            var created = deputy.post("/classes", new NewClass(7, "Б", null));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.object().getString("title")).isEqualTo("7 «Б»");
        }
        long classId = id(schoolClass(deputy, "7 «Б»").orElseThrow());

        var duplicate = deputy.post("/classes", new NewClass(7, "Б", null));

        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.object().getString("detail")).contains("7 «Б» уже есть");
        var latin = deputy.post("/classes", new NewClass(7, "B", null));
        assertThat(latin.status()).as(latin.toString()).isEqualTo(400);

        String login = "it.homeroom." + RUN;
        var added = as(Demo.SCHOOL_ADMIN).post("/staff", newStaff("Соколова", login));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long staffId = id(added.object().getJsonObject("staff"));
        ApiClient teacher =
                ApiClient.firstSignIn(base.toString(), login, added.object().getString("password"));
        assertThat(teacher.get("/journals").status()).isIn(401, 403);

        var assigned =
                deputy.put("/classes/" + classId + "/class-teacher", new StaffChoice(staffId));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.object().getString("classTeacher")).isEqualTo("Соколова А. С.");
        assertThat(
                        schoolClass(deputy, "7 «Б»")
                                .orElseThrow()
                                .getJsonNumber("classTeacherId")
                                .longValue())
                .isEqualTo(staffId);
        assertThat(roles(staffWithLogin(deputy, login).orElseThrow()))
                .containsExactly("class_teacher");
        var journals = teacher.get("/journals");
        assertThat(journals.status()).as(journals.toString()).isEqualTo(200);

        var cleared = deputy.put("/classes/" + classId + "/class-teacher", new StaffChoice(null));

        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(isNull(cleared.object(), "classTeacher")).isTrue();
        assertThat(roles(staffWithLogin(deputy, login).orElseThrow())).isEmpty();
        assertThat(teacher.get("/journals").status()).isIn(401, 403);
    }

    @Test
    @DisplayName(
            "R-T01 R-A01 another school's deputy sees none of School 1's staff and cannot change its classes; a teacher cannot add staff")
    void otherSchoolAndTeacher() {
        ApiClient deputy = as("s1.deputy");
        long fifthA = id(schoolClass(deputy, "5 «А»").orElseThrow());
        long s1Head = id(staffWithLogin(deputy, "s1.head").orElseThrow());
        ApiClient other = as("s2.deputy");

        List<JsonObject> theirs = staff(other);

        assertThat(theirs).isNotEmpty();
        assertThat(theirs)
                .noneMatch(s -> !isNull(s, "login") && s.getString("login").startsWith("s1."))
                .noneMatch(s -> id(s) == s1Head);
        assertThat(
                        other.put("/classes/" + fifthA + "/class-teacher", new StaffChoice(null))
                                .status())
                .isEqualTo(404);
        assertThat(isNull(schoolClass(deputy, "5 «А»").orElseThrow(), "classTeacher")).isFalse();
        assertThat(as("s2.head").put("/staff/" + s1Head + "/roles", new Roles(List.of())).status())
                .isIn(403, 404);

        var byTeacher =
                as(Demo.TEACHER)
                        .post("/staff", newStaff("Непрошенная", "it.teacher." + RUN, "teacher"));

        assertThat(byTeacher.status()).as(byTeacher.toString()).isEqualTo(403);
        assertThat(as(Demo.TEACHER).get("/staff").status()).isEqualTo(403);
        assertThat(staffWithLogin(as(Demo.SCHOOL_ADMIN), "it.teacher." + RUN)).isEmpty();
        assertThat(
                        deputy.post(
                                        "/staff",
                                        newStaff("Непрошенная", "it.deputy2." + RUN, "teacher"))
                                .status())
                .isEqualTo(403);
    }
}
