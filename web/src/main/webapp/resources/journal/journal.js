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
        cell.style.width = cell.value.length >= 3 ? (cell.value.length * 10 + 8) + "px" : "";
    }

    /* Saving a cell (R-J01, R-J05): one request with the cell's whole text and the text it
       replaces; the server writes it in one transaction or not at all, and refuses with the
       current text a cell that someone else changed meanwhile (409). What cannot be sent yet
       (no network, server restarting, session expired) waits in a queue in this browser's
       storage that survives a reload, and is sent as soon as the server answers again. */
    var QUEUE = "sj-unsaved:" + api + ":" + (grid.dataset.user || "");
    var flushing = false;
    var retryTimer = null;
    var retryDelay = 2000;
    function queue() {
        try {
            return JSON.parse(localStorage.getItem(QUEUE) || "{}");
        } catch (e) {
            return {};
        }
    }
    function store(pending) {
        try {
            if (Object.keys(pending).length) {
                localStorage.setItem(QUEUE, JSON.stringify(pending));
            } else {
                localStorage.removeItem(QUEUE);
            }
        } catch (e) {
            /* private mode without storage: the queue lives as long as the page */
        }
        memory = pending;
    }
    var memory = queue();
    function pendingQueue() {
        var stored = queue();
        return Object.keys(stored).length ? stored : memory;
    }
    function cellOf(key) {
        var parts = key.split(":");
        return grid.querySelector("input.sj-cell[data-l='" + parts[0] + "'][data-p='" + parts[1] + "']");
    }
    function save(cell) {
        var value = cell.value.trim();
        var key = cell.dataset.l + ":" + cell.dataset.p;
        var pending = pendingQueue();
        if (value === cell.dataset.saved && !pending[key]) {
            return;
        }
        var after = parse(value);
        if (after.error) {
            refuse(cell, after.error);
            return;
        }
        /* A cell typed again before it was sent still replaces what the server had. */
        pending[key] = { text: value, expected: pending[key] ? pending[key].expected : cell.dataset.saved };
        store(pending);
        cell.classList.remove("sj-error", "sj-saved");
        cell.classList.add("sj-saving");
        flush();
    }
    function flush() {
        if (flushing) {
            return;
        }
        var pending = pendingQueue();
        var key = Object.keys(pending)[0];
        if (!key) {
            showUnsaved();
            return;
        }
        flushing = true;
        var entry = pending[key];
        var parts = key.split(":");
        send("PUT", "/lessons/" + parts[0] + "/cells/" + parts[1], { text: entry.text, expected: entry.expected })
            .then(function (answer) {
                settle(key, entry, answer.cell);
                var cell = cellOf(key);
                if (cell) {
                    cell.dataset.late = String(!!answer.late);
                    cell.classList.remove("sj-saving");
                    cell.classList.add("sj-saved");
                    describe(cell);
                }
                retryDelay = 2000;
                show("");
                flushing = false;
                flush();
            }, function (problem) {
                flushing = false;
                if (problem.retry) {
                    showUnsaved(problem.message, problem.signIn);
                    if (!problem.signIn) {
                        clearTimeout(retryTimer);
                        retryTimer = setTimeout(flush, retryDelay);
                        retryDelay = Math.min(retryDelay * 2, 30000);
                    }
                    return;
                }
                /* Refused for good (a mark the subject does not allow, a lesson not yet held, a
                   cell changed meanwhile): the cell shows what the server holds, with why. */
                var current = problem.current !== undefined && problem.current !== null ? problem.current : entry.expected;
                settle(key, entry, current);
                var cell = cellOf(key);
                if (cell) {
                    refuse(cell, problem.message);
                } else {
                    show(problem.message, true);
                }
                flush();
            });
    }
    /* The server now holds text for the cell: drop the entry unless the teacher retyped the cell
       while it was on its way (then that text goes next, replacing what the server holds). */
    function settle(key, sent, text) {
        var pending = pendingQueue();
        if (pending[key] && pending[key].text !== sent.text) {
            pending[key].expected = text;
        } else {
            delete pending[key];
        }
        store(pending);
        var cell = cellOf(key);
        if (cell) {
            cell.dataset.saved = text;
            if (!pending[key] && cell.value.trim() === sent.text) {
                cell.value = text;
            }
        }
    }
    function showUnsaved(reason, signIn) {
        var count = Object.keys(pendingQueue()).length;
        if (!count) {
            return;
        }
        status.textContent = "";
        status.className = "sj-status sj-status-error";
        status.appendChild(document.createTextNode(
            (lang === "en" ? "Not saved: " : "Не сохранено: ") + count
            + (reason ? " \u2014 " + reason : "")));
        if (signIn) {
            var link = document.createElement("a");
            link.href = grid.dataset.login + "?next=" + encodeURIComponent(location.pathname + location.search);
            link.textContent = lang === "en" ? "Sign in again" : "Войти снова";
            link.className = "sj-sign-in";
            status.appendChild(document.createTextNode(" "));
            status.appendChild(link);
        }
    }
    /* Cells typed earlier that never reached the server: shown as typed, sent now. */
    var restored = pendingQueue();
    Object.keys(restored).forEach(function (key) {
        var cell = cellOf(key);
        if (cell) {
            cell.value = restored[key].text;
            cell.classList.add("sj-saving");
            describe(cell);
        }
    });
    window.addEventListener("online", flush);
    window.addEventListener("focus", flush);
    flush();
    function refuse(cell, message) {
        cell.value = cell.dataset.saved;
        cell.classList.remove("sj-saving");
        describe(cell);
        cell.classList.add("sj-error");
        cell.title = message;
        show(message, true);
    }
    /* One request to the REST API with the session cookie: resolves to the JSON answer (or null),
       rejects with { message, current } to show, and retry: true when the request may succeed
       later unchanged (no connection, the server unavailable, the session expired: signIn). */
    function send(method, path, body, what) {
        var request = { method: method, credentials: "same-origin",
                        headers: { "Content-Type": "application/json", "Accept": "application/json",
                                   "Accept-Language": lang, "X-Requested-With": "fetch" } };
        if (body) {
            request.body = JSON.stringify(body);
        }
        return fetch(api + path, request).then(function (response) {
            if (response.ok) {
                return response.status === 204 ? null : response.json().then(null, function () { return null; });
            }
            if (response.status === 401) {
                return Promise.reject({ retry: true, signIn: true, message: lang === "en"
                    ? "the session has ended; sign in again, the marks will be sent then"
                    : "сеанс завершён; войдите снова, и отметки будут отправлены" });
            }
            if (response.status >= 500 || response.status === 408 || response.status === 429) {
                return Promise.reject({ retry: true, message: offline() });
            }
            return response.json().then(function (problem) {
                return Promise.reject({ message: problem.detail || response.statusText, current: problem.current });
            }, function () {
                return Promise.reject({ message: response.statusText || String(response.status) });
            });
        }, function () {
            if (what === "lesson") {
                return Promise.reject({ message: lang === "en" ? "No connection to the server; the lesson was not saved"
                                                               : "Нет связи с сервером; урок не сохранён" });
            }
            return Promise.reject({ retry: true, message: offline() });
        });
    }
    function offline() {
        return lang === "en" ? "no connection to the server; will be sent when it answers"
                             : "нет связи с сервером; отправим, когда он ответит";
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
