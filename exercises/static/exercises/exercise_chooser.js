// The chooser's « Créer un exercice » tab: « Voir l'aperçu » sends the form to the exercise
// editor's own preview (Wagtail's preview on creation) and shows the learner's view in a frame.
(() => {
  "use strict";

  const message = (area, text) => {
    area.querySelector("[data-exercise-preview-message]").textContent = text;
  };

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-exercise-preview]");
    if (!button) return;
    const form = button.closest("form[data-exercise-preview-url]");
    const area = form.querySelector("[data-exercise-preview-area]");
    const frame = form.querySelector("[data-exercise-preview-frame]");
    const url = form.dataset.exercisePreviewUrl;
    area.hidden = false;
    message(area, button.dataset.waiting || "…");
    try {
      // The editor's preview reads the editor's field names: without the chooser's prefix.
      const prefix = form.dataset.exerciseFormPrefix || "";
      const data = new FormData();
      for (const [name, value] of new FormData(form)) {
        data.append(name.startsWith(prefix) ? name.slice(prefix.length) : name, value);
      }
      const response = await fetch(url, { method: "POST", body: data });
      const state = await response.json();
      if (state.is_valid) {
        message(area, "");
        frame.hidden = false;
        frame.src = `${url}?in_preview_panel=true&t=${Date.now()}`;
      } else {
        frame.hidden = true;
        message(area, form.dataset.previewIncomplete);
      }
    } catch {
      frame.hidden = true;
      message(area, form.dataset.previewFailed);
    }
  });
})();
