// The reading bar: a change shows at once and is kept (a cookie, and the account when signed
// in). Without this script the form posts and the page comes back with the choice applied.
(function () {
  var form = document.querySelector("[data-reading-form]");
  if (!form || !window.fetch || !window.FormData) { return; }
  var root = document.documentElement;
  var status = document.querySelector("[data-reading-status]");
  var NAMES = ["text-2", "text-3", "contrast-high", "spacing-wide", "motion-less"];

  function classesFor(data) {
    var names = [];
    if (data.get("size") && data.get("size") !== "1") { names.push("text-" + data.get("size")); }
    if (data.get("contrast")) { names.push("contrast-high"); }
    if (data.get("spacing")) { names.push("spacing-wide"); }
    if (data.get("motion")) { names.push("motion-less"); }
    return names;
  }

  function apply(names) {
    NAMES.forEach(function (name) { root.classList.toggle(name, names.indexOf(name) !== -1); });
  }

  // One save at a time, in order: with several in flight, an older choice's answer could
  // arrive last and its cookie win. The status speaks once the latest one is kept.
  var queue = Promise.resolve();
  var latest = 0;

  function post(data, mine) {
    return fetch(form.action, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      if (mine === latest) { status.textContent = form.getAttribute("data-saved-text"); }
    });
  }

  function save() {
    var data = new FormData(form);
    var mine = ++latest;
    apply(classesFor(data));
    status.textContent = "";
    status.classList.remove("is-failed");
    queue = queue.then(function () { return post(data, mine); }).catch(function () {
      status.textContent = form.getAttribute("data-failed-text");
      status.classList.add("is-failed");
    });
  }

  // Escape closes the open panel, as it would a dialog, and gives the focus back to its title.
  var panel = form.closest("details");
  if (panel) {
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && panel.open) {
        event.preventDefault();
        panel.open = false;
        panel.querySelector("summary").focus();
      }
    });
  }

  form.addEventListener("change", save);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    save();
    var details = form.closest("details");
    if (details) {
      details.open = false;
      details.querySelector("summary").focus();
    }
  });
})();
