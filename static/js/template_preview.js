// Live preview on the letter-template admin page: posts the text being edited to the
// staff-only preview endpoint and shows the fragment it returns (rendered and escaped by
// the server). A static file because the Content-Security-Policy forbids inline scripts.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const preview = document.querySelector("[data-template-preview]");
  if (!preview) {
    return;
  }
  const form = preview.closest("form");
  const url = preview.dataset.previewUrl;
  const watched = ["case_type", "subject", "body", "placeholders"];
  let timer = null;
  let controller = null;

  const refresh = async () => {
    if (controller) {
      controller.abort();
    }
    const current = new AbortController();
    controller = current;
    const data = new FormData();
    data.append("csrfmiddlewaretoken", form.elements.namedItem("csrfmiddlewaretoken").value);
    for (const name of watched) {
      const field = form.elements.namedItem(name);
      if (field) {
        data.append(name, field.value);
      }
    }
    preview.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        signal: current.signal,
      });
      if (response.ok) {
        preview.innerHTML = await response.text();
      }
    } catch (error) {
      if (error.name !== "AbortError") {
        console.error("Template preview failed", error);
      }
    } finally {
      if (controller === current) {
        preview.removeAttribute("aria-busy");
      }
    }
  };

  const schedule = (event) => {
    if (watched.includes(event.target.name)) {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    }
  };
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
});
