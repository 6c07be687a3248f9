// Sends an exercise's answer without leaving the page, and shows the server's correction in
// place. Without this script the same form posts normally and the answer page shows it.
(function () {
  if (window.PasAPasExercises) { return; }
  var inits = {};
  var started = false;
  var api = window.PasAPasExercises = {
    // A type's script registers how to bring its exercises to life (drag, drills, steps).
    register: function (name, init) {
      inits[name] = init;
      if (started) { document.querySelectorAll('[data-exercise="' + name + '"]').forEach(init); }
    },
    submit: function (form) { send(form); }
  };

  function feedbackOf(section) { return section.querySelector(".exercise__feedback"); }

  function showError(section, message) {
    var box = feedbackOf(section);
    box.innerHTML = "";
    var p = document.createElement("p");
    p.className = "feedback feedback--retry";
    p.textContent = message;
    box.appendChild(p);
    box.focus();
  }

  function send(form) {
    var section = form.closest("[data-exercise]");
    var button = form.querySelector("[data-exercise-submit]");
    if (button) { button.disabled = true; }
    fetch(form.action, {
      method: "POST", body: new FormData(form), credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (reply) {
      if (!reply.ok) {
        if (button) { button.disabled = false; }
        showError(section, reply.data.error);
        return;
      }
      var holder = document.createElement("div");
      holder.innerHTML = reply.data.html;
      var fresh = holder.querySelector("[data-exercise]");
      section.replaceWith(fresh);
      setUp(fresh);
      var box = feedbackOf(fresh);
      if (box) { box.focus(); }
      if (reply.data.lesson_completed) { lessonCompleted(); }
      document.dispatchEvent(new CustomEvent("pasapas:exercise-answered", { detail: reply.data }));
    }).catch(function () {
      form.submit();  // no network answer: the plain post still works
    });
  }

  // The lesson's « J'ai terminé » box says what the server just recorded.
  function lessonCompleted() {
    var end = document.getElementById("fin-de-lecon");
    var form = end && end.querySelector("form");
    if (!form) { return; }
    var done = document.createElement("p");
    done.className = "done-badge";
    done.textContent = "✓ " + end.getAttribute("data-completed-text");
    form.replaceWith(done);
  }

  function setUp(section) {
    var form = section.querySelector("[data-exercise-form]");
    if (form && !form.dataset.ready) {
      form.dataset.ready = "1";
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        send(form);
      });
    }
    var init = inits[section.getAttribute("data-exercise")];
    if (init) { init(section); }
  }

  function start() {
    started = true;
    document.querySelectorAll("[data-exercise]").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
  api.setUp = setUp;
})();
