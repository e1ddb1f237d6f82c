// A "Copy" button beside a read-only field: [data-copy] names the field by its id in
// data-copy-target, and a live region [data-copy-status] naming the same field says whether
// it worked.
// Without JavaScript the button stays hidden and the field can be selected and copied.
(function () {
    "use strict";
    document.querySelectorAll("[data-copy]").forEach(function (button) {
        const field = document.getElementById(button.dataset.copyTarget);
        const status = document.querySelector(`[data-copy-status="${button.dataset.copyTarget}"]`);
        if (!field) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", async function () {
            field.select();
            let copied = false;
            try {
                await navigator.clipboard.writeText(field.value);
                copied = true;
            } catch (error) {
                copied = document.execCommand && document.execCommand("copy");
            }
            if (status) {
                status.textContent = copied ? button.dataset.copied : button.dataset.failed;
            }
        });
    });
})();
