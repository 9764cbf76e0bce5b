package org.schooljournal.school.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.platform.web.EditedValue;
import org.schooljournal.school.boundary.NewStaffMember;
import org.schooljournal.school.boundary.StaffMember;
import org.schooljournal.school.boundary.StaffMembers;
import org.schooljournal.school.control.StaffRoles;

/**
 * The staff screen (R-S04, R-A01): the school's staff with positions, logins and roles; the head
 * and the school administrator add staff (the one-time password is shown once, right after) and
 * change roles; the deputy head only reads.
 */
@Named("staff")
@ViewScoped
public class StaffMembersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject StaffMembers staff;

    @Inject SessionView session;

    private final List<Row> rows = new ArrayList<>();
    private String lastName;
    private String firstName;
    private String middleName;
    private String position;
    private String login;
    private List<String> roles = new ArrayList<>(List.of(Role.TEACHER));
    private NewStaffMember created;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        rows.clear();
        staff.all().forEach(s -> rows.add(new Row(s)));
    }

    /** Whether the user may add staff and change roles (head, school administrator). */
    public boolean isEditable() {
        return session.has(Role.HEAD) || session.has(Role.SCHOOL_ADMIN);
    }

    public void add() {
        created = null;
        if (blank(lastName) || blank(firstName) || blank(position) || blank(login)) {
            Messages.addGlobalError(Texts.get("staff.required"));
            return;
        }
        created =
                staff.add(
                        lastName,
                        firstName,
                        middleName,
                        position,
                        login,
                        new LinkedHashSet<>(roles));
        load();
        lastName = null;
        firstName = null;
        middleName = null;
        position = null;
        login = null;
        roles = new ArrayList<>(List.of(Role.TEACHER));
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("staff.added"), created.staff().fullName(), created.login()));
    }

    /** Saves the roles chosen in the row; on a refusal the row shows the saved ones again. */
    public void changeRoles(Row row) {
        if (row.roles.save(
                chosen ->
                        new ArrayList<>(
                                staff.changeRoles(row.id, new LinkedHashSet<>(chosen)).roles()),
                session.getLocale())) {
            Messages.addGlobalInfo(MessageFormat.format(Texts.get("staff.saved"), row.shortName));
        }
    }

    /** R-A04: dismisses the member of staff of the row (its account signs in no more). */
    public void dismiss(Row row) {
        staff.dismiss(row.id);
        load();
        Messages.addGlobalInfo(
                MessageFormat.format(Texts.get("staff.dismissedDone"), row.shortName));
    }

    /** Whether the user may reset passwords (the school administrator). */
    public boolean isResetting() {
        return session.has(Role.SCHOOL_ADMIN);
    }

    /** Forgets the one-time password shown after adding. */
    public void hidePassword() {
        created = null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<String> getAssignableRoles() {
        return StaffRoles.ASSIGNABLE;
    }

    public List<Row> getRows() {
        return rows;
    }

    public NewStaffMember getCreated() {
        return created;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    /** A member of staff in the table, with the roles being chosen and the ones saved. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long id;
        private final String fullName;
        private final String shortName;
        private final String position;
        private final String login;
        private final EditedValue<ArrayList<String>> roles;
        private final java.time.LocalDate dismissedOn;

        Row(StaffMember view) {
            this.id = view.id();
            this.fullName = view.fullName();
            this.shortName = view.shortName();
            this.position = view.position();
            this.login = view.login();
            this.roles = EditedValue.of(new ArrayList<>(view.roles()));
            this.dismissedOn = view.dismissedOn();
        }

        /** The day the person was dismissed (R-A04), or null. */
        public java.time.LocalDate getDismissedOn() {
            return dismissedOn;
        }

        public long getId() {
            return id;
        }

        public String getFullName() {
            return fullName;
        }

        public String getShortName() {
            return shortName;
        }

        public String getPosition() {
            return position;
        }

        public String getLogin() {
            return login;
        }

        public List<String> getRoles() {
            return roles.getValue();
        }

        public void setRoles(List<String> chosen) {
            roles.setValue(chosen == null ? new ArrayList<>() : new ArrayList<>(chosen));
        }
    }
}
