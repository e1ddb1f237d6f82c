// While the files travel, say so, and keep the form from being sent twice.
document.querySelectorAll("[data-contribution-form]").forEach((form) => {
  form.addEventListener("submit", () => {
    const progress = form.querySelector("[data-progress]");
    if (progress) progress.hidden = false;
    // Disable after the submit event, so the pressed button's name is still sent.
    setTimeout(() => {
      form.querySelectorAll("button[type=submit]").forEach((button) => {
        button.disabled = true;
      });
    }, 0);
  });
});

// A long list of choices (the themes) gets a box that narrows it as one types, ignoring case
// and accents ("fodsel" finds "fødsel"); ticked choices always stay in view.
const fold = (text) =>
  text.toLocaleLowerCase("da").replace(/ø/g, "o").replace(/æ/g, "ae").replace(/å/g, "aa")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
document.querySelectorAll("[data-choice-filter]").forEach((filter) => {
  const fieldset = filter.closest("fieldset");
  const input = filter.querySelector("input");
  const count = filter.querySelector("[data-choice-count]");
  const choices = Array.from(fieldset.querySelectorAll(".field__choice"));
  filter.hidden = false;
  input.addEventListener("input", () => {
    const wanted = fold(input.value.trim());
    let shown = 0;
    choices.forEach((choice) => {
      const box = choice.querySelector("input");
      const match = !wanted || box.checked || fold(choice.textContent).includes(wanted);
      choice.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = wanted ? `${shown} / ${choices.length}` : "";
  });
  // Enter in the box must not send the form half filled in.
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") event.preventDefault();
  });
});

// The rows for new files: one empty row shows at a time, and a button adds the next. Rows in
// use (a title typed, an error to see) always show. Without the script every row shows.
document.querySelectorAll("[data-file-rows]").forEach((group) => {
  const rows = Array.from(group.querySelectorAll("[data-file-row]"));
  const button = group.querySelector("[data-add-file-row]");
  const inUse = (row) =>
    row.querySelector(".field--error") ||
    Array.from(row.querySelectorAll("input")).some((input) => input.value);
  let shownEmpty = false;
  rows.forEach((row) => {
    if (inUse(row)) return;
    row.hidden = shownEmpty;
    shownEmpty = true;
  });
  const update = () => {
    button.hidden = !rows.some((row) => row.hidden);
  };
  button.addEventListener("click", () => {
    const next = rows.find((row) => row.hidden);
    if (next) {
      next.hidden = false;
      next.querySelector("input").focus();
    }
    update();
  });
  update();
});
