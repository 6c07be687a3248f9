// The lesson page loads this file; it is print.js under its first name (see print.js).
// Printing, shared by the pages that offer it: a plain button is easier to find than the
// browser menu, and the paper says where it comes from (the address, without its query: a
// printed card's link carries a username).
(function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  var main = document.querySelector("main");
  if (main && !main.querySelector(".print-address, .progress-sheet__address")) {
    var line = document.createElement("p");
    line.className = "print-address";
    line.hidden = true; // on paper only (print.css)
    line.textContent = "Pas à Pas — " + location.origin + location.pathname;
    main.insertBefore(line, main.firstChild);
  }
})();
