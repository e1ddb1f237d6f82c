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

    // On narrow screens the filters are a drawer behind a "Filtre" button that counts the
    // chosen ones (a disclosure, like the header's menu); wide screens show them beside the
    // results and the stylesheet hides the button. Without JavaScript they come first.
    const drawerButton = form.querySelector("[data-filters-button]");

    function drawerOpen() {
        return drawerButton.getAttribute("aria-expanded") === "true";
    }

    function setDrawer(open) {
        drawerButton.setAttribute("aria-expanded", open ? "true" : "false");
        form.querySelector(".facets").classList.toggle("is-open", open);
    }

    function showCloseButton() {
        const close = form.querySelector("[data-filters-close]");
        if (close) {
            close.hidden = false;
        }
    }

    if (drawerButton) {
        form.classList.add("has-filters-drawer");
        drawerButton.hidden = false;
        setDrawer(false);
        showCloseButton();
        drawerButton.addEventListener("click", function () {
            setDrawer(!drawerOpen());
        });
        form.addEventListener("click", function (event) {
            if (event.target.closest("[data-filters-close]")) {
                setDrawer(false);
                drawerButton.focus();
                form.querySelector("[data-library-results]").scrollIntoView();
            }
        });
        form.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && drawerOpen() && event.target.closest(".facets")) {
                setDrawer(false);
                drawerButton.focus();
            }
        });
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
            const unfolded = Array.from(form.querySelectorAll(".facet__more[open]"), (details) => details.dataset.facet);
            form.querySelector(".facets").replaceWith(fresh.querySelector(".facets"));
            unfolded.forEach(function (facet) {
                const details = form.querySelector(`.facet__more[data-facet="${CSS.escape(facet)}"]`);
                if (details) {
                    details.open = true;
                }
            });
            if (drawerButton) {
                const count = fresh.querySelector("[data-filters-count]");
                form.querySelector("[data-filters-count]").replaceWith(count);
                setDrawer(drawerOpen());
                showCloseButton();
            }
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
