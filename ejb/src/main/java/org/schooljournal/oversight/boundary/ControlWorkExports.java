package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schooljournal.oversight.control.ReportTable;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.School;

/**
 * The control works' results (R-C04) as XLSX, CSV or PDF/A, in the reader's language, exported like
 * the other oversight reports: the data come from {@link ControlWorkResults} with the caller's
 * identity, so the export is refused where the screen is.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class ControlWorkExports {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB ControlWorkResults results;

    @Inject SchoolClock schoolClock;

    @Inject Caller caller;

    @PersistenceContext EntityManager em;

    public Export export(CheckFilter filter, ExportFormat format, Locale locale) {
        ReportTable table = table(results.of(filter), locale);
        return Export.of(table, format, "control-works", this::schoolName, schoolClock.today());
    }

    /**
     * One row per work, then one per teacher (its works together, «Итого» in the date column); the
     * period marks' figures follow the work's in the same row.
     */
    static ReportTable table(ControlWorkReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (ControlWorkReport.Work w : r.works()) {
            List<String> row =
                    new ArrayList<>(
                            List.of(
                                    DATE.format(w.date()),
                                    w.classTitle(),
                                    w.subject(),
                                    w.teacher(),
                                    w.form() + (w.topic() == null ? "" : ": " + w.topic())));
            counts(row, w.written(), l);
            counts(row, w.period(), l);
            row.addAll(
                    List.of(
                            String.valueOf(w.confirmed()),
                            String.valueOf(w.above()),
                            String.valueOf(w.below())));
            rows.add(row);
        }
        for (ControlWorkReport.TeacherTotal t : r.teachers()) {
            List<String> row =
                    new ArrayList<>(
                            List.of(
                                    t(l, "controlResults.total"),
                                    "",
                                    "",
                                    t.teacher(),
                                    t(l, "controlResults.works", t.works())));
            counts(row, t.written(), l);
            counts(row, t.period(), l);
            row.addAll(List.of("", "", ""));
            rows.add(row);
        }
        List<String> header =
                new ArrayList<>(
                        List.of(
                                t(l, "oversight.col.date"),
                                t(l, "oversight.col.class"),
                                t(l, "oversight.col.subject"),
                                t(l, "oversight.col.teacher"),
                                t(l, "controlResults.col.work")));
        for (String prefix : List.of("controlResults.col.work.", "controlResults.col.period.")) {
            for (String c :
                    List.of(
                            "pupils", "5", "4", "3", "2", "none", "average", "success",
                            "quality")) {
                header.add(t(l, prefix + c));
            }
        }
        header.addAll(
                List.of(
                        t(l, "controlResults.col.confirmed"),
                        t(l, "controlResults.col.above"),
                        t(l, "controlResults.col.below")));
        return new ReportTable(
                t(l, "controlResults.title"),
                List.of(
                        Messages.text(
                                l,
                                "oversight.period",
                                r.period(),
                                DATE.format(r.from()),
                                DATE.format(r.to())),
                        t(l, "controlResults.rule")),
                header,
                rows);
    }

    private static void counts(List<String> row, ControlWorkReport.Counts c, Locale l) {
        row.addAll(
                List.of(
                        String.valueOf(c.pupils()),
                        String.valueOf(c.five()),
                        String.valueOf(c.four()),
                        String.valueOf(c.three()),
                        String.valueOf(c.two()),
                        String.valueOf(c.notWritten()),
                        number(c.average(), l),
                        Reports.percent(c.successRate(), l),
                        Reports.percent(c.qualityRate(), l)));
    }

    private static String number(BigDecimal n, Locale l) {
        return Reports.percent(n, l);
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.text(l, key, args);
    }

    private String schoolName() {
        School s = caller.schoolId() == null ? null : em.find(School.class, caller.schoolId());
        return s == null ? null : s.getName();
    }
}
