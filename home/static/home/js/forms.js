// A form sent back with mistakes shows a summary of them at its top (id "form-errors", each
// mistake a link to its field). Focus moves there, so a screen reader reads the summary at once
// and a keyboard starts from it, instead of from the top of a page that looks unchanged.
(function () {
    "use strict";
    const summary = document.getElementById("form-errors");
    if (summary) {
        summary.focus();
    }
})();
