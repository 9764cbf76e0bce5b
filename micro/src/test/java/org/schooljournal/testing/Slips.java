package org.schooljournal.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Access slips (R-A04) as a homeroom teacher prints them: the PDF of one pupil's or parent's login
 * and one-time password, read back as its holder reads the paper.
 */
public final class Slips {
    private static final Pattern LOGIN = Pattern.compile("Логин:\\s*(\\S+)");
    private static final Pattern PASSWORD = Pattern.compile("Пароль:\\s*(\\S+)");

    private Slips() {}

    /** A login and its one-time password, as a slip shows them. */
    public record Access(String login, String password) {}

    /** The request body of the slips: the people's keys («p12» a pupil, «g34» a parent). */
    public record Selection(List<String> keys) {}

    /** Issues the slip of the person with the key ({@code p…}/{@code g…}) and reads it. */
    public static Access issue(ApiClient classTeacher, long classId, String key) {
        var slips =
                classTeacher.postForBytes(
                        "/classes/" + classId + "/family-access/slips",
                        new Selection(List.of(key)),
                        "application/pdf, application/json");
        if (slips.statusCode() != 200) {
            throw new AssertionError(
                    "no slip for "
                            + key
                            + ": "
                            + slips.statusCode()
                            + " "
                            + new String(slips.body(), StandardCharsets.UTF_8));
        }
        String text = text(slips.body());
        Matcher login = LOGIN.matcher(text);
        Matcher password = PASSWORD.matcher(text);
        if (!login.find() || !password.find()) {
            throw new AssertionError("no login and password on the slip: " + text);
        }
        return new Access(login.group(1), password.group(1));
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
