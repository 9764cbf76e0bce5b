package org.schooljournal.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.SchoolClass;

/** A pupil enrolled in a class of the school. */
@Entity
@Table(name = "pupil")
@NamedQuery(
        name = "Pupil.ofClass",
        query =
                "select p from Pupil p where p.schoolClass.id = :classId order by p.lastName, p.firstName")
@NamedQuery(
        name = "Pupil.byNaturalKey",
        query =
                "select p from Pupil p where p.lastName = :lastName and p.firstName = :firstName"
                        + " and p.birthDate = :birthDate")
@NamedQuery(
        name = "Pupil.ofGuardianAccount",
        query =
                "select distinct p from Pupil p join p.guardians g join fetch p.schoolClass"
                        + " where g.accountId = :accountId"
                        // R-A05: a parent who refused consent reads nothing electronically
                        + " and (g.consent is null or g.consent <> 'REFUSED')"
                        + " order by p.lastName, p.firstName")
@NamedQuery(
        name = "Pupil.ofAccount",
        query = "select p from Pupil p where p.accountId = :accountId")
@NamedQuery(
        name = "Pupil.presentByClass",
        query = "select p.id, p.schoolClass.id from Pupil p where p.withdrawnOn is null")
@NamedQuery(
        name = "Pupil.countOfClass",
        query = "select count(p) from Pupil p where p.schoolClass.id = :id")
@NamedQuery(
        name = "Pupil.countByClass",
        query = "select p.schoolClass.id, count(p) from Pupil p group by p.schoolClass.id")
@NamedQuery(
        name = "Pupil.byIdsWithClass",
        query = "select p from Pupil p join fetch p.schoolClass where p.id in :ids")
public class Pupil extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** The first day the pupil no longer studies at the school (R-S13), or null. */
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @ManyToMany
    @JoinTable(
            name = "pupil_guardian",
            joinColumns = @JoinColumn(name = "pupil_id"),
            inverseJoinColumns = @JoinColumn(name = "guardian_id"))
    private Set<Guardian> guardians = new HashSet<>();

    protected Pupil() {}

    public Pupil(
            SchoolClass schoolClass,
            String lastName,
            String firstName,
            String middleName,
            LocalDate birthDate) {
        this.schoolClass = Objects.requireNonNull(schoolClass);
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
        this.middleName = middleName;
        this.birthDate = Objects.requireNonNull(birthDate);
    }

    /** R-S13: the pupil moves to another class from a date on; its marks stay where they were. */
    public void transferTo(SchoolClass newClass) {
        this.schoolClass = Objects.requireNonNull(newClass);
    }

    /** R-S13: the pupil leaves the school; the first day away is {@code onDate}. */
    public void withdraw(LocalDate onDate) {
        this.withdrawnOn = Objects.requireNonNull(onDate);
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void addGuardian(Guardian guardian) {
        guardians.add(guardian);
    }

    public void linkAccount(Long accountId) {
        this.accountId = accountId;
    }

    public boolean isGuardedBy(Long accountId) {
        return accountId != null
                && guardians.stream()
                        .anyMatch(
                                g -> accountId.equals(g.getAccountId()) && !g.hasRefusedConsent());
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getFullName() {
        return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
    }

    public Set<Guardian> getGuardians() {
        return guardians;
    }
}
