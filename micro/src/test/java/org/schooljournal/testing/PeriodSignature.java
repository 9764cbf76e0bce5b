package org.schooljournal.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The electronic signature of a journal's study period (R-J14) through the API, as a test signs and
 * checks it: its address, signing, the check and the history of signings.
 *
 * @param teacher who signs (the journal's teacher)
 * @param journal the journal (assignment) id
 * @param period the period as {@code /journals/{id}/periods} lists it
 */
public record PeriodSignature(ApiClient teacher, long journal, JsonObject period) {
    /** The signature of the journal's {@code index}-th period (0: the year's first). */
    public static PeriodSignature of(ApiClient teacher, long journal, int index) {
        ApiClient.Reply periods = teacher.get("/journals/" + journal + "/periods");
        if (periods.status() != 200) {
            throw new AssertionError("no periods of journal " + journal + ": " + periods);
        }
        return new PeriodSignature(teacher, journal, periods.array().getJsonObject(index));
    }

    public long periodId() {
        return period.getJsonNumber("periodId").longValue();
    }

    /** {@code /journals/{journal}/periods/{period}/signature}. */
    public String path() {
        return "/journals/" + journal + "/periods/" + periodId() + "/signature";
    }

    /** The period's lock ({@code …/lock}), which a signature sits beside. */
    public String lockPath() {
        return "/journals/" + journal + "/periods/" + periodId() + "/lock";
    }

    /** The teacher signs the period as it stands. */
    public ApiClient.Reply sign() {
        return signAs(teacher);
    }

    /** Someone tries to sign it. */
    public ApiClient.Reply signAs(ApiClient who) {
        return who.post(path(), "application/json", new byte[0]);
    }

    /** The check of the latest signature (signed, intact, signatureValid, keyId …). */
    public JsonObject check() {
        ApiClient.Reply check = teacher.get(path());
        if (check.status() != 200) {
            throw new AssertionError("the signature's check failed: " + check);
        }
        return check.object();
    }

    /** Every signing of the period, the latest first. */
    public JsonArray history() {
        ApiClient.Reply history = teacher.get(path() + "/history");
        if (history.status() != 200) {
            throw new AssertionError("no history of the signature: " + history);
        }
        return history.array();
    }
}
