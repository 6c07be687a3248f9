// The summary of a form's mistakes: a line's link puts the focus in its field (a link to a
// fragment only scrolls there), so that the keyboard can correct it at once.
(function () {
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) { return; }
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) { return; }
    event.preventDefault();
    field.focus();
  });
})();
