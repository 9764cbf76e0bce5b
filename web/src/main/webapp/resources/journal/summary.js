/*
 * The summary sheet's print button. A script file, not an onclick attribute: the pages run no
 * inline script (R-A03, Content-Security-Policy script-src 'self').
 */
(function () {
    "use strict";
    document.addEventListener("click", function (e) {
        if (e.target.closest && e.target.closest(".sj-summary-print")) {
            window.print();
        }
    });
}());
