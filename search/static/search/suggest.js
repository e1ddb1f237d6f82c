// The header's search box as a combobox (WAI-ARIA 1.2 "list autocomplete"): suggestions from
// /search/suggest/ appear as the reader types (or on ArrowDown); arrow keys move through them, Enter opens the
// chosen one, Escape closes the list and keeps the words (a second Escape empties the box, as in
// any search box). Without this script the box is an ordinary search form.
(function () {
  "use strict";

  function setUp(input) {
    var form = input.form;
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var status = document.getElementById(input.dataset.statusId);
    var url = input.dataset.suggestUrl;
    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      options = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      if (status) status.textContent = ""; // no count left behind for a list that is gone
    }

    function dismiss() {
      // Closed by the reader: a suggestion still on its way must not open the list again.
      clearTimeout(timer);
      latest++;
      close();
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(suggestions) {
      close();
      suggestions.forEach(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = list.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        var title = document.createElement("span");
        title.className = "suggestions__title";
        title.textContent = suggestion.title;
        var kind = document.createElement("span");
        kind.className = "suggestions__kind";
        kind.textContent = suggestion.kind;
        option.append(title, " ", kind);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box
          window.location.href = suggestion.url;
        });
        list.appendChild(option);
        options.push(option);
      });
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      if (status) {
        status.textContent = options.length ? status.dataset.template.replace("%s", options.length) : "";
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < 2) {
        close();
        return;
      }
      var request = ++latest;
      fetch(url + "?" + new URLSearchParams({ q: query }), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (request === latest && document.activeElement === input) {
            show(data.suggestions || []);
          }
        })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && options.length) {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === "ArrowDown" && input.value.trim().length >= 2) {
        event.preventDefault(); // the list was closed: open it again
        fetchSuggestions();
      } else if (event.key === "ArrowUp" && options.length) {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options[active].dataset.url;
      } else if (event.key === "Escape" && !list.hidden) {
        // Close the list and keep the words: a search box would otherwise empty itself too.
        event.preventDefault();
        dismiss();
      } else if (event.key === "Escape") {
        dismiss();
      }
    });
    input.addEventListener("blur", function () {
      setTimeout(dismiss, 100);
    });
    form.setAttribute("autocomplete", "off");
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(setUp);
})();
