/*
 * The journal grid (R-J01): type a mark and it is saved at once through the REST API; Tab,
 * Enter and the arrow keys move between cells as in a spreadsheet. One request per changed cell
 * keeps the page light whatever the class size.
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

    function save(cell) {
        var value = cell.value.trim();
        if (value === cell.dataset.saved) {
            return;
        }
        var url = api + "/lessons/" + cell.dataset.l + "/marks/" + cell.dataset.p;
        var request = value === ""
            ? { method: "DELETE" }
            : { method: "PUT", body: JSON.stringify({ value: value, workType: "ANSWER" }) };
        request.credentials = "same-origin";
        request.headers = { "Content-Type": "application/json", "Accept": "application/json",
                            "Accept-Language": lang };
        cell.classList.remove("sj-error");
        cell.classList.add("sj-saving");
        fetch(url, request).then(function (response) {
            cell.classList.remove("sj-saving");
            if (response.ok) {
                cell.dataset.saved = value;
                cell.classList.add("sj-saved");
                show("");
                return;
            }
            return response.json().then(function (problem) { refuse(cell, problem.detail); },
                                        function () { refuse(cell, response.statusText); });
        }, function () {
            cell.classList.remove("sj-saving");
            refuse(cell, lang === "en" ? "No connection to the server; the mark was not saved"
                                       : "Нет связи с сервером; отметка не сохранена");
        });
    }

    function refuse(cell, message) {
        cell.value = cell.dataset.saved;
        cell.classList.add("sj-error");
        cell.title = message;
        show(message, true);
    }

    function show(message, error) {
        status.textContent = message;
        status.className = "sj-status" + (error ? " sj-status-error" : "");
    }
}());
