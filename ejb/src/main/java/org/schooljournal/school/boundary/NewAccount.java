package org.schooljournal.school.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new school's first head or administrator account: its login and the person's full name. */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,40}") String login,
        @NotBlank @Size(max = 300) String fullName) {}
