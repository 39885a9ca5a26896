// Behaviour shared by every page. No inline scripts: the Content-Security-Policy forbids them.
document.addEventListener("DOMContentLoaded", () => {
  for (const select of document.querySelectorAll("select[data-autosubmit]")) {
    select.addEventListener("change", () => select.form.submit());
  }
});

// Copy buttons. <button data-copy-text="…"> copies its attribute; <button
// data-copy-target="#id"> copies that element's value or text. The result is announced in
// the page's [data-copy-status] live region, whose data-* attributes carry the translated
// wording; the button briefly reads "Copied".
(() => {
  const RESTORE_AFTER_MS = 2000;

  function statusRegion() {
    let region = document.querySelector("[data-copy-status]");
    if (!region) {
      region = document.createElement("div");
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      region.setAttribute("data-copy-status", "");
      document.body.append(region);
    }
    return region;
  }

  function textToCopy(button) {
    if (button.hasAttribute("data-copy-text")) {
      return button.getAttribute("data-copy-text");
    }
    const target = document.querySelector(button.getAttribute("data-copy-target"));
    if (!target) {
      return null;
    }
    const hasValue =
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement;
    return hasValue ? target.value : target.textContent.trim();
  }

  // The async clipboard API needs a secure context (https or localhost); elsewhere fall back
  // to selecting an off-screen textarea, positioned by the .sd-copy-buffer class.
  async function writeClipboard(text, button) {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return;
    }
    const buffer = document.createElement("textarea");
    buffer.value = text;
    buffer.setAttribute("readonly", "");
    buffer.setAttribute("aria-hidden", "true");
    buffer.className = "sd-copy-buffer";
    document.body.append(buffer);
    buffer.select();
    const copied = document.execCommand("copy");
    buffer.remove();
    button.focus();
    if (!copied) {
      throw new Error("The browser refused to copy.");
    }
  }

  function announce(message) {
    const region = statusRegion();
    // Empty first, so copying the same address twice is announced twice.
    region.textContent = "";
    window.setTimeout(() => {
      region.textContent = message;
    }, 50);
  }

  function showCopied(button, label) {
    if (!button.hasAttribute("data-copy-label")) {
      button.setAttribute("data-copy-label", button.textContent);
    }
    button.textContent = label;
    window.clearTimeout(button.sdCopyTimer);
    button.sdCopyTimer = window.setTimeout(() => {
      button.textContent = button.getAttribute("data-copy-label");
    }, RESTORE_AFTER_MS);
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (document.querySelector("button[data-copy-text], button[data-copy-target]")) {
      statusRegion();
    }
  });

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-copy-text], button[data-copy-target]");
    if (!button) {
      return;
    }
    const region = statusRegion();
    const text = textToCopy(button);
    try {
      if (text === null) {
        throw new Error("Nothing to copy.");
      }
      await writeClipboard(text, button);
      showCopied(button, region.dataset.copiedLabel || "Copied");
      announce((region.dataset.copiedMessage || "Copied %s to the clipboard.").replace("%s", text));
    } catch {
      announce(region.dataset.failedMessage || "Could not copy. Select the text and copy it by hand.");
    }
  });
})();
