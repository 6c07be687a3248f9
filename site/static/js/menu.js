// The main menu folds behind a « Menu » button when its links no longer hold on one row
// (a phone, a zoomed page, a large text size): the page's title then stays in the first
// screen. Without JavaScript the menu simply stays open.
(function () {
  "use strict";
  var script = document.currentScript;
  var header = script && script.closest(".site-header");
  if (!header) return;
  var toggle = header.querySelector(".site-nav__toggle");
  var nav = header.querySelector(".site-nav");
  var items = nav.querySelectorAll("li");
  if (!toggle || items.length < 2) return;

  function wraps() {
    header.classList.remove("site-header--folding");
    toggle.hidden = true;
    var first = items[0].getBoundingClientRect();
    var last = items[items.length - 1].getBoundingClientRect();
    return last.top > first.top + first.height / 2;
  }

  function fold() {
    var open = toggle.getAttribute("aria-expanded") === "true";
    var folding = wraps();
    toggle.hidden = !folding;
    header.classList.toggle("site-header--folding", folding);
    header.classList.toggle("site-header--open", folding && open);
  }

  toggle.addEventListener("click", function () {
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    header.classList.toggle("site-header--open", open);
    if (open) {
      var link = nav.querySelector("a");
      if (link) link.focus();
    }
  });
  header.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      toggle.setAttribute("aria-expanded", "false");
      header.classList.remove("site-header--open");
      toggle.focus();
    }
  });
  var pending = null;
  window.addEventListener("resize", function () {
    window.cancelAnimationFrame(pending);
    pending = window.requestAnimationFrame(fold);
  });
  fold();
})();
