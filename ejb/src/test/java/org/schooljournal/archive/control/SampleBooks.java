package org.schooljournal.archive.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.archive.control.ClassBook.Cell;
import org.schooljournal.archive.control.ClassBook.Finals;
import org.schooljournal.archive.control.ClassBook.Journal;
import org.schooljournal.archive.control.ClassBook.Lesson;
import org.schooljournal.archive.control.ClassBook.Period;
import org.schooljournal.archive.control.ClassBook.Pupil;
import org.schooljournal.journal.boundary.SummarySheet;

/** A finished school year of a class as plain data, the same every time. */
final class SampleBooks {
    static final String LONG_SUBJECT =
            "Основы духовно-нравственной культуры народов России и естественнонаучная грамотность";
    static final LocalDate CLOSED = LocalDate.of(2026, 5, 29);

    private SampleBooks() {}

    static List<Pupil> pupils(int n) {
        String[] last = {"Алексеев", "Борисова", "Васильев", "Григорьева", "Дмитриев", "Егорова"};
        String[] first = {"Артём", "Мария", "Иван", "Софья", "Максим", "Анна", "Лев"};
        List<Pupil> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(
                    new Pupil(
                            100 + i,
                            last[i % last.length]
                                    + " "
                                    + first[i % first.length]
                                    + (i >= 6 ? " " + i : "")));
        }
        return list;
    }

    static List<Period> quarters() {
        return List.of(
                new Period("I ч", LocalDate.of(2025, 10, 24)),
                new Period("II ч", LocalDate.of(2025, 12, 26)),
                new Period("III ч", LocalDate.of(2026, 3, 20)),
                new Period("IV ч", LocalDate.of(2026, 5, 29)));
    }

    /** A journal with lessons on the given weekdays (all weekdays: more than a page's columns). */
    static Journal journal(String subject, String group, List<Pupil> pupils, DayOfWeek... days) {
        List<Lesson> lessons = new ArrayList<>();
        int k = 0;
        for (LocalDate d = LocalDate.of(2025, 9, 1); !d.isAfter(CLOSED); d = d.plusDays(1)) {
            for (DayOfWeek day : days) {
                if (d.getDayOfWeek() == day) {
                    Map<Long, Cell> cells = new HashMap<>();
                    for (int p = 0; p < pupils.size(); p++) {
                        int v = (p * 7 + k * 3) % 11;
                        if (v == 0) {
                            cells.put(pupils.get(p).id(), new Cell("Б", false));
                        } else if (v == 1) {
                            cells.put(pupils.get(p).id(), new Cell("4к", true));
                        } else if (v == 2) {
                            cells.put(pupils.get(p).id(), new Cell("5/4", false));
                        } else if (v == 3) {
                            cells.put(pupils.get(p).id(), new Cell("НП/3к", true));
                        }
                    }
                    k++;
                    lessons.add(
                            new Lesson(
                                    d,
                                    1 + k % 6,
                                    "Тема урока "
                                            + k
                                            + (k % 5 == 0
                                                    ? ": "
                                                            + "очень подробная формулировка темы "
                                                                    .repeat(4)
                                                    : ""),
                                    k % 4 == 0 ? "Не задано" : "§ " + k + ", упр. " + (k * 3),
                                    k % 13 == 0 ? "Петрова А. С." : null,
                                    cells));
                }
            }
        }
        Map<Long, Finals> finals = new LinkedHashMap<>();
        for (int p = 0; p < pupils.size(); p++) {
            List<String> notes =
                    p == 2 ? List.of("I ч: 4 вместо 3 — работа над ошибками") : List.of();
            finals.put(
                    pupils.get(p).id(),
                    new Finals(
                            List.of(
                                    String.valueOf(3 + p % 3),
                                    p == 4 ? "осв" : "4",
                                    p == 5 ? "н/а" : "5",
                                    "4"),
                            String.valueOf(3 + (p + 1) % 3),
                            notes));
        }
        return new Journal(
                subject, group, "Иванова Мария Петровна", pupils, lessons, quarters(), finals);
    }

    static ClassBook book() {
        List<Pupil> pupils = pupils(25);
        return new ClassBook(
                "МБОУ «Средняя общеобразовательная школа № 1»",
                "4 «А»",
                "2025/2026",
                "Сидорова Елена Ивановна",
                "Кузнецов Олег Викторович",
                CLOSED,
                List.of(
                        journal(
                                "Математика",
                                null,
                                pupils,
                                DayOfWeek.MONDAY,
                                DayOfWeek.MONDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.TUESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.THURSDAY,
                                DayOfWeek.FRIDAY,
                                DayOfWeek.FRIDAY),
                        journal(
                                "Английский язык",
                                "группа 1",
                                pupils.subList(0, 12),
                                DayOfWeek.TUESDAY,
                                DayOfWeek.THURSDAY),
                        journal(LONG_SUBJECT, null, pupils, DayOfWeek.FRIDAY)));
    }

    static SummarySheet sheet() {
        List<String> subjects =
                List.of(
                        "Русский язык",
                        "Литературное чтение",
                        "Математика",
                        "Окружающий мир",
                        "Английский язык",
                        "Музыка",
                        "Изобразительное искусство",
                        "Технология",
                        "Физическая культура",
                        LONG_SUBJECT);
        List<SummarySheet.SubjectCol> cols = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            cols.add(new SummarySheet.SubjectCol(i, subjects.get(i), subjects.get(i)));
        }
        List<SummarySheet.PupilLine> lines = new ArrayList<>();
        int n = 0;
        for (Pupil p : pupils(25)) {
            List<SummarySheet.SubjectMarks> marks = new ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                marks.add(
                        new SummarySheet.SubjectMarks(
                                i,
                                List.of("5", "4", n == 3 && i == 5 ? "осв" : "4", "5"),
                                String.valueOf(3 + (n + i) % 3)));
            }
            lines.add(new SummarySheet.PupilLine(++n, p.id(), p.name(), marks, 10 + n, n));
        }
        return new SummarySheet(
                1,
                "4 «А»",
                "МБОУ «Средняя общеобразовательная школа № 1»",
                7,
                "2025/2026",
                List.of("I ч", "II ч", "III ч", "IV ч"),
                cols,
                lines);
    }
}
