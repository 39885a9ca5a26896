// The case wizard: "Add another" rows in the Plan of Action, and a confirmation before
// "Start over". No inline scripts: the Content-Security-Policy forbids them.
(() => {
  function addRow(fieldset) {
    const prefix = fieldset.dataset.formset;
    const total = fieldset.querySelector(`input[name="${prefix}-TOTAL_FORMS"]`);
    const max = fieldset.querySelector(`input[name="${prefix}-MAX_NUM_FORMS"]`);
    const template = fieldset.querySelector("template[data-formset-template]");
    const rows = fieldset.querySelector("[data-formset-rows]");
    const index = Number.parseInt(total.value, 10);
    if (max && index >= Number.parseInt(max.value, 10)) {
      return;
    }
    const html = template.innerHTML.replaceAll("__prefix__", String(index));
    rows.insertAdjacentHTML("beforeend", html);
    total.value = String(index + 1);
    const row = rows.lastElementChild;
    const first = row && row.querySelector("input, textarea, select");
    if (first) {
      first.focus();
    }
    updateButton(fieldset);
  }

  function updateButton(fieldset) {
    const prefix = fieldset.dataset.formset;
    const total = fieldset.querySelector(`input[name="${prefix}-TOTAL_FORMS"]`);
    const max = fieldset.querySelector(`input[name="${prefix}-MAX_NUM_FORMS"]`);
    const button = fieldset.querySelector("[data-formset-add]");
    const full = max && Number.parseInt(total.value, 10) >= Number.parseInt(max.value, 10);
    button.hidden = Boolean(full);
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const fieldset of document.querySelectorAll("[data-formset]")) {
      const button = fieldset.querySelector("[data-formset-add]");
      button.addEventListener("click", () => addRow(fieldset));
      updateButton(fieldset);
    }
    // A store the team wrote for before: fill its name and marketplace in one click.
    const storeInput = document.querySelector('input[name="who-store_name"]');
    const marketSelect = document.querySelector('select[name="who-marketplace"]');
    for (const button of document.querySelectorAll("button[data-store-name]")) {
      button.addEventListener("click", () => {
        storeInput.value = button.dataset.storeName;
        marketSelect.value = button.dataset.marketplace;
        storeInput.focus();
      });
    }
    if (storeInput && marketSelect) {
      storeInput.addEventListener("change", () => {
        const option = [...document.querySelectorAll("#team-stores option")].find(
          (candidate) => candidate.value === storeInput.value,
        );
        if (option && option.dataset.marketplace) {
          marketSelect.value = option.dataset.marketplace;
        }
      });
    }
    // The error summary: read first, and each link puts the cursor in its field.
    const summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
      for (const link of summary.querySelectorAll("a[data-error-link]")) {
        link.addEventListener("click", (event) => {
          const field = document.getElementById(link.dataset.errorLink);
          if (field) {
            event.preventDefault();
            field.scrollIntoView({ block: "center" });
            field.focus();
          }
        });
      }
    }
    for (const link of document.querySelectorAll("a[data-confirm]")) {
      link.addEventListener("click", (event) => {
        if (!window.confirm(link.dataset.confirm)) {
          event.preventDefault();
        }
      });
    }
  });
})();
