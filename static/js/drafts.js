// Drafts pages. No inline scripts: the Content-Security-Policy forbids them.
//
// A form with data-unsaved-warning="…" asks before the page is left with unsaved changes,
// so a half-written letter is not lost to a stray click. Submitting the form is not leaving.
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-unsaved-warning]")) {
    let dirty = false;
    form.addEventListener("input", () => {
      dirty = true;
    });
    form.addEventListener("submit", () => {
      dirty = false;
    });
    window.addEventListener("beforeunload", (event) => {
      if (dirty) {
        event.preventDefault();
        // Browsers show their own wording; the attribute documents the intent.
        event.returnValue = form.dataset.unsavedWarning;
      }
    });
  }
});
