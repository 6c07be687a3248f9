// Pas à Pas: the SCORM player, on the player's own origin. It hosts scorm-again's run-time API
// (window.API for SCORM 1.2, window.API_1484_11 for 2004) for the package's pages, which it
// opens in a frame of this same origin; what the package commits goes to the lesson page by
// postMessage, to config.siteOrigin only (never "*"), and only messages from that origin and
// from the parent window are read. Nothing here is signed in: the site checks every commit.
(function () {
  "use strict";

  var SOURCE = "pasapas-scorm";
  var PROGRESS_DELAY_MS = 400;

  var config = readConfig();
  var frame = document.getElementById("scorm-content");
  var statusBox = document.getElementById("scorm-status");
  var items = [];
  var saved = {};
  var api = null;
  var currentIndex = -1;
  var progressTimer = null;
  var started = false;

  function readConfig() {
    try {
      return JSON.parse(document.getElementById("pasapas-scorm-config").textContent);
    } catch (error) {
      return null;
    }
  }

  function flatten(list) {
    list.forEach(function (item) {
      if (item.url) { items.push(item); }
      flatten(item.children || []);
    });
  }

  function say(text) {
    if (statusBox) { statusBox.textContent = text || ""; }
  }

  function post(message) {
    if (window.parent === window || !config || !config.siteOrigin) { return; }
    message.source = SOURCE;
    window.parent.postMessage(message, config.siteOrigin);
  }

  // scorm-again commits through this instead of an HTTP request: the lesson page, which holds
  // the learner's session, sends it to the site.
  function commitService(identifier) {
    return {
      processHttpRequest: function (url, params, immediate, log, listeners, metadata) {
        post({
          type: "commit",
          sco: identifier,
          data: params,
          terminate: Boolean(metadata && metadata.isTerminateCommit)
        });
        return { result: true, errorCode: 0 };
      },
      updateSettings: function () {}
    };
  }

  function sendProgress(identifier, source) {
    window.clearTimeout(progressTimer);
    progressTimer = window.setTimeout(function () {
      if (api !== source) { return; }
      post({ type: "progress", sco: identifier, data: source.renderCMIToJSONObject() });
    }, PROGRESS_DELAY_MS);
  }

  function makeApi(item) {
    var is12 = config.version === "1.2";
    var Runtime = is12 ? window.Scorm12API : window.Scorm2004API;
    var instance = new Runtime({
      lmsCommitUrl: "pasapas:commit",
      httpService: commitService(item.identifier),
      autocommit: true,
      autocommitSeconds: 30,
      logLevel: 5
    });
    if (saved[item.identifier]) { instance.loadFromJSON(saved[item.identifier], ""); }
    var prefix = is12 ? "LMS" : "";
    instance.on(prefix + "SetValue.cmi.*", function () { sendProgress(item.identifier, instance); });
    instance.on(is12 ? "LMSFinish" : "Terminate", function () {
      delete saved[item.identifier];  // a new launch starts afresh unless the site says resume
      if (items.length > 1) { say(config.messages.finished); }
    });
    if (!is12) {
      // SCORM 2004 navigation requests, as scorm-again's sequencing decides them.
      instance.on("SequenceNext", function () { launch(currentIndex + 1); });
      instance.on("SequencePrevious", function () { launch(currentIndex - 1); });
      instance.on("SequenceChoice", function (target) { launchById(target); });
    }
    return instance;
  }

  function markCurrent() {
    document.querySelectorAll("[data-scorm-item]").forEach(function (button) {
      if (button.dataset.scormItem === items[currentIndex].identifier) {
        button.setAttribute("aria-current", "step");
      } else {
        button.removeAttribute("aria-current");
      }
    });
    var previous = document.querySelector("[data-scorm-nav=previous]");
    var next = document.querySelector("[data-scorm-nav=next]");
    if (previous) { previous.disabled = currentIndex <= 0; }
    if (next) { next.disabled = currentIndex >= items.length - 1; }
  }

  function launch(index) {
    if (index < 0 || index >= items.length) { return; }
    var item = items[index];
    // The page in the frame finishes its session as it unloads, on the API it found: swap
    // the API only once the frame is empty.
    frame.onload = function () {
      frame.onload = null;
      api = makeApi(item);
      if (config.version === "1.2") { window.API = api; } else { window.API_1484_11 = api; }
      currentIndex = index;
      markCurrent();
      say("");
      post({ type: "current", sco: item.identifier });
      frame.src = item.url;
    };
    frame.src = "about:blank";
  }

  function launchById(identifier) {
    for (var i = 0; i < items.length; i += 1) {
      if (items[i].identifier === identifier) { launch(i); return; }
    }
  }

  function start(data) {
    if (started) { return; }
    started = true;
    saved = data && typeof data.saved === "object" && data.saved ? data.saved : {};
    var first = 0;
    for (var i = 0; i < items.length; i += 1) {
      if (data && items[i].identifier === data.current) { first = i; break; }
    }
    launch(first);
  }

  if (!config || !frame) { return; }
  flatten(config.toc || []);
  say(config.messages.loading);

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-scorm-item], [data-scorm-nav]");
    if (!target || !started) { return; }
    if (target.dataset.scormItem) {
      launchById(target.dataset.scormItem);
    } else if (target.dataset.scormNav === "next") {
      launch(currentIndex + 1);
    } else {
      launch(currentIndex - 1);
    }
  });

  window.addEventListener("message", function (event) {
    if (event.origin !== config.siteOrigin || event.source !== window.parent) { return; }
    var data = event.data;
    if (!data || typeof data !== "object" || data.source !== SOURCE) { return; }
    if (data.type === "init") { start(data); }
  });

  if (window.parent === window) {
    start(null);  // opened on its own: plays, records nothing
  } else {
    post({ type: "ready" });
  }
})();
