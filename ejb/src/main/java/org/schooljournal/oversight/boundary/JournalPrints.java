package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schooljournal.journal.boundary.JournalPage;
import org.schooljournal.journal.boundary.Journals;
import org.schooljournal.oversight.control.JournalMonthPdf;
import org.schooljournal.oversight.control.ReportCsv;
import org.schooljournal.oversight.control.ReportTable;
import org.schooljournal.oversight.control.ReportXlsx;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.School;

/**
 * Any journal page printed or exported (R-O03): a month of a journal exactly as the grid shows it
 * (pupils × lessons with marks, work-type letters and attendance codes; the lessons' topics and
 * homework), as PDF/A, XLSX or CSV. The page comes from {@link Journals#page}, so the same checks
 * refuse it as the grid: another school's journal is not found, a teacher who neither teaches it
 * nor substitutes in it is refused.
 *
 * <p>XLSX and CSV hold one table: the grid's rows, then under a blank row the lines «Тема урока»
 * and «Домашнее задание» with each lesson's text in its column, as a paper journal's facing page
 * lists them. The PDF prints the lessons as a table of their own under the grid.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.HEAD, Role.DEPUTY_HEAD})
public class JournalPrints {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB Journals journals;

    @Inject SchoolClock schoolClock;

    @Inject Caller caller;

    @PersistenceContext EntityManager em;

    public Export month(long assignmentId, LocalDate month, ExportFormat format, Locale l) {
        JournalPage page = journals.page(assignmentId, month);
        ReportTable grid = grid(page, l, format != ExportFormat.PDF);
        LocalDate today = schoolClock.today();
        byte[] bytes =
                switch (format) {
                    case CSV -> ReportCsv.of(grid);
                    case XLSX -> ReportXlsx.of(grid);
                    case PDF -> JournalMonthPdf.of(grid, lessons(page, l), schoolName(), today);
                };
        String name =
                "journal-"
                        + assignmentId
                        + "-"
                        + page.month().toString().substring(0, 7)
                        + "."
                        + format.extension();
        return new Export(name, format.mediaType(), bytes);
    }

    /** The grid; {@code withLessons}: the topic and homework lines under it (XLSX, CSV). */
    static ReportTable grid(JournalPage page, Locale l, boolean withLessons) {
        List<String> header = new ArrayList<>(List.of("№", t(l, "oversight.col.pupil")));
        for (JournalPage.LessonColumn c : page.lessons()) {
            header.add(DAY.format(c.date()) + (c.number() > 1 ? " (" + c.number() + ")" : ""));
        }
        List<List<String>> rows = new ArrayList<>();
        for (JournalPage.PupilRow p : page.pupils()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(p.number()), p.name()));
            for (JournalPage.LessonColumn c : page.lessons()) {
                row.add(p.activeOn(c.date()) ? page.cellAt(c.id(), p.id()) : "×");
            }
            rows.add(row);
        }
        if (withLessons) {
            List<String> blank = new ArrayList<>();
            List<String> topics = new ArrayList<>(List.of("", t(l, "oversight.col.topic")));
            List<String> homework = new ArrayList<>(List.of("", t(l, "journalPrint.homework")));
            header.forEach(h -> blank.add(""));
            for (JournalPage.LessonColumn c : page.lessons()) {
                topics.add(c.topic());
                homework.add(homework(c, l));
            }
            rows.add(blank);
            rows.add(topics);
            rows.add(homework);
        }
        return new ReportTable(
                t(l, "journalPrint.title", page.classTitle(), page.subject()),
                List.of(
                        t(
                                l,
                                "journalPrint.note",
                                page.teacher(),
                                page.month().getMonthValue() < 10
                                        ? "0" + page.month().getMonthValue()
                                        : String.valueOf(page.month().getMonthValue()),
                                String.valueOf(page.month().getYear())),
                        t(l, "journalPrint.legend")),
                header,
                rows);
    }

    static ReportTable lessons(JournalPage page, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (JournalPage.LessonColumn c : page.lessons()) {
            rows.add(
                    List.of(
                            DATE.format(c.date()),
                            String.valueOf(c.number()),
                            c.topic() == null ? "" : c.topic(),
                            homework(c, l),
                            c.givenBy() == null ? "" : c.givenBy()));
        }
        return new ReportTable(
                t(l, "journalPrint.lessons"),
                List.of(),
                List.of(
                        t(l, "oversight.col.date"),
                        t(l, "oversight.col.lesson"),
                        t(l, "oversight.col.topic"),
                        t(l, "journalPrint.homework"),
                        t(l, "journalPrint.givenBy")),
                rows);
    }

    private static String homework(JournalPage.LessonColumn c, Locale l) {
        if (c.noHomework()) {
            return t(l, "journalPrint.noHomework");
        }
        return c.homework() == null ? "" : c.homework();
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.text(l, key, args);
    }

    private String schoolName() {
        School s = caller.schoolId() == null ? null : em.find(School.class, caller.schoolId());
        return s == null ? null : s.getName();
    }
}
