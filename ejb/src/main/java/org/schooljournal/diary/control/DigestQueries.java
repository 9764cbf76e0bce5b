package org.schooljournal.diary.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schooljournal.journal.entity.WorkType;

/**
 * The digest of one school in six statements (R-D02): its recipients with their children, then the
 * new marks, absences and messages of those children and tomorrow's homework of their journals
 * (their classes', groups' and streams'), each one statement for the whole school; the letters are
 * put together in memory. Recipients are parents whose latest decision is consent (R-A05), with an
 * e-mail address, a daily letter (or a weekly one on the weekly day) — never one who refused or
 * opted out.
 */
final class DigestQueries {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    /** Consenting parents with an address: the children whose news are read. */
    private static final String READERS =
            "select pg.pupil_id from pupil_guardian pg join guardian g on g.id = pg.guardian_id"
                    + " where g.school_id = ? and g.consent = 'GIVEN' and g.email is not null";

    /** Daily: from the previous run to now; weekly parents: the last seven days (on Saturdays). */
    record Window(Instant from, Instant to, Instant weekFrom, boolean weekly) {
        Instant widest() {
            return weekly && weekFrom.isBefore(from) ? weekFrom : from;
        }
    }

    private record Recipient(
            long guardianId,
            String email,
            String name,
            boolean weekly,
            boolean marks,
            boolean absences,
            boolean messages,
            boolean homework,
            Locale locale,
            List<long[]> children) {}

    /**
     * A piece of news about a pupil, with when it was written (to cut a daily window); an absence
     * carries its reason's code, written in the parent's language.
     */
    private record Item(Instant at, String line, String absence) {
        String text(Locale locale) {
            return absence == null ? line : line + Letters.t(locale, "mail.absence." + absence);
        }
    }

    private DigestQueries() {}

    static List<MailOutbox.Queued> letters(
            Connection c, long schoolId, LocalDate day, Window window) throws SQLException {
        Map<Long, Recipient> recipients = recipients(c, schoolId, window.weekly());
        if (recipients.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        recipients.values().forEach(r -> r.children().forEach(ch -> names.put(ch[0], null)));
        pupilNames(c, schoolId, names);
        Map<Long, List<Item>> marks = marks(c, schoolId, window);
        Map<Long, List<Item>> absences = absences(c, schoolId, window);
        Map<Long, List<Item>> messages = messages(c, schoolId, window);
        Map<Long, List<String>> homework = homework(c, schoolId, day.plusDays(1));
        String school = schoolName(c, schoolId);
        List<MailOutbox.Queued> letters = new ArrayList<>();
        for (Recipient r : recipients.values()) {
            Instant since = r.weekly() ? window.weekFrom() : window.from();
            List<Letters.ChildNews> news = new ArrayList<>();
            for (long[] child : r.children()) {
                long pupil = child[0];
                news.add(
                        new Letters.ChildNews(
                                names.get(pupil),
                                r.marks() ? since(marks.get(pupil), since, r) : List.of(),
                                r.absences() ? since(absences.get(pupil), since, r) : List.of(),
                                r.messages() ? since(messages.get(pupil), since, r) : List.of(),
                                r.homework()
                                        ? homework.getOrDefault(pupil, List.of())
                                        : List.of()));
            }
            Letters.Letter letter = Letters.digest(r.locale(), r.name(), school, day, news);
            if (letter != null) {
                letters.add(new MailOutbox.Queued(r.guardianId(), "DIGEST", r.email(), letter));
            }
        }
        return letters;
    }

    private static List<String> since(List<Item> items, Instant since, Recipient to) {
        if (items == null) {
            return List.of();
        }
        return items.stream()
                .filter(i -> !i.at().isBefore(since))
                .map(i -> i.text(to.locale()))
                .toList();
    }

    private static Map<Long, Recipient> recipients(Connection c, long schoolId, boolean weekly)
            throws SQLException {
        Map<Long, Recipient> byGuardian = new LinkedHashMap<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "select g.id, g.email, g.last_name, g.first_name, g.middle_name,"
                                + " coalesce(ms.frequency, 'DAILY'), coalesce(ms.marks, true),"
                                + " coalesce(ms.absences, true), coalesce(ms.messages, true),"
                                + " coalesce(ms.homework, true), coalesce(ms.language, 'ru'),"
                                + " p.id, p.class_id"
                                + " from guardian g join pupil_guardian pg on pg.guardian_id = g.id"
                                + " join pupil p on p.id = pg.pupil_id"
                                + " left join mail_setting ms on ms.guardian_id = g.id"
                                + " where g.school_id = ? and g.consent = 'GIVEN'"
                                + " and g.email is not null and g.email <> ''"
                                + " and p.withdrawn_on is null"
                                + " and coalesce(ms.frequency, 'DAILY') in ('DAILY', ?)"
                                + " order by g.id, p.last_name, p.first_name")) {
            s.setLong(1, schoolId);
            s.setString(2, weekly ? "WEEKLY" : "DAILY");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    Recipient known = byGuardian.get(id);
                    if (known == null) {
                        String middle = r.getString(5);
                        known =
                                new Recipient(
                                        id,
                                        r.getString(2).strip(),
                                        r.getString(4) + (middle == null ? "" : " " + middle),
                                        "WEEKLY".equals(r.getString(6)),
                                        r.getBoolean(7),
                                        r.getBoolean(8),
                                        r.getBoolean(9),
                                        r.getBoolean(10),
                                        Locale.forLanguageTag(r.getString(11)),
                                        new ArrayList<>());
                        byGuardian.put(id, known);
                    }
                    known.children().add(new long[] {r.getLong(12), r.getLong(13)});
                }
            }
        }
        return byGuardian;
    }

    private static void pupilNames(Connection c, long schoolId, Map<Long, String> names)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "select p.id, p.last_name, p.first_name from pupil p where p.school_id = ?"
                                + " and p.id in ("
                                + READERS
                                + ")")) {
            s.setLong(1, schoolId);
            s.setLong(2, schoolId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.put(r.getLong(1), r.getString(3) + " " + r.getString(2));
                }
            }
        }
    }

    private static Map<Long, List<Item>> marks(Connection c, long schoolId, Window w)
            throws SQLException {
        return items(
                c,
                schoolId,
                w,
                "select m.pupil_id, s.name, l.lesson_date, m.mark_value, m.work_type,"
                        + " m.entered_at from mark m join lesson l on l.id = m.lesson_id"
                        + " join teaching_assignment a on a.id = l.assignment_id"
                        + " join subject s on s.id = a.subject_id"
                        + " where m.school_id = ? and m.entered_at >= ?"
                        + " and m.entered_at < ? and m.pupil_id in ("
                        + READERS
                        + ") order by m.pupil_id, l.lesson_date, s.name",
                r -> new Item(at(r, 6), lesson(r) + r.getString(4) + letter(r.getString(5)), null));
    }

    private static Map<Long, List<Item>> absences(Connection c, long schoolId, Window w)
            throws SQLException {
        return items(
                c,
                schoolId,
                w,
                "select t.pupil_id, s.name, l.lesson_date, t.kind, t.entered_at"
                        + " from attendance t join lesson l on l.id = t.lesson_id"
                        + " join teaching_assignment a on a.id = l.assignment_id"
                        + " join subject s on s.id = a.subject_id"
                        + " where t.school_id = ? and t.entered_at >= ?"
                        + " and t.entered_at < ? and t.pupil_id in ("
                        + READERS
                        + ") order by t.pupil_id, l.lesson_date, l.lesson_number",
                r -> new Item(at(r, 5), lesson(r), r.getString(4)));
    }

    private static Map<Long, List<Item>> messages(Connection c, long schoolId, Window w)
            throws SQLException {
        return items(
                c,
                schoolId,
                w,
                "select pm.pupil_id, s.name, pm.author, pm.body, pm.created_at"
                        + " from parent_message pm"
                        + " join teaching_assignment a on a.id = pm.assignment_id"
                        + " join subject s on s.id = a.subject_id"
                        + " where pm.school_id = ? and pm.created_at >= ?"
                        + " and pm.created_at < ? and pm.pupil_id in ("
                        + READERS
                        + ") order by pm.pupil_id, pm.created_at",
                r ->
                        new Item(
                                at(r, 5),
                                r.getString(2) + " (" + r.getString(3) + "): " + r.getString(4),
                                null));
    }

    /** How a row of the window's news (pupil id first) becomes the pupil's item. */
    @FunctionalInterface
    private interface ItemOf {
        Item of(ResultSet row) throws SQLException;
    }

    /** The window's news of one kind by pupil: the one mapping of the three queries above. */
    private static Map<Long, List<Item>> items(
            Connection c, long schoolId, Window w, String sql, ItemOf item) throws SQLException {
        Map<Long, List<Item>> byPupil = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            window(s, schoolId, w);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byPupil.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(item.of(r));
                }
            }
        }
        return byPupil;
    }

    /** When the row's news was entered ({@code column}, a timestamp with time zone). */
    private static Instant at(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** «Математика, 14.03: » — the lesson a mark or an absence is of (columns 2 and 3). */
    private static String lesson(ResultSet r) throws SQLException {
        return r.getString(2) + ", " + DAY.format(r.getObject(3, LocalDate.class)) + ": ";
    }

    /**
     * Tomorrow's homework by pupil, from the journals that hold its lessons as the diary finds them
     * ({@link PupilJournals}): its class's whole-class journals but the subjects its individual
     * plan takes away, and the journals of its groups (a subgroup of its class, a stream across
     * classes, its own individual plan) — not another subgroup's.
     */
    private static Map<Long, List<String>> homework(Connection c, long schoolId, LocalDate day)
            throws SQLException {
        Map<Long, List<String>> byPupil = new HashMap<>();
        String lessons =
                " from lesson l join teaching_assignment a on a.id = l.assignment_id"
                        + " join subject s on s.id = a.subject_id";
        String tomorrow =
                " l.school_id = ? and l.lesson_date = ? and l.homework is not null"
                        + " and l.homework <> ''";
        try (PreparedStatement s =
                c.prepareStatement(
                        "select p.id, s.name, l.homework, l.lesson_number"
                                + lessons
                                + " join pupil p on p.class_id = a.class_id"
                                + " where a.group_id is null and"
                                + tomorrow
                                + " and not exists (select 1 from individual_plan_line ip"
                                + " where ip.pupil_id = p.id and ip.subject_id = a.subject_id)"
                                + " union all select m.pupil_id, s.name, l.homework,"
                                + " l.lesson_number"
                                + lessons
                                + " join study_group_member m on m.group_id = a.group_id"
                                + " where"
                                + tomorrow
                                + " order by 1, 4, 2")) {
            s.setLong(1, schoolId);
            s.setObject(2, day);
            s.setLong(3, schoolId);
            s.setObject(4, day);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byPupil.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(r.getString(2) + ": " + r.getString(3));
                }
            }
        }
        return byPupil;
    }

    private static String schoolName(Connection c, long schoolId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select name from school where id = ?")) {
            s.setLong(1, schoolId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    private static void window(PreparedStatement s, long schoolId, Window w) throws SQLException {
        s.setLong(1, schoolId);
        s.setObject(2, w.widest().atOffset(ZoneOffset.UTC));
        s.setObject(3, w.to().atOffset(ZoneOffset.UTC));
        s.setLong(4, schoolId);
    }

    /** The work type's letter as the journal writes it after a mark («4к»). */
    private static String letter(String workType) {
        try {
            return WorkType.valueOf(workType).code();
        } catch (IllegalArgumentException unknown) {
            return "";
        }
    }
}
