package org.schooljournal.journal.control;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.schooljournal.journal.entity.WorkType;

/**
 * What one grid cell reads (R-J01, R-J10): the attendance code first, then each mark with its
 * work-type letter in the order of the work types, joined by «/» — «Б/4» is a make-up mark beside
 * the recorded illness, «5/4к» an answer and a control work. journal.js reads the same text back,
 * and the server compares it to what the teacher saw before saving (item 11: no lost update).
 */
public final class CellText {
    private CellText() {}

    public static String of(String attendanceCode, Map<WorkType, String> marks) {
        StringJoiner text = new StringJoiner("/");
        if (attendanceCode != null && !attendanceCode.isEmpty()) {
            text.add(attendanceCode);
        }
        new TreeMap<>(marks).forEach((type, value) -> text.add(value + type.code()));
        return text.toString();
    }
}
