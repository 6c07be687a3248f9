// "Show the code while I type": a checkbox turns the code field into plain text.
document.querySelectorAll("[data-show-code]").forEach(function (box) {
  var input = document.getElementById(box.getAttribute("data-show-code"));
  if (!input) { return; }
  box.addEventListener("change", function () { input.type = box.checked ? "text" : "password"; });
});
