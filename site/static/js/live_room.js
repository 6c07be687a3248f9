// The facilitator's room: polls the room's state every 3 s while the tab is visible (an
// unchanged room answers 304), patches in place only the cells that changed (the focus and a
// screen reader's position stay where they were), and announces each newly raised hand.
// A button pauses the updates. « Baisser la main » posts with fetch; the forms work without
// script.
(function () {
  "use strict";
  const room = document.querySelector("[data-live-room]");
  if (!room || !window.fetch) { return; }
  const EVERY = 3000;
  const text = room.dataset;
  const rows = room.querySelector("[data-room-rows]");
  const count = room.querySelector("[data-room-count]");
  const announce = room.querySelector("[data-room-announce]");
  const status = room.querySelector("[data-room-status]");
  const pause = room.querySelector("[data-room-pause]");
  let paused = false;
  let etag = null;
  let timer = null;
  let busy = false;
  let raised = null;
  let kept = null; // where the focus was when « Baisser la main » was sent (its button is disabled)

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined) { node.textContent = content; }
    return node;
  }

  function withIcon(icon, label) {
    const span = el("span");
    const mark = el("span", "", icon);
    mark.setAttribute("aria-hidden", "true");
    span.append(mark, label);
    return span;
  }

  function lowerForm(learner) {
    const form = el("form");
    form.method = "post";
    form.action = learner.lower_url;
    form.setAttribute("data-lower-form", "");
    const token = el("input");
    token.type = "hidden";
    token.name = "csrfmiddlewaretoken";
    token.value = text.csrf;
    const button = el("button", "button button--small", text.textLower);
    button.type = "submit";
    form.append(token, button);
    return form;
  }

  function row(learner) {
    const tr = el("tr", "live-row" + (learner.hand_raised_at ? " live-row--raised" : ""));
    tr.dataset.enrolment = learner.enrolment;
    const name = el("th", "", learner.name + " ");
    name.scope = "row";
    name.tabIndex = -1; // where the focus goes when what held it in the row is gone
    const online = el("span", "live-online");
    online.append(learner.online ? withIcon("● ", text.textOnline) : withIcon("○ ", text.textOffline));
    name.append(online);

    const hand = el("td");
    if (learner.hand_raised_at) {
      const p = el("p", "live-hand");
      const icon = el("img", "live-icon");
      icon.src = text.iconHand;
      icon.alt = "";
      icon.width = 24;
      icon.height = 24;
      p.append(icon, " " + text.textRaised + " " + text.textSince + " " + learner.hand_clock);
      hand.append(p, lowerForm(learner));
    } else {
      hand.append(el("span", "meta", "—"));
    }

    const where = el("td");
    if (learner.lesson) {
      const link = el("a", "", learner.lesson.title);
      link.href = learner.lesson.url;
      where.append(link);
      if (learner.part) { where.append(el("br"), el("span", "meta", learner.part.label)); }
    } else {
      where.append(el("span", "meta", text.textNone));
    }

    const last = el("td", "", learner.last_activity_clock || "—");

    const results = el("td");
    if (learner.results.length) {
      const list = el("ul", "live-results");
      learner.results.forEach(function (result) {
        const item = el("li", "", result.title + " : " + result.best_percent + " % — ");
        item.append(result.passed ? withIcon("✓ ", text.textPassed) : text.textNotPassed);
        list.append(item);
      });
      results.append(list);
    } else {
      results.append(el("span", "meta", text.textNoResult));
    }
    tr.append(name, hand, where, last, results);
    return tr;
  }

  function countText(n) {
    if (n === 0) { return text.textCountZero; }
    if (n === 1) { return text.textCountOne; }
    return text.textCountMany.replace("%(n)s", String(n));
  }

  // What a cell shows: its words and where its links and forms lead.
  function sig(cell) {
    const targets = Array.prototype.map.call(cell.querySelectorAll("a, form"), function (node) {
      return node.getAttribute("href") || node.getAttribute("action");
    });
    return cell.textContent.replace(/\s+/g, " ").trim() + "|" + targets.join("|");
  }

  // Brings an existing row up to date, cell by cell; an unchanged cell is left alone.
  function patch(tr, fresh) {
    if (tr.className !== fresh.className) { tr.className = fresh.className; }
    Array.prototype.slice.call(fresh.cells).forEach(function (cell, index) {
      const old = tr.cells[index];
      if (!old) { tr.append(cell); return; }
      if (sig(old) !== sig(cell)) { tr.replaceChild(cell, old); }
    });
  }

  // Where the focus is in the table, told in words that outlive the nodes.
  function focusPlace() {
    const focused = document.activeElement;
    if (!focused || focused === document.body || !rows.contains(focused)) { return null; }
    const tr = focused.closest("tr");
    const cell = focused.closest("th, td");
    return {
      enrolment: tr && tr.dataset.enrolment,
      cell: cell ? Array.prototype.indexOf.call(tr.cells, cell) : 0,
      tag: focused.tagName,
      text: focused.textContent.trim(),
    };
  }

  // Focus that fell with a replaced cell goes to the same control if it is still there, else to
  // the first one of its cell, else to the person's name: never to the page's body.
  function restore(place) {
    if (!place || rows.contains(document.activeElement)) { return; }
    const tr = rows.querySelector('tr[data-enrolment="' + place.enrolment + '"]');
    if (!tr) { return; }
    const cell = tr.cells[place.cell];
    const controls = cell ? Array.prototype.slice.call(cell.querySelectorAll("a, button")) : [];
    const same = controls.filter(function (node) {
      return node.tagName === place.tag && node.textContent.trim() === place.text;
    })[0];
    (same || controls[0] || tr.cells[0]).focus();
  }

  function draw(snapshot) {
    const now = new Set();
    const fresh = [];
    snapshot.learners.forEach(function (learner) {
      if (!learner.hand_raised_at) { return; }
      now.add(learner.enrolment);
      if (raised && !raised.has(learner.enrolment)) { fresh.push(learner.name); }
    });
    raised = now;
    if (snapshot.learners.length) {
      const place = focusPlace() || kept;
      kept = null;
      const existing = new Map();
      Array.prototype.forEach.call(rows.rows, function (tr) { existing.set(tr.dataset.enrolment, tr); });
      const wanted = snapshot.learners.map(function (learner) {
        const built = row(learner);
        const tr = existing.get(String(learner.enrolment));
        if (!tr) { return built; }
        existing.delete(String(learner.enrolment));
        patch(tr, built);
        return tr;
      });
      existing.forEach(function (tr) { tr.remove(); });
      // Rows keep their nodes and only move when the order changed (raised hands first);
      // moveBefore, where the browser has it, keeps the focus on a moved row.
      wanted.forEach(function (tr, index) {
        const there = rows.rows[index] || null;
        if (there === tr) { return; }
        if (rows.moveBefore && tr.parentNode === rows) { rows.moveBefore(tr, there); }
        else { rows.insertBefore(tr, there); }
      });
      restore(place);
    }
    const counted = countText(snapshot.raised);
    if (count.textContent.trim() !== counted) { count.textContent = counted; }
    if (fresh.length) { announce.textContent = text.textNewHand + " " + fresh.join(", "); }
  }

  function poll(force) {
    if (busy || document.hidden || (paused && !force)) { return; }
    busy = true;
    const headers = { Accept: "application/json" };
    if (etag) { headers["If-None-Match"] = etag; }
    fetch(text.stateUrl, { headers: headers, cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 304) { return null; }
        if (!response.ok) { throw new Error(String(response.status)); }
        etag = response.headers.get("ETag");
        return response.json();
      })
      .then(function (snapshot) {
        if (status.textContent === text.textError) { status.textContent = ""; }
        if (snapshot) { draw(snapshot); }
      })
      .catch(function () { status.textContent = text.textError; })
      .finally(function () { busy = false; });
  }

  rows.addEventListener("submit", function (event) {
    const form = event.target.closest("[data-lower-form]");
    if (!form) { return; }
    event.preventDefault();
    kept = focusPlace();
    form.querySelector("button").disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json", "X-CSRFToken": text.csrf },
      credentials: "same-origin",
    })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } })
      .then(function () { etag = null; poll(true); })
      .catch(function () { form.submit(); });
  });

  function start() { if (!timer && !paused) { timer = window.setInterval(function () { poll(); }, EVERY); } }
  function stop() { if (timer) { window.clearInterval(timer); timer = null; } }
  document.addEventListener("visibilitychange", function () {
    if (document.hidden) { stop(); } else { poll(); start(); }
  });

  // A pause for reading the table quietly (WCAG 2.2.2); the facilitator's own « Baisser la
  // main » still shows its effect.
  pause.parentNode.hidden = false;
  pause.addEventListener("click", function () {
    paused = !paused;
    pause.textContent = paused ? text.textResume : text.textPause;
    status.textContent = paused ? text.textPaused : text.textResumed;
    if (paused) { stop(); } else { poll(); start(); }
  });
  // The first answer sets what « new » means: hands raised before the page opened are shown,
  // not announced.
  raised = new Set(Array.prototype.map.call(
    rows.querySelectorAll("tr.live-row--raised"),
    function (tr) { return Number(tr.dataset.enrolment); }
  ));
  poll();
  start();
}());
