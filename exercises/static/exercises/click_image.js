// "Cliquer sur l'image": with a mouse, a click on the image places the marker; with the
// keyboard, the arrow keys move a visible marker over the image and Enter places it. The
// position goes in two hidden fields (x, y in percent); "Vérifier ma réponse" sends them.
// Without this script, the image is an <input type="image"> that sends the click at once.
(function () {
  "use strict";

  var STEP = 5;  // percent per arrow key; with Shift, 1

  function round(value) { return Math.round(value * 100) / 100; }
  function clamp(value) { return Math.min(100, Math.max(0, value)); }

  function hidden(name, value) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value || "";
    return input;
  }

  function init(section) {
    var box = section.querySelector("[data-click-image]");
    var picture = box && box.querySelector("input.click-image__picture");
    if (!box || !picture || picture.disabled || box.getAttribute("data-ready")) { return; }
    box.setAttribute("data-ready", "1");

    var words = JSON.parse(box.getAttribute("data-words"));
    var prefix = box.getAttribute("data-prefix");
    var stage = box.querySelector("[data-stage]");
    var status = box.querySelector("[data-status]");
    var helpJs = box.querySelector("[data-help-js]");
    var helpNoJs = box.querySelector("[data-help-nojs]");

    // A plain picture, as wide as the column: the click is read here, not sent at once.
    var image = document.createElement("img");
    image.className = "click-image__picture click-image__picture--fluid";
    image.src = picture.getAttribute("src");
    image.alt = picture.alt;
    image.width = picture.width;
    image.height = picture.height;
    image.draggable = false;
    picture.parentNode.replaceChild(image, picture);

    var fieldX = hidden(prefix + "x", box.getAttribute("data-x"));
    var fieldY = hidden(prefix + "y", box.getAttribute("data-y"));
    box.appendChild(fieldX);
    box.appendChild(fieldY);

    helpNoJs.hidden = true;
    helpJs.hidden = false;
    stage.classList.add("click-image__stage--js");
    stage.tabIndex = 0;
    stage.setAttribute("role", "application");
    stage.setAttribute("aria-label", image.alt);
    stage.setAttribute("aria-describedby", helpJs.id);

    var cursor = document.createElement("span");
    cursor.className = "click-image__cursor";
    cursor.setAttribute("aria-hidden", "true");
    stage.appendChild(cursor);

    var position = {
      x: fieldX.value ? parseFloat(fieldX.value) : 50,
      y: fieldY.value ? parseFloat(fieldY.value) : 50
    };

    function where(x, y) {
      var row = y < 100 / 3 ? 0 : (y < 200 / 3 ? 1 : 2);
      var col = x < 100 / 3 ? 0 : (x < 200 / 3 ? 1 : 2);
      return words[String(row) + String(col)];
    }

    function say(template) {
      var message = template
        .replace("{where}", where(position.x, position.y))
        .replace("{x}", String(Math.round(position.x)))
        .replace("{y}", String(Math.round(position.y)));
      status.textContent = "";
      window.setTimeout(function () { status.textContent = message; }, 50);
    }

    function showCursor() {
      cursor.style.left = position.x + "%";
      cursor.style.top = position.y + "%";
    }

    function place() {
      fieldX.value = String(round(position.x));
      fieldY.value = String(round(position.y));
      var marker = stage.querySelector("[data-marker]");
      if (marker && marker.tagName.toLowerCase() !== "span") {
        // The server drew the last answer's marker in SVG: this one follows the learner.
        marker.parentNode.removeChild(marker);
        marker = null;
      }
      if (!marker) {
        marker = document.createElement("span");
        marker.setAttribute("data-marker", "");
        marker.setAttribute("aria-hidden", "true");
        stage.insertBefore(marker, cursor);
      }
      // A new place: the last correction no longer applies to it.
      marker.className = "click-image__marker";
      marker.style.left = fieldX.value + "%";
      marker.style.top = fieldY.value + "%";
      var zone = stage.querySelector("[data-zone]");
      if (zone) { zone.parentNode.removeChild(zone); }
      var verdict = box.querySelector("[data-verdict]");
      if (verdict) { verdict.parentNode.removeChild(verdict); }
      showCursor();
      say(words.placed);
    }

    stage.addEventListener("click", function (event) {
      var rect = image.getBoundingClientRect();
      if (!rect.width || !rect.height) { return; }
      position.x = clamp((event.clientX - rect.left) / rect.width * 100);
      position.y = clamp((event.clientY - rect.top) / rect.height * 100);
      place();
    });

    stage.addEventListener("keydown", function (event) {
      var step = event.shiftKey ? 1 : STEP;
      var moves = {
        ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step],
        Home: [-100, 0], End: [100, 0], PageUp: [0, -100], PageDown: [0, 100]
      };
      if (moves[event.key]) {
        event.preventDefault();
        position.x = clamp(position.x + moves[event.key][0]);
        position.y = clamp(position.y + moves[event.key][1]);
        showCursor();
        say(words.moved);
      } else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();  // Enter would send the form before the marker is placed
        place();
      }
    });

    showCursor();
  }

  function start() { window.PasAPasExercises.register("click_image", init); }
  if (window.PasAPasExercises) {
    start();
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
