/*
 * The journal grid (R-J01, R-J04, R-J10): type marks (with a work-type letter: «4к») and an
 * attendance code into a cell, several separated by «/» or a space, and it is saved at once
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
    /* What a teacher types for attendance (journal-conventions): the paper journal's «н» has no
       reason yet, so it is recorded as unexcused until the reason is known. */
    var ATTENDANCE = { "Б": "ILLNESS", "УП": "EXCUSED", "НП": "UNEXCUSED", "Н": "UNEXCUSED", "ОП": "LATE" };

    /* Work types and the letter typed after a mark of each («4к» a control work), from the page;
       longest letters first so that «дз» is not read as «д». */
    var WORK_TYPES = (grid.dataset.workTypes || "ANSWER=").split(";").map(function (pair) {
        var parts = pair.split("=");
        return { name: parts[0], code: parts[1] || "", title: parts[2] || parts[0] };
    });
    var BY_LETTER = WORK_TYPES.slice().sort(function (a, b) { return b.code.length - a.code.length; });

    var rows = Array.prototype.map.call(grid.tBodies[0].rows, function (row) {
        return Array.prototype.slice.call(row.querySelectorAll("input.sj-cell"));
    });

    rows.forEach(function (cells, r) {
        cells.forEach(function (cell, c) {
            cell.dataset.saved = cell.value;
            describe(cell);
            /* a substitute writes only in the lessons it gave; the teacher not in those (R-J06) */
            cell.readOnly = !editable || cell.dataset.w === "false";
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

    /* A cell's text («Б/5/4к», see CellText on the server) as its parts: the attendance kind and
       one mark per work type; error names what cannot be read. */
    function parse(text) {
        var cell = { attendance: null, marks: {}, error: null };
        text.trim().split(/[\s\/]+/).filter(Boolean).forEach(function (token) {
            var kind = attendanceKind(token);
            if (kind) {
                if (cell.attendance) { cell.error = twice(); }
                cell.attendance = kind;
                return;
            }
            var type = BY_LETTER.filter(function (w) {
                return w.code && token.length > w.code.length
                    && token.toLowerCase().slice(-w.code.length) === w.code;
            })[0] || WORK_TYPES.filter(function (w) { return !w.code; })[0];
            var value = type.code ? token.slice(0, -type.code.length) : token;
            if (cell.marks[type.name]) { cell.error = twice(type.title); }
            cell.marks[type.name] = value;
        });
        return cell;
    }

    function twice(workType) {
        if (!workType) {
            return lang === "en" ? "A cell holds one attendance mark" : "В клетке может быть одна отметка посещаемости";
        }
        return lang === "en"
            ? "Two marks for \u00ab" + workType + "\u00bb in one cell: add the work type letter to one of them"
            : "Две отметки за \u00ab" + workType + "\u00bb в одной клетке: допишите к одной букву вида работы";
    }

    /* The hover text and look of a cell: each mark's work type; control works stand out. */
    function describe(cell) {
        var parts = parse(cell.value);
        var names = WORK_TYPES.filter(function (w) { return parts.marks[w.name]; })
            .map(function (w) { return parts.marks[w.name] + " \u2014 " + w.title; });
        if (!cell.classList.contains("sj-error")) {
            cell.title = names.join("; ") + (cell.dataset.late === "true" ? (names.length ? "; " : "") + lateText() : "");
        }
        cell.classList.toggle("sj-att", !!parts.attendance && !Object.keys(parts.marks).length);
        cell.classList.toggle("sj-cw", !!parts.marks.CONTROL_WORK);
        cell.style.width = cell.value.length > 3 ? (cell.value.length * 9 + 6) + "px" : "";
    }

    /* Saving a cell: the requests that turn what it said into what it says now, new entries
       first and removals last (a refused entry never loses the old one), one after another, each
       naming the cell's text it expects so that a change made meanwhile by someone else is not
       overwritten (the server answers 409 with the current text). */
    function save(cell) {
        var value = cell.value.trim();
        if (value === cell.dataset.saved) {
            return;
        }
        var before = parse(cell.dataset.saved);
        var after = parse(value);
        if (after.error) {
            refuse(cell, after.error);
            return;
        }
        var base = "/lessons/" + cell.dataset.l + "/";
        var marks = base + "marks/" + cell.dataset.p;
        var attendance = base + "attendance/" + cell.dataset.p;
        var steps = [];
        WORK_TYPES.forEach(function (w) {
            if (after.marks[w.name] && after.marks[w.name] !== before.marks[w.name]) {
                steps.push(function (expected) {
                    return send("PUT", marks, { value: after.marks[w.name], workType: w.name, expected: expected });
                });
            }
        });
        if (after.attendance && after.attendance !== before.attendance) {
            steps.push(function (expected) {
                return send("PUT", attendance, { kind: after.attendance, expected: expected });
            });
        }
        WORK_TYPES.forEach(function (w) {
            if (before.marks[w.name] && !after.marks[w.name]) {
                steps.push(function (expected) {
                    return send("DELETE", marks + "?workType=" + w.name + "&expected=" + encodeURIComponent(expected));
                });
            }
        });
        if (before.attendance && !after.attendance) {
            steps.push(function (expected) {
                return send("DELETE", attendance + "?expected=" + encodeURIComponent(expected));
            });
        }
        cell.classList.remove("sj-error", "sj-saved");
        cell.classList.add("sj-saving");
        var late = false;
        var chain = Promise.resolve(cell.dataset.saved);
        steps.forEach(function (step) {
            chain = chain.then(function (expected) {
                return step(expected).then(function (entry) {
                    late = late || !!(entry && entry.late);
                    /* Each answer carries the cell's whole text: the next request expects it. */
                    cell.dataset.saved = entry && typeof entry.cell === "string" ? entry.cell : expected;
                    return cell.dataset.saved;
                });
            });
        });
        chain.then(function (text) {
            cell.classList.remove("sj-saving");
            /* The server's text («Б» for a typed «б», marks in order), unless already retyped. */
            if (cell.value.trim() === value) {
                cell.value = text;
            }
            cell.dataset.late = String(late);
            cell.classList.add("sj-saved");
            describe(cell);
            show("");
        }, function (problem) {
            cell.classList.remove("sj-saving");
            /* A conflict answers what the cell holds now: show that, not what failed. */
            if (problem.current !== undefined && problem.current !== null) {
                cell.dataset.saved = problem.current;
            }
            refuse(cell, problem.message);
        });
    }

    function refuse(cell, message) {
        cell.value = cell.dataset.saved;
        describe(cell);
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
                return Promise.reject({ message: problem.detail || response.statusText, current: problem.current });
            }, function () {
                return Promise.reject({ message: response.statusText });
            });
        }, function () {
            return Promise.reject({ message: what === "lesson"
                ? (lang === "en" ? "No connection to the server; the lesson was not saved"
                                 : "Нет связи с сервером; урок не сохранён")
                : (lang === "en" ? "No connection to the server; the mark was not saved"
                                 : "Нет связи с сервером; отметка не сохранена") });
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
        return { id: tr.dataset.l, tr: tr, topic: tr.querySelector("input.sj-topic"),
                 homework: tr.querySelector("input.sj-homework"),
                 none: tr.querySelector("input.sj-no-homework"), late: tr.querySelector(".sj-late"),
                 saved: null };
    }).filter(function (row) { return row.topic; });

    lessonRows.forEach(function (row, r) {
        /* Set here rather than in the markup: Facelets would write checked="false" as checked. */
        row.none.checked = row.tr.dataset.none === "true";
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

    /* Enter and the up and down arrows go to the same field of the next or previous lesson; Enter
       in an empty topic takes the КТП's topic shown in it (R-J02). */
    function moveLesson(e, r, input) {
        if (e.key === "Enter" && input === lessonRows[r].topic && !input.value && input.placeholder) {
            input.value = input.placeholder;
            saveLesson(lessonRows[r], input);
        }
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
        }, function (problem) {
            var message = problem.message;
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
