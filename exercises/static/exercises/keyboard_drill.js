// Exercice de clavier: catches the shortcut pressed in each practice field and keeps it in a
// hidden input for the server to judge. Typed texts are plain fields and need no script.
(function () {
  "use strict";
  if (!window.PasAPasExercises) { return; }

  // By the letter the key shows (event.key), so that AZERTY's A is "a", not the QWERTY "q".
  var LETTERS = { c: "copy", v: "paste", x: "cut", a: "select_all", z: "undo", y: "redo",
    s: "save", p: "print", f: "find" };
  // What the browser would do instead of practising: a save or print window, its search bar.
  var CANCELLED = { save: true, print: true, find: true };

  function letterOf(event) {
    var key = event.key || "";
    if (key.length === 1 && /[a-z]/i.test(key)) { return key.toLowerCase(); }
    // Another alphabet, or a dead key: the key's place, as browsers do for shortcuts.
    var code = /^Key([A-Z])$/.exec(event.code || "");
    return code ? code[1].toLowerCase() : "";
  }

  function shortcutOf(event) {
    // AltGr is Ctrl + Alt on Windows: AltGr + à types @, it is no shortcut.
    if (!(event.ctrlKey || event.metaKey) || event.altKey) { return null; }
    if (event.getModifierState && event.getModifierState("AltGraph")) { return null; }
    var letter = letterOf(event);
    if (letter === "z" && event.shiftKey) { return "redo"; }
    return LETTERS[letter] || null;
  }

  function init(section) {
    var drill = section.querySelector("[data-keyboard-drill]");
    if (!drill || drill.getAttribute("data-ready")) { return; }
    drill.setAttribute("data-ready", "1");
    var data = document.getElementById(drill.getAttribute("data-messages"));
    var text = data ? JSON.parse(data.textContent) : { shortcuts: {}, detected: "{label}" };

    Array.prototype.forEach.call(drill.querySelectorAll("[data-practice]"), function (field) {
      var item = field.closest("li");
      var hidden = item.querySelector("[data-shortcut]");
      var status = item.querySelector("[data-detected]");
      field.addEventListener("keydown", function (event) {
        var name = shortcutOf(event);
        if (!name) { return; }
        if (CANCELLED[name]) { event.preventDefault(); }
        if (event.repeat) { return; }
        hidden.value = name;
        status.textContent = text.detected.replace("{label}", text.shortcuts[name] || name);
      });
    });

    // Enter in a text goes on to the next one instead of sending the whole exercise early.
    var typed = Array.prototype.slice.call(drill.querySelectorAll("[data-typed], [data-practice]"));
    typed.forEach(function (field, index) {
      if (!field.hasAttribute("data-typed")) { return; }
      field.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || event.isComposing) { return; }
        var next = typed[index + 1];
        if (!next) { return; } // the last one: Enter sends, as in any form
        event.preventDefault();
        next.focus();
      });
    });
  }

  window.PasAPasExercises.register("keyboard_drill", init);
})();
