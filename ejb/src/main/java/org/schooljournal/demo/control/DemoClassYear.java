package org.schooljournal.demo.control;

import java.util.List;

/**
 * What one class's journals hold for the year: the lessons with their marks, the period marks and
 * locks of the periods that have ended, the control-work schedule and messages to parents.
 */
public record DemoClassYear(
        List<DemoLesson> lessons,
        List<DemoPeriodMark> periodMarks,
        List<DemoJournalLock> locks,
        List<DemoControlWork> controlWorks,
        List<DemoMessage> messages) {}
