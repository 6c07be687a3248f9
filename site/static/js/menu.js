// The main menu folds behind a « Menu » button on a narrow screen or when its links take too
// many rows (a phone, a zoomed page, a large text size): the page's title then stays in the
// first screen. Without JavaScript the menu simply stays open.
(function () {
  "use strict";
  var script = document.currentScript;
  var header = script && script.closest(".site-header");
  if (!header) return;
  var toggle = header.querySelector(".site-nav__toggle");
  var nav = header.querySelector(".site-nav");
  var items = nav.querySelectorAll("li");
  if (!toggle || items.length < 2) return;

  // Fold on a narrow screen (a phone, a page zoomed to 200 %: under 48 em), or when the links
  // take more than two rows (a large text size).
  var narrow = window.matchMedia("(max-width: 48em)");

  function wraps() {
    header.classList.remove("site-header--folding");
    toggle.hidden = true;
    if (narrow.matches) return true;
    // Rows by their tops: items of one row may differ by a few pixels (a button beside links).
    var tops = [];
    for (var i = 0; i < items.length; i++) {
      var box = items[i].getBoundingClientRect();
      tops.push([box.top, box.height]);
    }
    tops.sort(function (a, b) { return a[0] - b[0]; });
    var rows = 1;
    var rowTop = tops[0][0];
    for (var j = 1; j < tops.length; j++) {
      if (tops[j][0] > rowTop + tops[j][1] / 2) {
        rows += 1;
        rowTop = tops[j][0];
      }
    }
    return rows > 2;
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
  // Measured again once the page's fonts are in: the fallback font's wider text could have
  // made the links wrap for a moment.
  window.addEventListener("load", fold);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fold);
})();
