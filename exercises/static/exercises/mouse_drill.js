// Exercice de souris: one target at a time. The right gesture, or its keyboard way, ticks it;
// a wrong one gets a gentle hint. What was done goes into hidden inputs: the server counts it.
(function () {
  "use strict";
  if (!window.PasAPasExercises) { return; }

  var DONE_PAUSE = 700;        // the big tick stays this long before the next target
  var SINGLE_CLICK_WAIT = 800; // a lone click becomes a hint after this (slow double-clicks)
  var MENU_KEY_ECHO = 1000;    // the menu event that follows a menu key is not a second gesture
  var AFTER_DONE = 500;        // the click that ends a gesture must not count as a miss

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  function inside(rect, x, y) {
    return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  function init(section) {
    var drill = section.querySelector("[data-mouse-drill]");
    if (!drill || drill.getAttribute("data-ready")) { return; }
    drill.setAttribute("data-ready", "1");
    var form = section.querySelector("[data-exercise-form]");
    var action = drill.getAttribute("data-action");
    var total = parseInt(drill.getAttribute("data-total"), 10);
    var size = parseInt(drill.getAttribute("data-size"), 10);
    var data = document.getElementById(drill.getAttribute("data-messages"));
    var text = data ? JSON.parse(data.textContent) : {};
    var area = drill.querySelector("[data-area]");
    var status = drill.querySelector("[data-status]");
    var scroller = drill.querySelector("[data-scroller]");
    var folder = drill.querySelector("[data-folder]");
    var restart = drill.querySelector("[data-restart]");
    var targets = Array.prototype.slice.call(drill.querySelectorAll("[data-target]"));
    var steps = Array.prototype.slice.call(drill.querySelectorAll("[data-step]"));
    var fields = {
      action: drill.querySelectorAll('[data-field="action"]'),
      input: drill.querySelectorAll('[data-field="input"]'),
      misses: drill.querySelectorAll('[data-field="misses"]')
    };
    var state = {
      current: -1, misses: 0, busy: false, lastDone: 0, clickTimer: null,
      lastKey: 0, menuKeyAt: 0, carried: false, drag: null, via: "souris"
    };
    var sayTimer = null;

    function say(message) {
      // Emptied first, so that the same hint twice is read twice.
      clearTimeout(sayTimer);
      status.textContent = "";
      sayTimer = setTimeout(function () { status.textContent = message; }, 60);
    }

    function miss(message) {
      if (state.busy || state.current < 0) { return; }
      state.misses += 1;
      say(message);
    }

    function current(node) {
      var target = targets[state.current];
      return target && node && (node === target || target.contains(node)) ? target : null;
    }

    function place(target) {
      var x = parseFloat(target.getAttribute("data-x")) || 0;
      var y = parseFloat(target.getAttribute("data-y")) || 0;
      if (action === "scroll") {
        target.style.top = "calc((100% - " + target.offsetHeight + "px) * " + y + ")";
        target.style.left = "calc((100% - " + target.offsetWidth + "px) * " + x + ")";
      } else {
        // The room left free by the target (and by the folder, which sits at the bottom).
        var below = action === "drag" && folder ? folder.offsetHeight + 16 : 0;
        target.style.left = "calc((100% - " + size + "px) * " + x + ")";
        target.style.top = "calc((100% - " + (size + below) + "px) * " + y + ")";
      }
    }

    function setStep(index, done) {
      var step = steps[index];
      if (!step) { return; }
      step.classList.toggle("is-done", done);
      var mark = step.querySelector("[data-number]");
      mark.textContent = done ? "\u2713" : mark.getAttribute("data-number");
      step.querySelector("[data-step-state]").textContent = done ? text.step_done : text.step_todo;
    }

    function write(index, how) {
      fields.action[index].value = action;
      fields.input[index].value = how;
      fields.misses[index].value = String(Math.min(state.misses, 1000));
    }

    function carry(on) {
      state.carried = on;
      var target = targets[state.current];
      if (target) { target.classList.toggle("is-carried", on); }
      if (folder) {
        folder.classList.toggle("is-ready", on);
        folder.querySelector("[data-folder-idle]").hidden = on;
        folder.querySelector("[data-folder-carrying]").hidden = !on;
      }
    }

    function show(index, focus) {
      state.current = index;
      state.misses = 0;
      state.lastKey = 0;
      targets.forEach(function (target, i) {
        target.hidden = i !== index;
        target.classList.remove("is-done", "is-carried", "is-dragging");
        target.removeAttribute("aria-disabled");
        target.style.transform = "";
      });
      var target = targets[index];
      place(target);
      if (action === "scroll") { return; }
      if (focus) { target.focus(); }
    }

    function finish() {
      say(fill(text.finished, { total: total }));
      restart.parentNode.hidden = false; // in case the answer cannot be sent: start again
      if (window.PasAPasExercises && window.PasAPasExercises.submit) {
        window.PasAPasExercises.submit(form);
      } else {
        form.submit();
      }
    }

    function complete(how) {
      if (state.busy || state.current < 0) { return; }
      state.busy = true;
      clearTimeout(state.clickTimer);
      var index = state.current;
      var target = targets[index];
      var hadFocus = area.contains(document.activeElement);
      write(index, how);
      setStep(index, true);
      carry(false);
      target.classList.add("is-done");
      target.setAttribute("aria-disabled", "true");
      if (folder) { folder.classList.add("is-done"); }
      state.lastDone = Date.now();
      var message = fill(text.done, { n: index + 1, total: total });
      if (action === "scroll" && index + 1 < total) {
        message += " " + (index % 2 === 0 ? text.scroll_up : text.scroll_down);
      }
      say(message);
      setTimeout(function () {
        state.busy = false;
        if (folder) { folder.classList.remove("is-done"); }
        if (index + 1 < total) {
          show(index + 1, hadFocus);
        } else {
          target.hidden = true;
          state.current = -1;
          finish();
        }
      }, DONE_PAUSE);
    }

    // Clicks, double-clicks and right-clicks on the round targets.
    function wireButtons() {
      targets.forEach(function (target) {
        target.addEventListener("click", function (event) {
          if (!current(target) || state.busy) { return; }
          var byKeyboard = event.detail === 0;
          if (action === "click") {
            complete(byKeyboard ? "clavier" : "souris");
          } else if (action === "right_click") {
            miss(byKeyboard ? text.right_key : text.right_button);
          } else if (action === "double_click" && !byKeyboard) {
            if (event.detail > 1) { clearTimeout(state.clickTimer); return; }
            if (state.clickTimer) {
              clearTimeout(state.clickTimer);
              state.clickTimer = null;
              miss(text.double_slow);
              return;
            }
            state.clickTimer = setTimeout(function () {
              state.clickTimer = null;
              miss(text.double_once);
            }, SINGLE_CLICK_WAIT);
          }
        });
        target.addEventListener("dblclick", function () {
          if (action !== "double_click" || !current(target)) { return; }
          clearTimeout(state.clickTimer);
          state.clickTimer = null;
          complete("souris");
        });
        target.addEventListener("keydown", function (event) {
          if (!current(target)) { return; }
          var menuKey = event.key === "ContextMenu" || (event.shiftKey && event.key === "F10");
          if (menuKey) {
            event.preventDefault();
            state.menuKeyAt = Date.now();
            if (action === "right_click") { complete("clavier"); } else { miss(text.left_key); }
            return;
          }
          if (action !== "double_click" || (event.key !== "Enter" && event.key !== " ")) { return; }
          event.preventDefault(); // no click: the two presses are counted here
          if (event.repeat) { return; }
          // No clock for the keyboard: a hand that shakes takes its time between the presses.
          if (state.lastKey) {
            state.lastKey = 0;
            complete("clavier");
          } else {
            state.lastKey = Date.now();
            say(text.double_key);
          }
        });
        target.addEventListener("blur", function () {
          // « Twice in a row »: going elsewhere in between starts the count again.
          if (action === "double_click" && current(target) && !state.busy) { state.lastKey = 0; }
        });
      });
      area.addEventListener("contextmenu", function (event) {
        event.preventDefault(); // the browser's menu would hide the exercise
        if (state.busy || Date.now() - state.menuKeyAt < MENU_KEY_ECHO) { return; }
        var target = current(event.target);
        if (action === "right_click") {
          if (target) { complete("souris"); } else { miss(text.aim); }
        } else {
          miss(target ? text.left_button : text.aim);
        }
      });
      area.addEventListener("click", function (event) {
        if (event.detail === 0 || current(event.target) || state.busy) { return; }
        if (event.target.closest("[data-restart]")) { return; }
        if (Date.now() - state.lastDone < AFTER_DONE) { return; }
        miss(text.aim);
      });
    }

    // Drag and drop: the pointer drags the envelope; the keyboard picks it up and drops it.
    function overFolder(event, target) {
      var box = folder.getBoundingClientRect();
      var own = target.getBoundingClientRect();
      return inside(box, event.clientX, event.clientY) ||
        inside(box, own.left + own.width / 2, own.top + own.height / 2);
    }

    function wireDrag() {
      targets.forEach(function (target) {
        target.addEventListener("pointerdown", function (event) {
          if (!current(target) || state.busy || event.button !== 0) { return; }
          if (state.carried) { carry(false); }
          state.drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
          if (target.setPointerCapture) { target.setPointerCapture(event.pointerId); }
        });
        target.addEventListener("pointermove", function (event) {
          var drag = state.drag;
          if (!drag || drag.id !== event.pointerId) { return; }
          var dx = event.clientX - drag.x;
          var dy = event.clientY - drag.y;
          if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 8) { return; }
          drag.moved = true;
          target.classList.add("is-dragging");
          target.style.transform = "translate(" + dx + "px, " + dy + "px)";
          folder.classList.toggle("is-over", overFolder(event, target));
        });
        function release(event, cancelled) {
          var drag = state.drag;
          if (!drag || drag.id !== event.pointerId) { return; }
          state.drag = null;
          var dropped = !cancelled && drag.moved && overFolder(event, target);
          target.classList.remove("is-dragging");
          folder.classList.remove("is-over");
          if (dropped) { complete("souris"); return; } // it stays on the folder, ticked
          target.style.transform = "";
          if (!cancelled) { miss(drag.moved ? text.drag_outside : text.drag_hold); }
        }
        target.addEventListener("pointerup", function (event) { release(event, false); });
        target.addEventListener("pointercancel", function (event) { release(event, true); });
        target.addEventListener("keydown", function (event) {
          if (!current(target) || state.busy) { return; }
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            if (event.repeat) { return; }
            if (state.carried) { say(text.drag_carrying); return; }
            carry(true);
            say(text.drag_taken);
          } else if (event.key === "Escape" && state.carried) {
            carry(false);
            say(text.drag_put_back);
          } else if (state.carried && /^Arrow/.test(event.key)) {
            event.preventDefault();
            folder.focus();
          }
        });
        target.addEventListener("click", function (event) {
          // A screen reader's "press" comes as a click with no pointer: take the envelope.
          if (event.detail === 0 && current(target) && !state.carried && !state.busy) {
            carry(true);
            say(text.drag_taken);
          }
        });
      });
      folder.addEventListener("click", function () {
        if (state.busy || state.current < 0) { return; }
        if (state.carried) { complete("clavier"); } else { miss(text.drag_nothing); }
      });
      folder.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && state.carried) {
          carry(false);
          say(text.drag_put_back);
          targets[state.current].focus();
        }
      });
    }

    // Scrolling: reaching the green panel is the gesture; how the area moved tells the means.
    function visible(target) {
      var box = scroller.getBoundingClientRect();
      var own = target.getBoundingClientRect();
      return own.top >= box.top - 2 && own.bottom <= box.bottom + 2;
    }

    function wireScroll() {
      var pending = false;
      function mouse() { state.via = "souris"; }
      scroller.addEventListener("wheel", mouse, { passive: true });
      scroller.addEventListener("pointerdown", mouse);
      scroller.addEventListener("touchstart", mouse, { passive: true });
      scroller.addEventListener("keydown", function (event) {
        if (/^(Arrow|Page|Home|End)/.test(event.key) || event.key === " ") {
          state.via = "clavier";
        }
      });
      scroller.addEventListener("scroll", function () {
        if (pending) { return; }
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          var target = targets[state.current];
          if (target && !state.busy && !target.hidden && visible(target)) { complete(state.via); }
        });
      }, { passive: true });
    }

    function begin(focus) {
      Array.prototype.forEach.call(fields.action, function (field, i) {
        field.value = "";
        fields.input[i].value = "";
        fields.misses[i].value = "";
        setStep(i, false);
      });
      restart.parentNode.hidden = true;
      if (scroller) { scroller.scrollTop = 0; }
      show(0, focus);
      if (action === "scroll" && focus) { scroller.focus(); }
    }

    if (action === "scroll") {
      wireScroll();
    } else {
      // A key held down repeats: it must not also do the next target, which takes the focus.
      area.addEventListener("keydown", function (event) {
        if (event.repeat && /^(Enter| |ContextMenu|F10)$/.test(event.key)) {
          event.preventDefault();
          event.stopPropagation();
        }
      }, true);
      if (action === "drag") { wireDrag(); } else { wireButtons(); }
    }
    restart.addEventListener("click", function () {
      begin(true);
      say(fill(text.restart, { total: total }) + (action === "scroll" ? " " + text.scroll_down : ""));
    });
    if (!drill.hasAttribute("data-answered")) { begin(false); }
    drill.classList.add("is-ready");
  }

  window.PasAPasExercises.register("mouse_drill", init);
})();
