/*
 * The lessons under the grid (R-J03): topic, homework and «Не задано» of one lesson go in one
 * request because the API stores them together; saved when a field is left changed.
 */
export function lessonNotes(lessons, grid, api, show) {
    const lessonRows = Array.prototype.map.call(lessons.tBodies[0].rows, (tr) => (
        { id: tr.dataset.l, tr: tr, topic: tr.querySelector("input.sj-topic"),
          homework: tr.querySelector("input.sj-homework"), minutes: tr.querySelector("input.sj-hw-min"),
          none: tr.querySelector("input.sj-no-homework"), late: tr.querySelector(".sj-late"),
          saved: null })).filter((row) => row.topic);

    function current(row) {
        /* The homework's minutes (optional, for the deputy's volume check): a whole number or nothing. */
        const minutes = row.minutes && row.minutes.value ? parseInt(row.minutes.value, 10) : null;
        return { topic: row.topic.value.trim(), homework: row.homework.value.trim(), noHomework: row.none.checked,
                 homeworkMinutes: Number.isNaN(minutes) ? null : minutes };
    }

    function saveLesson(row, input) {
        const notes = current(row);
        if (notes.topic === row.saved.topic && notes.homework === row.saved.homework
                && notes.noHomework === row.saved.noHomework && notes.homeworkMinutes === row.saved.homeworkMinutes) {
            return;
        }
        input.classList.remove("sj-error", "sj-saved");
        input.classList.add("sj-saving");
        api.putLesson(row.id, notes).then((entry) => {
            input.classList.remove("sj-saving");
            input.classList.add("sj-saved");
            input.title = "";
            row.saved = notes;
            row.late.classList.toggle("sj-hidden", !(entry && entry.late));
            /* The grid's column header shows the topic on hover. */
            const header = grid.querySelector("th.sj-day[data-l='" + row.id + "']");
            if (header) {
                header.title = notes.topic;
            }
            show("");
        }, (problem) => {
            input.classList.remove("sj-saving");
            row.topic.value = row.saved.topic;
            row.homework.value = row.saved.homework;
            row.none.checked = row.saved.noHomework;
            row.homework.disabled = row.saved.noHomework;
            if (row.minutes) {
                row.minutes.value = row.saved.homeworkMinutes === null ? "" : row.saved.homeworkMinutes;
                row.minutes.disabled = row.saved.noHomework;
            }
            input.classList.add("sj-error");
            input.title = problem.message;
            show(problem.message, true);
        });
    }

    /* Enter and the up and down arrows go to the same field of the next or previous lesson; Enter
       in an empty topic takes the КТП's topic shown in it (R-J02). */
    function moveLesson(e, r, input) {
        if (e.key === "Enter" && input === lessonRows[r].topic && !input.value && input.placeholder) {
            input.value = input.placeholder;
            saveLesson(lessonRows[r], input);
        }
        const step = e.key === "ArrowUp" ? -1 : (e.key === "ArrowDown" || e.key === "Enter" ? 1 : 0);
        if (!step) {
            return;
        }
        const field = input === lessonRows[r].topic ? "topic" : "homework";
        for (let i = r + step; i >= 0 && i < lessonRows.length; i += step) {
            if (!lessonRows[i][field].disabled) {
                e.preventDefault();
                input.blur();
                lessonRows[i][field].focus();
                return;
            }
        }
    }

    lessonRows.forEach((row, r) => {
        /* Set here rather than in the markup: Facelets would write checked="false" as checked. */
        row.none.checked = row.tr.dataset.none === "true";
        row.homework.disabled = row.none.checked;
        if (row.minutes) {
            row.minutes.disabled = row.none.checked;
            row.minutes.addEventListener("change", () => saveLesson(row, row.minutes));
        }
        row.saved = current(row);
        [row.topic, row.homework].forEach((input) => {
            input.addEventListener("change", () => saveLesson(row, input));
            input.addEventListener("keydown", (e) => moveLesson(e, r, input));
        });
        /* «Не задано» and a homework text exclude each other (the API refuses both): ticking it
           empties the homework; unticking it lets the teacher type one. */
        row.none.addEventListener("change", () => {
            if (row.none.checked) {
                row.homework.value = "";
            }
            row.homework.disabled = row.none.checked;
            if (row.minutes) {
                if (row.none.checked) {
                    row.minutes.value = "";
                }
                row.minutes.disabled = row.none.checked;
            }
            saveLesson(row, row.homework);
            if (!row.none.checked) {
                row.homework.focus();
            }
        });
    });
}
