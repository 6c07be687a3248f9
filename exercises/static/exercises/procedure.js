// Démarche simulée: one step at a time, like a real online procedure. "Continuer" posts the
// whole form with `upto` set to the current step; the server checks steps 1..upto and sends
// back the page showing the step to fix or the next one. Without this script every step is
// shown in one long form, checked all at once.
(function () {
  if (!window.PasAPasExercises || window.PasAPasProcedure) { return; }
  window.PasAPasProcedure = true;

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  // Run after the base script has put focus on its feedback box.
  function focusLater(element) {
    if (!element) { return; }
    window.setTimeout(function () {
      if (!element.hasAttribute("tabindex")) { element.setAttribute("tabindex", "-1"); }
      element.focus();
      if (element.scrollIntoView) { element.scrollIntoView({ block: "start" }); }
    }, 0);
  }

  function init(section) {
    var root = section.querySelector("[data-procedure]");
    if (!root || root.hasAttribute("data-ready") || root.hasAttribute("data-preview")) { return; }
    root.setAttribute("data-ready", "1");
    var form = section.querySelector("[data-exercise-form]");
    var submit = form && form.querySelector("[data-exercise-submit]");
    var upto = root.querySelector("[data-procedure-upto]");
    var steps = root.querySelectorAll("[data-procedure-step]");
    var total = steps.length;
    if (!form || !submit || !upto || !total) { return; }
    var feedback = section.querySelector(".exercise__feedback");
    var done = root.querySelector("[data-procedure-done]");
    var state = root.getAttribute("data-state");
    var current = parseInt(root.getAttribute("data-current"), 10) || 1;
    var answered = root.hasAttribute("data-just-answered");
    var maxBytes = parseInt(root.getAttribute("data-max-bytes"), 10) || 0;

    root.classList.add("procedure--stepwise");

    function button(label, secondary) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "button" + (secondary ? " button--secondary" : "");
      b.textContent = label;
      return b;
    }
    var back = button(root.getAttribute("data-label-back"), true);
    var restart = button(root.getAttribute("data-label-restart"), true);
    submit.parentNode.insertBefore(back, submit);
    submit.parentNode.appendChild(restart);

    function show(number, focus) {
      current = number;
      each(steps, function (step, index) { step.hidden = index + 1 !== number; });
      if (done) { done.hidden = true; }
      upto.value = String(number);
      submit.hidden = false;
      submit.textContent = root.getAttribute(number < total ? "data-label-next" : "data-label-finish");
      back.hidden = number <= 1;
      restart.hidden = true;
      if (focus) { focusLater(steps[number - 1]); }
    }

    function showDone(focus) {
      each(steps, function (step) { step.hidden = true; });
      done.hidden = false;
      submit.hidden = true;
      back.hidden = true;
      restart.hidden = false;
      if (focus) { focusLater(done); }
    }

    // A fresh, empty form, to practise the whole procedure again. Nothing is sent.
    function startAgain() {
      each(root.querySelectorAll("[data-procedure-token], [data-procedure-attached], " +
        "[data-procedure-summary], .procedure__error, .procedure__passed, .procedure__step-ok"),
        function (element) { element.parentNode.removeChild(element); });
      each(root.querySelectorAll("input, select"), function (input) {
        if (input.type === "hidden") { return; }
        if (input.type === "checkbox") { input.checked = false; }
        else if (input.tagName === "SELECT") { input.selectedIndex = 0; }
        else { input.value = ""; }
        input.removeAttribute("aria-invalid");
        var ids = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
          return id && document.getElementById(id);
        });
        if (ids.length) { input.setAttribute("aria-describedby", ids.join(" ")); }
        else { input.removeAttribute("aria-describedby"); }
      });
      each(root.querySelectorAll(".procedure__field--error, .procedure__step--error, " +
        ".procedure__step--passed"), function (element) {
        element.classList.remove("procedure__field--error", "procedure__step--error",
          "procedure__step--passed");
      });
      if (feedback) { feedback.hidden = true; }
      show(1, true);
    }

    // A refused post writes its message in the common feedback box: make sure it shows.
    form.addEventListener("submit", function () {
      if (feedback && feedback.hidden) {
        feedback.innerHTML = "";
        feedback.hidden = false;
      }
    });
    back.addEventListener("click", function () { if (current > 1) { show(current - 1, true); } });
    restart.addEventListener("click", startAgain);

    // The error summary's links put the cursor in the field, not just near it.
    root.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("[data-procedure-goto]");
      if (!link) { return; }
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) {
        event.preventDefault();
        target.focus();
      }
    });

    // A file too heavy to send is refused here, kindly, before the post.
    root.addEventListener("change", function (event) {
      var input = event.target;
      if (input.type !== "file" || !maxBytes) { return; }
      var live = document.getElementById(input.id + "-live");
      var file = input.files && input.files[0];
      if (live) { live.textContent = ""; }
      if (file && file.size > maxBytes) {
        input.value = "";
        if (live) {
          var size = (Math.ceil(file.size * 10 / 1048576) / 10).toFixed(1).replace(".", ",");
          live.textContent = root.getAttribute("data-label-too-big").replace("%(size)s", size);
        }
      }
    });

    if (state === "done" && done) {
      showDone(answered);
      return;
    }
    // In the middle of the procedure, the step speaks for itself: the common "not yet"
    // message would be wrong after a step that went well.
    if (feedback && (state === "next" || state === "error")) { feedback.hidden = true; }
    show(current, false);
    if (answered) {
      if (state === "error") {
        focusLater(steps[current - 1].querySelector("[data-procedure-summary]"));
      } else if (state === "next") {
        focusLater(steps[current - 1]);
      }
    }
  }

  window.PasAPasExercises.register("procedure", init);
})();
