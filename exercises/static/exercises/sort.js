// "Associer ou trier": shows one box per category and lets items be dragged into them (mouse,
// finger). Each item keeps its menu, the way to answer with the keyboard; a drop only changes
// that menu, so the same answer is sent as without this script. Every move is announced in a
// polite live region.
(function () {
  if (window.PasAPasSort) { return; }
  window.PasAPasSort = true;

  var THRESHOLD = 8; // pixels moved before a press becomes a drag: a click stays a click

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return values[name] === undefined ? all : values[name];
    });
  }

  function textOf(item) {
    return item.querySelector("[data-sort-text]").textContent.trim();
  }

  function buildBoxes(root, list) {
    var first = root.querySelector("[data-sort-select]");
    var holder = document.createElement("div");
    holder.className = "sorting__boxes";
    var boxes = {};
    Array.prototype.forEach.call(first.options, function (option) {
      var box = document.createElement("div");
      box.className = "sorting__box" + (option.value ? "" : " sorting__box--unplaced");
      box.setAttribute("data-sort-box", option.value);
      var title = document.createElement("h3");
      title.className = "sorting__box-title";
      title.textContent = option.value ? option.textContent : root.getAttribute("data-label-unplaced");
      var items = document.createElement("ul");
      items.className = "sorting__box-list";
      items.setAttribute("data-empty", root.getAttribute("data-empty"));
      box.appendChild(title);
      box.appendChild(items);
      holder.appendChild(box);
      boxes[option.value] = { box: box, list: items, name: title.textContent };
    });
    list.parentNode.insertBefore(holder, list);
    return boxes;
  }

  function place(boxes, item) {
    var value = item.querySelector("[data-sort-select]").value;
    var target = boxes[value] || boxes[""];
    if (item.parentNode !== target.list) { target.list.appendChild(item); }
    return target;
  }

  function say(root, message) {
    var live = root.querySelector("[data-sort-live]");
    live.textContent = "";
    window.setTimeout(function () { live.textContent = message; }, 50);
  }

  function enableDrag(root, boxes) {
    var press = null; // { item, x, y, scroll, id, dragging }
    var over = null;

    function boxAt(x, y) {
      var element = document.elementFromPoint(x, y);
      return element ? element.closest("[data-sort-box]") : null;
    }

    function mark(box) {
      if (over === box) { return; }
      if (over) { over.classList.remove("is-over"); }
      over = box;
      if (over) { over.classList.add("is-over"); }
    }

    root.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || press) { return; }
      var item = event.target.closest("[data-sort-item]");
      if (!item || event.target.closest("select, button, a, input")) { return; }
      // A finger scrolls the page, except on the handle; a mouse may take the whole item.
      if (event.pointerType !== "mouse" && !event.target.closest("[data-sort-handle]")) { return; }
      if (event.pointerType === "mouse") { event.preventDefault(); } // no text selection
      press = { item: item, x: event.clientX, y: event.clientY, scroll: window.scrollY,
        id: event.pointerId, dragging: false };
    });

    root.addEventListener("pointermove", function (event) {
      if (!press || event.pointerId !== press.id) { return; }
      var dx = event.clientX - press.x;
      var dy = event.clientY - press.y + (window.scrollY - press.scroll);
      if (!press.dragging) {
        if (Math.abs(dx) + Math.abs(dy) < THRESHOLD) { return; }
        press.dragging = true;
        press.item.classList.add("is-dragging");
        root.setPointerCapture(event.pointerId);
      }
      event.preventDefault();
      press.item.style.transform = "translate(" + dx + "px, " + dy + "px)";
      mark(boxAt(event.clientX, event.clientY));
      if (event.clientY < 60) { window.scrollBy(0, -15); }
      else if (event.clientY > window.innerHeight - 60) { window.scrollBy(0, 15); }
    });

    function end(event) {
      if (!press || event.pointerId !== press.id) { return; }
      var item = press.item;
      var dragging = press.dragging;
      press = null;
      if (!dragging) { return; }
      item.classList.remove("is-dragging");
      item.style.transform = "";
      var box = event.type === "pointerup" ? boxAt(event.clientX, event.clientY) : null;
      mark(null);
      if (!box) { return; }
      var select = item.querySelector("[data-sort-select]");
      var value = box.getAttribute("data-sort-box");
      if (select.value === value) { return; }
      select.value = value;
      var target = place(boxes, item);
      say(root, fill(root.getAttribute(value ? "data-msg-moved" : "data-msg-unplaced"),
        { item: textOf(item), category: target.name }));
    }
    root.addEventListener("pointerup", end);
    root.addEventListener("pointercancel", end);
    root.addEventListener("lostpointercapture", end);
  }

  function init(section) {
    var root = section.querySelector("[data-sort]");
    if (!root || root.getAttribute("data-ready")) { return; }
    root.setAttribute("data-ready", "1");
    var list = root.querySelector("[data-sort-list]");
    var boxes = buildBoxes(root, list);
    Array.prototype.slice.call(list.querySelectorAll("[data-sort-item]")).forEach(function (item) {
      place(boxes, item);
    });
    list.hidden = true;
    root.querySelectorAll("[data-sort-js]").forEach(function (el) { el.hidden = false; });
    root.classList.add("sorting--js");

    // A closed menu changes its value at each arrow key (Chromium, Windows): moving the item
    // then would throw it into another box under the keyboard. A menu picked with the pointer
    // moves its item at once; one changed with the keys moves it when the focus leaves the item,
    // so that Tab goes on to the next item still to sort, and the move is announced.
    var byPointer = false;
    root.addEventListener("pointerdown", function (event) {
      byPointer = Boolean(event.target.closest("[data-sort-select]"));
    });
    root.addEventListener("keydown", function (event) {
      if (event.target.closest("[data-sort-select]")) { byPointer = false; }
    });

    function settle(item) {
      var select = item.querySelector("[data-sort-select]");
      var before = item.parentNode;
      var target = place(boxes, item);
      if (item.parentNode === before) { return; }
      say(root, fill(root.getAttribute(select.value ? "data-msg-moved" : "data-msg-unplaced"),
        { item: textOf(item), category: target.name }));
    }

    root.addEventListener("change", function (event) {
      var select = event.target.closest("[data-sort-select]");
      if (!select || !byPointer) { return; }
      settle(select.closest("[data-sort-item]"));
      // Moving the item in the page drops the focus: it goes back to its menu.
      if (document.activeElement !== select) { select.focus(); }
    });
    root.addEventListener("focusout", function (event) {
      var item = event.target.closest("[data-sort-item]");
      if (!item || (event.relatedTarget && item.contains(event.relatedTarget))) { return; }
      if (!event.relatedTarget && !document.hasFocus()) { return; } // another window, not a move
      settle(item);
    });
    enableDrag(root, boxes);
  }

  if (window.PasAPasExercises) { window.PasAPasExercises.register("sort", init); }
})();
