/*
 * The journal page's script (loaded as a module by teacher/journal.xhtml): wires the grid, the
 * lessons under it, the API client and the texts. Each concern is a module of its own:
 * cell-format (what a cell reads), unsaved-queue (the offline queue), api (REST), texts (from the
 * resource bundles), grid and lessons (the page).
 */
import { textsOf } from "./texts.js";
import { apiClient } from "./api.js";
import { journalGrid } from "./grid.js";
import { lessonNotes } from "./lessons.js";

const grid = document.getElementById("grid");
if (grid) {
    const text = textsOf(grid);
    const api = apiClient(grid.dataset.api, grid.dataset.lang || "ru", text);
    const page = journalGrid(grid, document.getElementById("sj-status"), api, text);
    const lessons = document.getElementById("lessons");
    if (lessons && grid.dataset.editable === "true") {
        lessonNotes(lessons, grid, api, page.show);
    }
}
