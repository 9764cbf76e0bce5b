package org.schooljournal.diary.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.schooljournal.platform.control.Messages;

/**
 * The letters to families (R-D02, R-D04), in the parent's language (Russian unless it chose
 * English), as plain text and as simple HTML with the same content; every text from the bundle.
 */
public final class Letters {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A letter ready for the outbox. */
    public record Letter(String subject, String text, String html) {}

    /** What a digest tells about one child; each line already written («Математика, 03.12: 5»). */
    public record ChildNews(
            String child,
            List<String> marks,
            List<String> absences,
            List<String> messages,
            List<String> homework) {
        public boolean isEmpty() {
            return marks.isEmpty()
                    && absences.isEmpty()
                    && messages.isEmpty()
                    && homework.isEmpty();
        }
    }

    private Letters() {}

    /** The digest of a parent's children, or null when there is nothing to tell. */
    public static Letter digest(
            Locale locale, String parent, String school, LocalDate day, List<ChildNews> news) {
        List<ChildNews> told = news.stream().filter(n -> !n.isEmpty()).toList();
        if (told.isEmpty()) {
            return null;
        }
        String subject = t(locale, "mail.digest.subject", school, DAY.format(day));
        StringBuilder text = new StringBuilder(t(locale, "mail.greeting", parent)).append("\n\n");
        StringBuilder html =
                new StringBuilder("<html><body style=\"font-family:sans-serif\"><p>")
                        .append(escape(t(locale, "mail.greeting", parent)))
                        .append("</p>");
        for (ChildNews n : told) {
            text.append(n.child()).append('\n');
            html.append("<h3>").append(escape(n.child())).append("</h3>");
            section(locale, "mail.digest.marks", n.marks(), text, html);
            section(locale, "mail.digest.absences", n.absences(), text, html);
            section(locale, "mail.digest.messages", n.messages(), text, html);
            section(locale, "mail.digest.homework", n.homework(), text, html);
            text.append('\n');
        }
        text.append(t(locale, "mail.digest.footer"));
        html.append("<p style=\"color:#666\">")
                .append(escape(t(locale, "mail.digest.footer")))
                .append("</p></body></html>");
        return new Letter(subject, text.toString(), html.toString());
    }

    /**
     * The homeroom teacher's letter about the diary and its services (R-D04), with the slip's
     * instructions: the address, the login if one was issued, and that the one-time password is on
     * the paper slip (never in an e-mail) and must be changed at the first sign-in.
     */
    public static Letter invitation(
            Locale locale,
            String parent,
            String school,
            String classTitle,
            String teacher,
            String address,
            String login) {
        String subject = t(locale, "mail.invitation.subject", school, classTitle);
        List<String> paragraphs =
                List.of(
                        t(locale, "mail.greeting", parent),
                        t(locale, "mail.invitation.about", school, classTitle),
                        t(locale, "mail.invitation.services"),
                        login == null
                                ? t(locale, "mail.invitation.noLogin", address)
                                : t(locale, "mail.invitation.login", address, login),
                        t(locale, "mail.invitation.password"),
                        t(locale, "mail.invitation.settings"),
                        t(locale, "mail.invitation.signature", teacher));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">");
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(escape(p)).append("</p>");
        }
        html.append("</body></html>");
        return new Letter(subject, text.toString().strip() + "\n", html.toString());
    }

    private static void section(
            Locale locale, String key, List<String> lines, StringBuilder text, StringBuilder html) {
        if (lines.isEmpty()) {
            return;
        }
        String title = t(locale, key);
        text.append("  ").append(title).append('\n');
        html.append("<p><b>").append(escape(title)).append("</b></p><ul>");
        for (String line : lines) {
            text.append("    - ").append(line).append('\n');
            html.append("<li>").append(escape(line)).append("</li>");
        }
        html.append("</ul>");
    }

    static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    /** Text into HTML: what a teacher wrote is never markup. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
