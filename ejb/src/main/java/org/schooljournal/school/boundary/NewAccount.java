package org.schooljournal.school.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new school's first head or administrator account: its login and the person's full name. */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,40}") String login,
        @NotBlank @Size(max = 300) String fullName) {

    /**
     * Written out so that the components' constraints stay on the fields, where Bean Validation
     * checks them, and off the constructor's parameters: Payara 6.2025's OpenAPI scanner fails on a
     * constrained parameter that is not a path parameter, and {@code /openapi} with it.
     */
    public NewAccount(String login, String fullName) {
        this.login = login;
        this.fullName = fullName;
    }
}
