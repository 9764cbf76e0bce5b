/*
 * Period marks (R-J07): Enter and the arrow keys go down and up the column of marks, so a teacher
 * types a class's marks without the mouse; leaving a changed field saves it (its own ajax). Enter
 * must not submit the form: that would save every row at once.
 */
(function () {
    "use strict";
    var fields = function (selector) {
        return Array.prototype.slice.call(document.querySelectorAll(selector));
    };
    ["input.sj-pm", "input.sj-pm-reason"].forEach(function (selector) {
        document.addEventListener("keydown", function (e) {
            if (!e.target.matches || !e.target.matches(selector)) {
                return;
            }
            var step = e.key === "ArrowUp" ? -1 : (e.key === "ArrowDown" || e.key === "Enter" ? 1 : 0);
            if (!step) {
                return;
            }
            e.preventDefault();
            var all = fields(selector);
            var next = all[all.indexOf(e.target) + step];
            e.target.blur();
            if (next) {
                next.focus();
                next.select();
            }
        });
    });
}());
