// Vrai ou arnaque ?: after an answer, the clues and the advice are the lesson, so the
// cursor goes there (after the base script has focused its own message).
(function () {
  if (!window.PasAPasExercises || window.PasAPasScamCheck) { return; }
  window.PasAPasScamCheck = true;
  window.PasAPasExercises.register("scam_check", function (section) {
    var result = section.querySelector("[data-scam-result][data-just-answered]");
    if (!result || result.hasAttribute("data-ready")) { return; }
    result.setAttribute("data-ready", "1");
    window.setTimeout(function () {
      result.focus();
      if (result.scrollIntoView) { result.scrollIntoView({ block: "start" }); }
    }, 0);
  });
})();
