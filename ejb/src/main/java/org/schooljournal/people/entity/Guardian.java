package org.schooljournal.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/** A parent or other legal guardian of one or more pupils of the school. */
@Entity
@Table(name = "guardian")
@NamedQuery(
        name = "Guardian.byNameAndEmail",
        query =
                "select g from Guardian g where g.lastName = :lastName and g.firstName = :firstName"
                        + " and g.email = :email")
public class Guardian extends SchoolOwned {
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    private String email;

    private String phone;

    protected Guardian() {}

    public Guardian(
            String lastName, String firstName, String middleName, String email, String phone) {
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
        this.middleName = middleName;
        this.email = email;
        this.phone = phone;
    }

    public void linkAccount(Long accountId) {
        this.accountId = accountId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getFullName() {
        return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
