package org.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.schooljournal.platform.entity.SchoolOwned;

/** A member of a school's staff; linked to the account it signs in with. */
@Entity
@Table(name = "staff")
@NamedQuery(
        name = "Staff.withRole",
        query =
                "select s from Staff s where s.accountId in (select r.accountId from"
                        + " AccountRole r where r.schoolId = :school and r.role = :role)"
                        + " and s.dismissedOn is null order by"
                        + " s.lastName, s.firstName, s.middleName, s.id")
@NamedQuery(
        name = "Staff.teaching",
        query =
                "select s from Staff s where s.id in (select a.teacher.id from"
                        + " TeachingAssignment a) order by s.lastName, s.firstName, s.middleName, s.id")
@NamedQuery(
        name = "Staff.ofAccount",
        query = "select s from Staff s where s.accountId = :accountId")
@NamedQuery(
        name = "Staff.all",
        query = "select s from Staff s order by s.lastName, s.firstName, s.middleName, s.id")
@NamedQuery(name = "Staff.count", query = "select count(s) from Staff s")
public class Staff extends SchoolOwned {
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    private String position;

    /** R-A04: the day the school let the person go; its past work stays, naming it. */
    @Column(name = "dismissed_on")
    private LocalDate dismissedOn;

    protected Staff() {}

    public Staff(
            Long accountId, String lastName, String firstName, String middleName, String position) {
        this.accountId = accountId;
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.position = position;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    /** "Иванова Мария Петровна". */
    public String getFullName() {
        return middleName == null || middleName.isEmpty()
                ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
    }

    /** "Иванова М. П.", as a journal's header and signature column name a teacher. */
    public String getShortName() {
        return lastName
                + " "
                + firstName.charAt(0)
                + "."
                + (middleName == null || middleName.isEmpty()
                        ? ""
                        : " " + middleName.charAt(0) + ".");
    }

    public String getPosition() {
        return position;
    }

    public LocalDate getDismissedOn() {
        return dismissedOn;
    }

    public boolean isDismissed() {
        return dismissedOn != null;
    }

    /** Dismissed on {@code day}; a second dismissal keeps the first day. */
    public void dismiss(LocalDate day) {
        if (dismissedOn == null) {
            dismissedOn = day;
        }
    }
}
