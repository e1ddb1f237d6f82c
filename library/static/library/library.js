// The library works without JavaScript (a plain GET form). With it, a ticked filter
// applies at once and only the results and filters are swapped, without a full reload.
(function () {
    "use strict";
    const form = document.querySelector("[data-library-form]");
    if (!form || !window.fetch || !window.DOMParser) {
        return;
    }
    const apply = form.querySelector("[data-library-apply]");
    if (apply) {
        apply.hidden = true;
    }

    async function update(url) {
        const results = form.querySelector("[data-library-results]");
        results.setAttribute("aria-busy", "true");
        try {
            const response = await fetch(url, { headers: { "X-Requested-With": "fetch" } });
            if (!response.ok) {
                window.location.href = url;
                return;
            }
            const html = new DOMParser().parseFromString(await response.text(), "text/html");
            const fresh = html.querySelector("[data-library-form]");
            const focused = document.activeElement && document.activeElement.name
                ? [document.activeElement.name, document.activeElement.value] : null;
            form.querySelector(".facets").replaceWith(fresh.querySelector(".facets"));
            form.querySelector("[data-library-results]").replaceWith(fresh.querySelector("[data-library-results]"));
            const newApply = form.querySelector("[data-library-apply]");
            if (newApply) {
                newApply.hidden = true;
            }
            if (focused) {
                const again = form.querySelector(`[name="${focused[0]}"][value="${CSS.escape(focused[1])}"]`);
                if (again) {
                    again.focus();
                }
            }
            window.history.pushState({}, "", url);
        } catch (error) {
            window.location.href = url;
        }
    }

    form.addEventListener("change", function (event) {
        if (event.target.matches("input[type=checkbox]")) {
            const params = new URLSearchParams(new FormData(form));
            params.delete("page");
            update(`${window.location.pathname}?${params.toString()}`);
        }
    });
    window.addEventListener("popstate", function () {
        window.location.reload();
    });
}());
