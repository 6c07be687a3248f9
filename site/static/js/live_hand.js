// The learner's « J'ai besoin d'aide » bar: the buttons post with fetch (the forms work without
// it), and a light poll every 5 s while the page is visible shows the hand lowered by the
// facilitator and the lesson they propose. It never navigates by itself.
(function () {
  "use strict";
  const bar = document.querySelector("[data-live-bar]");
  if (!bar || !window.fetch) { return; }
  const EVERY = 5000;
  const off = bar.querySelector("[data-hand-off]");
  const on = bar.querySelector("[data-hand-on]");
  const goto = bar.querySelector("[data-goto]");
  const message = bar.querySelector("[data-live-message]");
  let timer = null;
  let busy = false;

  function show(state) {
    if (!state || state.on === false) {
      bar.hidden = true;
      stop();
      return;
    }
    const raised = Boolean(state.hand_raised);
    if (off.hidden !== raised) { off.hidden = raised; }
    if (on.hidden !== !raised) { on.hidden = !raised; }
    if (!("goto" in state)) { return; }
    const target = state.goto;
    const here = target && new URL(target.url, window.location.href).pathname === window.location.pathname;
    if (!target || here) {
      goto.hidden = true;
    } else {
      goto.querySelector("[data-goto-title]").textContent = target.title;
      goto.querySelector("[data-goto-link]").setAttribute("href", target.url);
      goto.hidden = false;
    }
  }

  function poll() {
    if (busy || document.hidden) { return; }
    busy = true;
    fetch(bar.dataset.stateUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 409 || response.status === 404) { return { on: false }; }
        return response.ok ? response.json() : null;
      })
      .then(function (state) { if (state) { show(state); } })
      .catch(function () { /* offline for a moment: the next poll tries again */ })
      .finally(function () { busy = false; });
  }

  function start() { if (!timer) { timer = window.setInterval(poll, EVERY); } }
  function stop() { if (timer) { window.clearInterval(timer); timer = null; } }

  bar.querySelectorAll("[data-hand-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const button = form.querySelector("button");
      button.disabled = true;
      fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json", "X-CSRFToken": bar.dataset.csrf },
        credentials: "same-origin",
      })
        .then(function (response) { return response.json().then(function (body) { return [response, body]; }); })
        .then(function (answer) {
          const response = answer[0];
          const body = answer[1];
          if (response.ok) {
            message.textContent = "";
            show({ on: true, hand_raised: body.hand_raised });
            poll();
            const focus = (body.hand_raised ? on : off).querySelector("button");
            if (focus) { focus.focus(); }
          } else if (body.message) {
            message.textContent = body.message;
          }
        })
        .catch(function () { form.submit(); })
        .finally(function () { button.disabled = false; });
    });
  });

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { stop(); } else { poll(); start(); }
  });
  start();
}());
