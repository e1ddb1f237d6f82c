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
