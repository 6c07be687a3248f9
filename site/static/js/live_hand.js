// The learner's « J'ai besoin d'aide » bar: the buttons post with fetch (the forms work without
// it), and a light poll every 5 s while the page is visible shows the hand lowered by the
// facilitator and the lesson they propose. It never navigates by itself. What changes without
// the learner doing anything is announced politely, and a focused button that disappears hands
// the focus to the one that takes its place.
(function () {
  "use strict";
  const bar = document.querySelector("[data-live-bar]");
  if (!bar || !window.fetch) { return; }
  const EVERY = 5000;
  const off = bar.querySelector("[data-hand-off]");
  const on = bar.querySelector("[data-hand-on]");
  const goto = bar.querySelector("[data-goto]");
  const message = bar.querySelector("[data-live-message]");
  const announce = bar.querySelector("[data-live-announce]");
  let timer = null;
  let busy = false;

  function say(text) {
    // Emptied first, so that the same news twice is read twice.
    announce.textContent = "";
    window.setTimeout(function () { announce.textContent = text; }, 100);
  }

  function show(state, mine) {
    const focusWasIn = bar.contains(document.activeElement);
    if (!state || state.on === false) {
      bar.hidden = true;
      stop();
      // The session is over: the focus goes to the page's content, not to nowhere.
      if (focusWasIn) { document.getElementById("contenu").focus(); }
      return;
    }
    const raised = Boolean(state.hand_raised);
    const lowered = !raised && !on.hidden;
    const lostFocus = lowered && on.contains(document.activeElement);
    if (off.hidden !== raised) { off.hidden = raised; }
    if (on.hidden !== !raised) { on.hidden = !raised; }
    if (lowered && !mine) {
      say(bar.dataset.textLowered);
      if (lostFocus) { off.querySelector("button").focus(); }
    }
    if (!("goto" in state)) { return; }
    const target = state.goto;
    const here = target && new URL(target.url, window.location.href).pathname === window.location.pathname;
    const title = goto.querySelector("[data-goto-title]");
    if (!target || here) {
      if (goto.contains(document.activeElement)) { (raised ? on : off).querySelector("button").focus(); }
      goto.hidden = true;
    } else if (goto.hidden || title.textContent !== target.title) {
      title.textContent = target.title;
      goto.querySelector("[data-goto-link]").setAttribute("href", target.url);
      goto.hidden = false;
      say(bar.dataset.textGoto.replace("{title}", target.title));
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
            show({ on: true, hand_raised: body.hand_raised }, true);
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
