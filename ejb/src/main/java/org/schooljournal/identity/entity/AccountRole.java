package org.schooljournal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One role of an account, in one school (or municipality-wide when the school is null). */
@Entity
@Table(name = "account_role")
public class AccountRole {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "school_id")
    private Long schoolId;

    private String role;

    protected AccountRole() {}

    public AccountRole(Long accountId, Long schoolId, String role) {
        this.accountId = accountId;
        this.schoolId = schoolId;
        this.role = role;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getRole() {
        return role;
    }
}
