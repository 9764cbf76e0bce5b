/*
 * What one grid cell reads (R-J01, R-J10), as CellText reads it on the server: an attendance code
 * and marks with a work-type letter («Б/5/4к»), separated by «/» or blanks. Both sides are checked
 * against one table of cases (web/src/test/resources/.../cell-format-cases.json): CellFormatTest
 * on the server, JournalBrowserIT in the browser. No DOM, no texts: refusals are message keys.
 */

/* What a teacher types for attendance (journal-conventions): the paper journal's «н» has no
   reason yet, so it is recorded as unexcused until the reason is known. */
const ATTENDANCE = { "Б": "ILLNESS", "УП": "EXCUSED", "НП": "UNEXCUSED", "Н": "UNEXCUSED", "ОП": "LATE" };

/* The attendance kind a typed value stands for, or null for a mark. Latin H, O and Y are taken
   for their Cyrillic twins: a teacher does not see which layout typed them. */
export function attendanceKind(value) {
    const code = value.toUpperCase().replace(/H/g, "Н").replace(/O/g, "О").replace(/Y/g, "У");
    return ATTENDANCE[code] || null;
}

/* The work types as the page lists them: «NAME=letter=title» joined by «;». */
export function workTypesOf(listed) {
    return (listed || "ANSWER=").split(";").map((pair) => {
        const parts = pair.split("=");
        return { name: parts[0], code: parts[1] || "", title: parts[2] || parts[0] };
    });
}

/* A cell's text as its parts: the attendance kind and one mark per work type; error is the
   message key (and its argument, the work type's title) of what cannot be read. */
export function parse(text, workTypes) {
    /* longest letters first, so that «дз» is not read as «д» */
    const byLetter = workTypes.filter((w) => w.code).sort((a, b) => b.code.length - a.code.length);
    const answer = workTypes.filter((w) => !w.code)[0];
    const cell = { attendance: null, marks: {}, error: null };
    text.trim().split(/[\s/]+/).filter(Boolean).forEach((token) => {
        const kind = attendanceKind(token);
        if (kind) {
            if (cell.attendance) {
                cell.error = { key: "cell.attendanceTwice", args: [] };
            }
            cell.attendance = kind;
            return;
        }
        const type = byLetter.filter((w) => token.length > w.code.length
            && token.toLowerCase().slice(-w.code.length) === w.code)[0] || answer;
        const value = type.code ? token.slice(0, -type.code.length) : token;
        if (cell.marks[type.name]) {
            cell.error = { key: "cell.markTwice", args: [type.title] };
        }
        cell.marks[type.name] = value;
    });
    return cell;
}
