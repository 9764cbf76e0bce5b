/*
 * The journal grid (R-J01, R-J04, R-J10): type marks (with a work-type letter: «4к») and an
 * attendance code into a cell, several separated by «/» or a space, and it is saved at once
 * through the REST API; Tab, Enter and the arrow keys move between cells as in a spreadsheet.
 * One request per changed cell keeps the page light whatever the class size. This module is the
 * page's side: the cells, their look and the status line; the format, the queue, the API client
 * and the texts are modules of their own.
 */
import { parse, workTypesOf } from "./cell-format.js";
import { unsavedQueue } from "./unsaved-queue.js";

export function journalGrid(grid, status, api, text) {
    const editable = grid.dataset.editable === "true";
    const workTypes = workTypesOf(grid.dataset.workTypes);
    const rows = Array.prototype.map.call(grid.tBodies[0].rows,
        (row) => Array.prototype.slice.call(row.querySelectorAll("input.sj-cell")));

    function show(message, error) {
        status.textContent = message;
        status.className = "sj-status" + (error ? " sj-status-error" : "");
    }

    function showUnsaved(count, reason, signIn) {
        if (!count) {
            return;
        }
        status.textContent = "";
        status.className = "sj-status sj-status-error";
        status.appendChild(document.createTextNode(
            text("journal.script.notSaved", count) + (reason ? " \u2014 " + reason : "")));
        if (signIn) {
            const link = document.createElement("a");
            link.href = grid.dataset.login + "?next=" + encodeURIComponent(location.pathname + location.search);
            link.textContent = text("journal.script.signInAgain");
            link.className = "sj-sign-in";
            status.appendChild(document.createTextNode(" "));
            status.appendChild(link);
        }
    }

    function cellOf(key) {
        const [lesson, pupil] = key.split(":");
        return grid.querySelector("input.sj-cell[data-l='" + lesson + "'][data-p='" + pupil + "']");
    }

    /* The hover text and look of a cell: each mark's work type; control works stand out. */
    function describe(cell) {
        const parts = parse(cell.value, workTypes);
        const names = workTypes.filter((w) => parts.marks[w.name])
            .map((w) => parts.marks[w.name] + " \u2014 " + w.title);
        if (!cell.classList.contains("sj-error")) {
            const late = cell.dataset.late === "true" ? (names.length ? "; " : "") + text("journal.lateHint") : "";
            cell.title = names.join("; ") + late;
        }
        cell.classList.toggle("sj-att", !!parts.attendance && !Object.keys(parts.marks).length);
        cell.classList.toggle("sj-cw", !!parts.marks.CONTROL_WORK);
        cell.style.width = cell.value.length >= 3 ? (cell.value.length * 10 + 8) + "px" : "";
    }

    function refuse(cell, message) {
        cell.value = cell.dataset.saved;
        cell.classList.remove("sj-saving");
        describe(cell);
        cell.classList.add("sj-error");
        cell.title = message;
        show(message, true);
    }

    /* The server now holds text for the cell: shown, unless the teacher typed it again meanwhile. */
    function settled(cell, sent, text, waiting) {
        cell.dataset.saved = text;
        if (!waiting && cell.value.trim() === sent.text) {
            cell.value = text;
        }
    }

    const queue = unsavedQueue("sj-unsaved:" + grid.dataset.api + ":" + (grid.dataset.user || ""), api, {
        saved(key, sent, answer, waiting) {
            const cell = cellOf(key);
            if (cell) {
                settled(cell, sent, answer.cell, waiting);
                cell.dataset.late = String(!!answer.late);
                cell.classList.remove("sj-saving");
                cell.classList.add("sj-saved");
                describe(cell);
            }
            show("");
        },
        refused(key, sent, current, message, waiting) {
            const cell = cellOf(key);
            if (cell) {
                settled(cell, sent, current, waiting);
                refuse(cell, message);
            } else {
                show(message, true);
            }
        },
        unsaved: showUnsaved
    });

    /* Saving a cell (R-J01, R-J05): its whole text and the text it replaces, through the queue;
       a text the grid cannot read is refused here, naming why, before anything is sent. */
    function save(cell) {
        const value = cell.value.trim();
        const key = cell.dataset.l + ":" + cell.dataset.p;
        if (value === cell.dataset.saved && !queue.pending()[key]) {
            return;
        }
        const after = parse(value, workTypes);
        if (after.error) {
            refuse(cell, text(after.error.key, ...after.error.args));
            return;
        }
        cell.classList.remove("sj-error", "sj-saved");
        cell.classList.add("sj-saving");
        queue.add(key, value, cell.dataset.saved);
    }

    function navigate(e, r, c) {
        let target = null;
        if (e.key === "ArrowRight") { target = rows[r][c + 1]; }
        else if (e.key === "ArrowLeft") { target = rows[r][c - 1]; }
        else if (e.key === "ArrowUp") { target = sameLesson(r, -1, rows[r][c]); }
        else if (e.key === "ArrowDown" || e.key === "Enter") { target = sameLesson(r, 1, rows[r][c]); }
        if (target) {
            e.preventDefault();
            rows[r][c].blur();
            target.focus();
        }
    }

    /* The cell of the same lesson in the next row up or down that has one: a pupil who arrived
       or left mid-month has no cells for the days outside its stay. */
    function sameLesson(r, step, cell) {
        for (let i = r + step; i >= 0 && i < rows.length; i += step) {
            const match = rows[i].filter((other) => other.dataset.l === cell.dataset.l)[0];
            if (match) {
                return match;
            }
        }
        return null;
    }

    rows.forEach((cells, r) => {
        cells.forEach((cell, c) => {
            cell.dataset.saved = cell.value;
            describe(cell);
            /* a substitute writes only in the lessons it gave; the teacher not in those (R-J06) */
            cell.readOnly = !editable || cell.dataset.w === "false";
            cell.addEventListener("keydown", (e) => navigate(e, r, c));
            cell.addEventListener("change", () => save(cell));
            cell.addEventListener("focus", () => cell.select());
        });
    });

    /* Cells typed earlier that never reached the server: shown as typed, sent now. */
    const restored = queue.pending();
    Object.keys(restored).forEach((key) => {
        const cell = cellOf(key);
        if (cell) {
            cell.value = restored[key].text;
            cell.classList.add("sj-saving");
            describe(cell);
        }
    });
    queue.flush();

    return { show: show };
}
