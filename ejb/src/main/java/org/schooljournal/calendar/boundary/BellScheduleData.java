package org.schooljournal.calendar.boundary;

import java.util.List;
import org.schooljournal.calendar.control.BellSchedule;

/**
 * A bell schedule as the screen shows it: whether it is the school's main one (followed by every
 * class without its own), its shift, its periods and the classes that follow it.
 */
public record BellScheduleData(
        long id,
        String name,
        boolean main,
        int shift,
        List<BellSchedule.Period> periods,
        List<String> classes) {}
