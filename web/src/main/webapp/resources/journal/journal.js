/*
 * The journal grid (R-J01, R-J04): type a mark or an attendance code and it is saved at once
 * through the REST API; Tab, Enter and the arrow keys move between cells as in a spreadsheet.
 * One request per changed cell keeps the page light whatever the class size. Under the grid, the
 * lessons' topic and homework (R-J03) are saved the same way, one lesson per request.
 */
(function () {
    "use strict";
    var grid = document.getElementById("grid");
    if (!grid) {
        return;
    }
    var api = grid.dataset.api;
    var lang = grid.dataset.lang || "ru";
    var editable = grid.dataset.editable === "true";
    var status = document.getElementById("sj-status");
    var rows = Array.prototype.map.call(grid.tBodies[0].rows, function (row) {
        return Array.prototype.slice.call(row.querySelectorAll("input.sj-cell"));
    });

    /* What a teacher types for attendance (journal-conventions): the paper journal's «н» has no
       reason yet, so it is recorded as unexcused until the reason is known. */
    var ATTENDANCE = { "Б": "ILLNESS", "УП": "EXCUSED", "НП": "UNEXCUSED", "Н": "UNEXCUSED", "ОП": "LATE" };

    rows.forEach(function (cells, r) {
        cells.forEach(function (cell, c) {
            cell.dataset.saved = cell.value;
            cell.readOnly = !editable;
            cell.addEventListener("keydown", function (e) { navigate(e, r, c); });
            cell.addEventListener("change", function () { save(cell); });
            cell.addEventListener("focus", function () { cell.select(); });
        });
    });

    function navigate(e, r, c) {
        var target = null;
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
        for (var i = r + step; i >= 0 && i < rows.length; i += step) {
            var match = rows[i].filter(function (other) { return other.dataset.l === cell.dataset.l; })[0];
            if (match) {
                return match;
            }
        }
        return null;
    }

    /* The attendance kind a typed value stands for, or null for a mark. Latin H, O and Y are taken
       for their Cyrillic twins: a teacher does not see which layout typed them. */
    function attendanceKind(value) {
        var code = value.toUpperCase().replace(/H/g, "Н").replace(/O/g, "О").replace(/Y/g, "У");
        return ATTENDANCE[code] || null;
    }

    /* A cell shows either a mark or an attendance code; what it held before (data-kind) decides
       what clearing it deletes, and a mark replaced by a code (or the reverse) is deleted after the
       new entry is stored, so a refused entry never loses the old one. */
    function save(cell) {
        var value = cell.value.trim();
        if (value === cell.dataset.saved) {
            return;
        }
        var cellUrl = "/lessons/" + cell.dataset.l + "/";
        var marks = cellUrl + "marks/" + cell.dataset.p;
        var attendance = cellUrl + "attendance/" + cell.dataset.p;
        var old = cell.dataset.kind;
        var kind = value === "" ? "" : (attendanceKind(value) ? "attendance" : "mark");
        var stored;
        if (kind === "") {
            stored = send("DELETE", old === "attendance" ? attendance : marks);
        } else if (kind === "attendance") {
            stored = send("PUT", attendance, { kind: attendanceKind(value) });
        } else {
            stored = send("PUT", marks, { value: value, workType: "ANSWER" });
        }
        cell.classList.remove("sj-error");
        cell.classList.add("sj-saving");
        stored.then(function (entry) {
            cell.classList.remove("sj-saving");
            /* The server's code («Б» for a typed «б»), unless the teacher is already retyping. */
            var shown = kind === "attendance" && entry && entry.value ? entry.value : value;
            if (cell.value.trim() === value) {
                cell.value = shown;
            }
            cell.dataset.saved = shown;
            cell.dataset.kind = kind;
            cell.classList.toggle("sj-att", kind === "attendance");
            cell.classList.add("sj-saved");
            cell.title = entry && entry.late ? lateText() : "";
            show("");
            if (old && kind && old !== kind) {
                send("DELETE", old === "attendance" ? attendance : marks)
                    .then(null, function (message) { show(message, true); });
            }
        }, function (message) {
            cell.classList.remove("sj-saving");
            refuse(cell, message);
        });
    }

    function refuse(cell, message) {
        cell.value = cell.dataset.saved;
        cell.classList.add("sj-error");
        cell.title = message;
        show(message, true);
    }

    /* One request to the REST API with the session cookie: resolves to the JSON answer (or null),
       rejects with the message to show (the problem's detail). */
    function send(method, path, body, what) {
        var request = { method: method, credentials: "same-origin",
                        headers: { "Content-Type": "application/json", "Accept": "application/json",
                                   "Accept-Language": lang } };
        if (body) {
            request.body = JSON.stringify(body);
        }
        return fetch(api + path, request).then(function (response) {
            if (response.ok) {
                return response.status === 204 ? null : response.json().then(null, function () { return null; });
            }
            return response.json().then(function (problem) {
                return Promise.reject(problem.detail || response.statusText);
            }, function () {
                return Promise.reject(response.statusText);
            });
        }, function () {
            return Promise.reject(what === "lesson"
                ? (lang === "en" ? "No connection to the server; the lesson was not saved"
                                 : "Нет связи с сервером; урок не сохранён")
                : (lang === "en" ? "No connection to the server; the mark was not saved"
                                 : "Нет связи с сервером; отметка не сохранена"));
        });
    }

    function lateText() {
        return lang === "en" ? "Entered after the deadline" : "Записано позже установленного срока";
    }

    function show(message, error) {
        status.textContent = message;
        status.className = "sj-status" + (error ? " sj-status-error" : "");
    }

    /* The lessons under the grid (R-J03): topic, homework and «Не задано» of one lesson go in one
       request because the API stores them together; saved when a field is left changed. */
    var lessons = document.getElementById("lessons");
    if (!lessons || !editable) {
        return;
    }
    var lessonRows = Array.prototype.map.call(lessons.tBodies[0].rows, function (tr) {
        return { id: tr.dataset.l, topic: tr.querySelector("input.sj-topic"),
                 homework: tr.querySelector("input.sj-homework"),
                 none: tr.querySelector("input.sj-no-homework"), late: tr.querySelector(".sj-late"),
                 saved: null };
    }).filter(function (row) { return row.topic; });

    lessonRows.forEach(function (row, r) {
        /* Set here rather than in the markup: Facelets would write checked="false" as checked. */
        row.none.checked = lessons.tBodies[0].rows[r].dataset.none === "true";
        row.homework.disabled = row.none.checked;
        row.saved = current(row);
        [row.topic, row.homework].forEach(function (input) {
            input.addEventListener("change", function () { saveLesson(row, input); });
            input.addEventListener("keydown", function (e) { moveLesson(e, r, input); });
        });
        /* «Не задано» and a homework text exclude each other (the API refuses both): ticking it
           empties the homework; unticking it lets the teacher type one. */
        row.none.addEventListener("change", function () {
            if (row.none.checked) {
                row.homework.value = "";
            }
            row.homework.disabled = row.none.checked;
            saveLesson(row, row.homework);
            if (!row.none.checked) {
                row.homework.focus();
            }
        });
    });

    /* Enter and the up and down arrows go to the same field of the next or previous lesson. */
    function moveLesson(e, r, input) {
        var step = e.key === "ArrowUp" ? -1 : (e.key === "ArrowDown" || e.key === "Enter" ? 1 : 0);
        if (!step) {
            return;
        }
        var field = input === lessonRows[r].topic ? "topic" : "homework";
        for (var i = r + step; i >= 0 && i < lessonRows.length; i += step) {
            if (!lessonRows[i][field].disabled) {
                e.preventDefault();
                input.blur();
                lessonRows[i][field].focus();
                return;
            }
        }
    }

    function current(row) {
        return { topic: row.topic.value.trim(), homework: row.homework.value.trim(), noHomework: row.none.checked };
    }

    function saveLesson(row, input) {
        var notes = current(row);
        if (notes.topic === row.saved.topic && notes.homework === row.saved.homework
                && notes.noHomework === row.saved.noHomework) {
            return;
        }
        input.classList.remove("sj-error", "sj-saved");
        input.classList.add("sj-saving");
        send("PUT", "/lessons/" + row.id, notes, "lesson").then(function (entry) {
            input.classList.remove("sj-saving");
            input.classList.add("sj-saved");
            input.title = "";
            row.saved = notes;
            row.late.classList.toggle("sj-hidden", !(entry && entry.late));
            /* The grid's column header shows the topic on hover. */
            var header = grid.querySelector("th.sj-day[data-l='" + row.id + "']");
            if (header) {
                header.title = notes.topic;
            }
            show("");
        }, function (message) {
            input.classList.remove("sj-saving");
            row.topic.value = row.saved.topic;
            row.homework.value = row.saved.homework;
            row.none.checked = row.saved.noHomework;
            row.homework.disabled = row.saved.noHomework;
            input.classList.add("sj-error");
            input.title = message;
            show(message, true);
        });
    }
}());
