// Glossary words: a tap, a click or Enter opens the definition in place (the browser's popover:
// Escape or a tap outside closes it). Without popovers or this script, the word is a plain
// link to the glossary page. Tab out of the definition closes it: it must never hide the link
// the focus goes to next.
(function () {
  if (!Object.prototype.hasOwnProperty.call(HTMLElement.prototype, "popover")) { return; }
  document.documentElement.classList.add("has-popover");
  var opener = null;

  document.addEventListener("click", function (event) {
    var link = event.target.closest(".glossary-link[data-popover]");
    if (!link) { return; }
    var popover = document.getElementById(link.getAttribute("data-popover"));
    if (!popover) { return; }
    event.preventDefault();
    opener = link;
    link.setAttribute("aria-expanded", "true");
    popover.showPopover();
    popover.focus();
  });

  document.addEventListener("toggle", function (event) {
    var popover = event.target;
    if (!popover.classList || !popover.classList.contains("glossary-popover")) { return; }
    if (event.newState === "closed" && opener) {
      opener.setAttribute("aria-expanded", "false");
      if (popover.contains(document.activeElement) || document.activeElement === document.body) {
        opener.focus();
      }
      opener = null;
    }
  }, true);

  document.addEventListener("focusout", function (event) {
    var popover = event.target.closest && event.target.closest(".glossary-popover");
    var next = event.relatedTarget;
    if (!popover || !next || popover.contains(next)) { return; }
    if (popover.matches(":popover-open")) { popover.hidePopover(); }
  });

  document.querySelectorAll(".glossary-link[data-popover]").forEach(function (link) {
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-haspopup", "dialog");
  });
})();
