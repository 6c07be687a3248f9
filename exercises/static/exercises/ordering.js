// "Remettre dans l'ordre": turns the position menus into a list moved with big buttons
// (keyboard) or by dragging (mouse, finger). The menus stay in the form, hidden, and always
// hold the shown order, so the same answer is sent as without this script.
(function () {
  if (window.PasAPasOrdering) { return; }
  window.PasAPasOrdering = true;

  function itemsOf(list) {
    return Array.prototype.slice.call(list.querySelectorAll("[data-ordering-item]"));
  }

  function textOf(item) {
    return item.querySelector("[data-ordering-text]").textContent.trim();
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return values[name] === undefined ? all : values[name];
    });
  }

  // Menus, numbers and the buttons' state follow the order the list shows.
  function renumber(list) {
    var items = itemsOf(list);
    items.forEach(function (item, index) {
      var position = String(index + 1);
      item.querySelector("[data-ordering-select]").value = position;
      item.querySelector("[data-ordering-number]").textContent = position;
      item.querySelector('[data-move="-1"]').setAttribute("aria-disabled", index === 0 ? "true" : "false");
      item.querySelector('[data-move="1"]').setAttribute(
        "aria-disabled", index === items.length - 1 ? "true" : "false");
    });
  }

  function announce(root, item) {
    var items = itemsOf(root.querySelector("[data-ordering-list]"));
    var live = root.querySelector("[data-ordering-live]");
    // Emptied first so that the same sentence twice is read twice.
    live.textContent = "";
    window.setTimeout(function () {
      live.textContent = fill(root.getAttribute("data-msg-moved"), {
        item: textOf(item), position: items.indexOf(item) + 1, total: items.length
      });
    }, 50);
  }

  function say(root, message, item) {
    var live = root.querySelector("[data-ordering-live]");
    live.textContent = "";
    window.setTimeout(function () { live.textContent = fill(message, { item: textOf(item) }); }, 50);
  }

  function move(root, item, step) {
    var list = root.querySelector("[data-ordering-list]");
    var items = itemsOf(list);
    var index = items.indexOf(item);
    var target = index + step;
    if (target < 0) { say(root, root.getAttribute("data-msg-first"), item); return false; }
    if (target >= items.length) { say(root, root.getAttribute("data-msg-last"), item); return false; }
    if (step < 0) {
      list.insertBefore(item, items[target]);
    } else {
      list.insertBefore(item, items[target].nextSibling);
    }
    renumber(list);
    announce(root, item);
    return true;
  }

  function enableDrag(root, list) {
    var dragged = null;
    var startIndex = -1;

    list.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || dragged) { return; }
      var item = event.target.closest("[data-ordering-item]");
      if (!item || event.target.closest("button, select, a, input, label")) { return; }
      // A finger scrolls the page, except on the handle; a mouse may take the whole item.
      if (event.pointerType !== "mouse" && !event.target.closest("[data-ordering-handle]")) { return; }
      event.preventDefault();
      dragged = item;
      startIndex = itemsOf(list).indexOf(item);
      item.classList.add("is-dragging");
      list.setPointerCapture(event.pointerId);
    });

    list.addEventListener("pointermove", function (event) {
      if (!dragged) { return; }
      var y = event.clientY;
      var before = null;
      itemsOf(list).some(function (other) {
        if (other === dragged) { return false; }
        var box = other.getBoundingClientRect();
        if (y < box.top + box.height / 2) { before = other; return true; }
        return false;
      });
      if (before !== dragged.nextSibling) {
        if (before) { list.insertBefore(dragged, before); } else { list.appendChild(dragged); }
      }
      // Near the window's edges the page follows, for long lists on small screens.
      if (y < 60) { window.scrollBy(0, -15); } else if (y > window.innerHeight - 60) { window.scrollBy(0, 15); }
    });

    function drop() {
      if (!dragged) { return; }
      var item = dragged;
      dragged = null;
      item.classList.remove("is-dragging");
      renumber(list);
      if (itemsOf(list).indexOf(item) !== startIndex) { announce(root, item); }
    }
    list.addEventListener("pointerup", drop);
    list.addEventListener("pointercancel", drop);
    list.addEventListener("lostpointercapture", drop);
  }

  function init(section) {
    var root = section.querySelector("[data-ordering]");
    if (!root || root.getAttribute("data-ready")) { return; }
    root.setAttribute("data-ready", "1");
    var list = root.querySelector("[data-ordering-list]");

    // Shown in the order of the menus: after an answer, the order the person gave.
    itemsOf(list).map(function (item, index) {
      var position = parseInt(item.querySelector("[data-ordering-select]").value, 10);
      return { item: item, position: isNaN(position) ? 9999 : position, index: index };
    }).sort(function (a, b) {
      return a.position - b.position || a.index - b.index;
    }).forEach(function (entry) { list.appendChild(entry.item); });

    root.querySelectorAll("[data-ordering-nojs]").forEach(function (el) { el.hidden = true; });
    root.querySelectorAll("[data-ordering-js]").forEach(function (el) { el.hidden = false; });
    root.classList.add("ordering--js");
    renumber(list);

    list.addEventListener("click", function (event) {
      var button = event.target.closest("[data-move]");
      if (!button) { return; }
      var item = button.closest("[data-ordering-item]");
      if (move(root, item, parseInt(button.getAttribute("data-move"), 10))) {
        // Moving the item in the page drops the focus: it goes back to the same button.
        button.focus();
      }
    });
    enableDrag(root, list);
  }

  function start() {
    if (window.PasAPasExercises) { window.PasAPasExercises.register("ordering", init); }
  }
  start();
})();
