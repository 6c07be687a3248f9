// "Écouter": the browser's own French voice reads a lesson or an exercise, one paragraph at a
// time, with the paragraph (and, where the browser can, the word) highlighted. The controls
// stay hidden where there is no French voice.
(function () {
  var synth = window.speechSynthesis;
  if (!synth || !window.SpeechSynthesisUtterance) { return; }

  var READABLE = "h1, h2, h3, h4, p, li, dt, dd, figcaption, legend, label, th, td, blockquote";
  // What is never read with a lesson: each exercise has its own button, and the page's tools.
  var SKIP = "[data-read-skip], .read-aloud, .exercise, .h5p-activity, .mentor-tips, " +
    ".lesson__end, .tags, .pager, .no-print, script, noscript, [hidden], [aria-hidden='true']";
  var words = window.CSS && CSS.highlights && window.Highlight ? new Highlight() : null;
  if (words) { CSS.highlights.set("read-aloud-word", words); }
  var current = null; // {player, items, index, token}
  var voice = null;

  function frenchVoice() {
    var voices = synth.getVoices().filter(function (v) { return /^fr([-_]|$)/i.test(v.lang); });
    return voices.find(function (v) { return /^fr[-_]FR/i.test(v.lang); }) || voices[0] || null;
  }

  function skipped(element, root) {
    for (var node = element; node && node !== root; node = node.parentElement) {
      if (node.matches(SKIP)) { return true; }
    }
    return false;
  }

  // A glossary word's definition waits in the text, closed: it is not read with it.
  function textNodes(element) {
    var nodes = [];
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest(".glossary-popover, [aria-hidden='true']") ?
          NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) { nodes.push(node); }
    return nodes;
  }

  function textOf(element) {
    return textNodes(element).map(function (node) { return node.data; }).join("");
  }

  function itemsOf(root) {
    return Array.prototype.filter.call(root.querySelectorAll(READABLE), function (element) {
      if (skipped(element, root) || !textOf(element).trim()) { return false; }
      // A list item holding paragraphs is read through its paragraphs, not twice.
      return !element.querySelector(READABLE);
    });
  }

  function show(player, state) {
    var visible = { idle: ["play"], speaking: ["pause", "stop"], paused: ["resume", "stop"] }[state];
    player.querySelectorAll("[data-read]").forEach(function (button) {
      button.hidden = visible.indexOf(button.getAttribute("data-read")) === -1;
    });
    var first = player.querySelector("[data-read='" + visible[0] + "']");
    if (player.contains(document.activeElement) || document.activeElement === document.body) {
      first.focus();
    }
  }

  function unmark() {
    document.querySelectorAll(".is-read-aloud").forEach(function (el) {
      el.classList.remove("is-read-aloud");
    });
    if (words) { words.clear(); }
  }

  function stop() {
    if (!current) { return; }
    var player = current.player;
    current = null;
    synth.cancel();
    unmark();
    show(player, "idle");
  }

  function markWord(element, start, length) {
    if (!words) { return; }
    words.clear();
    var offset = 0;
    var nodes = textNodes(element);
    for (var i = 0; i < nodes.length; i += 1) {
      var node = nodes[i];
      var end = offset + node.data.length;
      if (start < end) {
        var range = document.createRange();
        var from = start - offset;
        var size = length || (node.data.slice(from).match(/^\S+/) || [""])[0].length;
        range.setStart(node, from);
        range.setEnd(node, Math.min(from + Math.max(size, 1), node.data.length));
        words.add(range);
        return;
      }
      offset = end;
    }
  }

  function speak(reading) {
    if (current !== reading) { return; }
    unmark();
    if (reading.index >= reading.items.length) { stop(); return; }
    var element = reading.items[reading.index];
    element.classList.add("is-read-aloud");
    var calm = document.documentElement.classList.contains("motion-less") ||
      window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "nearest", behavior: calm ? "auto" : "smooth" });
    // The text as the page holds it, so a word's position maps back onto the page.
    var utterance = new SpeechSynthesisUtterance(textOf(element));
    utterance.lang = voice.lang;
    utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.onboundary = function (event) {
      if (current === reading && event.name !== "sentence") {
        markWord(element, event.charIndex, event.charLength);
      }
    };
    utterance.onend = function () {
      if (current !== reading) { return; }
      reading.index += 1;
      speak(reading);
    };
    utterance.onerror = function (event) {
      if (current === reading && event.error !== "interrupted" && event.error !== "canceled") {
        stop();
      }
    };
    synth.speak(utterance);
  }

  function play(player) {
    stop();
    var root = document.getElementById(player.getAttribute("data-read-aloud"));
    if (!root) { return; }
    current = { player: player, items: itemsOf(root), index: 0 };
    show(player, "speaking");
    speak(current);
  }

  // A class on the page, not on each control: an exercise redrawn after an answer brings
  // its own controls, which show at once.
  function ready() {
    voice = frenchVoice();
    document.documentElement.classList.toggle("can-read-aloud", !!voice);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-read-aloud] [data-read]");
    if (!button || !voice) { return; }
    var player = button.closest("[data-read-aloud]");
    var action = button.getAttribute("data-read");
    if (action === "play") { play(player); }
    if (action === "stop") { stop(); }
    if (action === "pause" && current && current.player === player) {
      synth.pause();
      show(player, "paused");
    }
    if (action === "resume" && current && current.player === player) {
      synth.resume();
      show(player, "speaking");
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) { stop(); }
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });
  ready();
  synth.addEventListener("voiceschanged", ready);
})();
