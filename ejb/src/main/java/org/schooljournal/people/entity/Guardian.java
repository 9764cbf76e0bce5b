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
    /** The decision of a parent who refused the processing of its personal data (R-A05). */
    public static final String REFUSED = "REFUSED";

    /** The decision of a parent who consented (R-A05). */
    public static final String GIVEN = "GIVEN";

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

    /**
     * R-A05: the latest decision on the processing of personal data ({@code GIVEN}, {@code
     * REFUSED}), null while none is recorded; its history is the diary's {@code GuardianConsent}.
     */
    private String consent;

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

    /** Records the latest decision (the diary keeps its history beside it). */
    public void decideConsent(String decision) {
        this.consent = Objects.requireNonNull(decision);
    }

    public String getConsent() {
        return consent;
    }

    /**
     * A parent who refused the processing of its personal data has no electronic access (R-A05):
     * the school keeps it informed on paper only.
     */
    public boolean hasRefusedConsent() {
        return REFUSED.equals(consent);
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
