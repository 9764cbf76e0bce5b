package org.schooljournal.journal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.schooljournal.journal.boundary.JournalPage;
import org.schooljournal.journal.boundary.JournalSummary;
import org.schooljournal.journal.boundary.Journals;
import org.schooljournal.journal.entity.Lesson;

/**
 * The journal screens: the list of the caller's journals and a month's page of one (R-J01). The
 * grid is rendered as plain markup; each cell is saved on its own through the REST API, so a page
 * of 35 pupils × 20 lessons stays light.
 */
@Named("journal")
@RequestScoped
public class JournalView {
    @EJB Journals journals;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    private Long id;
    private String month;
    private JournalPage page;

    public List<JournalSummary> getAvailable() {
        return journals.available();
    }

    public void load() {
        if (id != null) {
            page = journals.page(id, firstDay());
        }
    }

    private LocalDate firstDay() {
        try {
            return month == null || month.isBlank()
                    ? LocalDate.now().withDayOfMonth(1)
                    : YearMonth.parse(month).atDay(1);
        } catch (DateTimeParseException e) {
            return LocalDate.now().withDayOfMonth(1);
        }
    }

    public JournalPage getPage() {
        return page;
    }

    public String shown(LocalDate date) {
        return org.schooljournal.platform.control.Dates.shown(date);
    }

    /**
     * A lesson's date in the lessons table: the month is in the page header (journal-conventions).
     */
    public String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /**
     * What a grid cell shows: its mark, or else its attendance code (R-J04). A cell holding both
     * (the make-up «н/4») shows the mark until the make-up is built.
     */
    public String cellValue(long lessonId, long pupilId) {
        String mark = page.markAt(lessonId, pupilId);
        return mark.isEmpty() ? page.attendanceAt(lessonId, pupilId) : mark;
    }

    /** Which entry the cell shows, so that journal.js deletes the right one when it is cleared. */
    public String cellKind(long lessonId, long pupilId) {
        if (!page.markAt(lessonId, pupilId).isEmpty()) {
            return "mark";
        }
        return page.attendanceAt(lessonId, pupilId).isEmpty() ? "" : "attendance";
    }

    public int getMaxTopic() {
        return Lesson.MAX_TOPIC;
    }

    public int getMaxHomework() {
        return Lesson.MAX_HOMEWORK;
    }

    public String getAllowedMarks() {
        return String.join(" ", page.allowedMarks());
    }

    public String getPreviousMonth() {
        return YearMonth.from(page.month()).minusMonths(1).toString();
    }

    public String getNextMonth() {
        return YearMonth.from(page.month()).plusMonths(1).toString();
    }

    public String monthName(Locale locale) {
        return page.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
                + " "
                + page.month().getYear();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
