package org.schooljournal.diary.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/**
 * A parent's choice of letters (R-D02): how often, which news, which language; with, read-only,
 * whether the school has its e-mail address and its consent (without both no letter goes).
 */
public record MailSettingsData(
        @NotNull @Pattern(regexp = "DAILY|WEEKLY|NONE") String frequency,
        boolean marks,
        boolean absences,
        boolean messages,
        boolean homework,
        @NotNull @Pattern(regexp = "ru|en") String language,
        boolean emailKnown,
        boolean consentGiven)
        implements Serializable {}
