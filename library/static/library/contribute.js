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
const summary = document.getElementById("form-errors");
if (summary) summary.focus();

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
