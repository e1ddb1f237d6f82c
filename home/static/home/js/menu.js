// The header's menu button on narrow screens, a disclosure (WAI-ARIA Authoring Practices):
// the button says whether the menu is open (aria-expanded) and which element it opens
// (aria-controls). Without JavaScript the button stays hidden and the menu is a plain list;
// where scripts run, the stylesheet shows the button and folds the menu from the first paint,
// before this script has run, so the page does not jump as it loads. On wide screens the
// stylesheet hides the button and shows the menu whatever its state.
(function () {
    "use strict";
    const header = document.querySelector("[data-menu]");
    const button = header && header.querySelector(".menu-button");
    const menu = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!menu) {
        return;
    }

    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        menu.classList.toggle("is-open", open);
    }

    setOpen(false);
    header.classList.add("has-menu-button");
    button.hidden = false;
    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu and returns to its button.
    header.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
})();
