package org.schooljournal.demo.control;

import java.util.List;

/**
 * One class's previous school year, finished: every lesson given with its marks and absences, every
 * period closed with a period mark for every pupil and locked, a year mark for every pupil. The
 * journals' signatures are made when they are written, since they sign the stored ids.
 */
public record DemoPastClassYear(
        List<DemoPastLesson> lessons,
        List<DemoPeriodMark> periodMarks,
        List<DemoYearMark> yearMarks,
        List<DemoJournalLock> locks) {}
