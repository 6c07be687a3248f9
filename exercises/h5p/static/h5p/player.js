// Pas à Pas: starts the H5P player on the player origin and talks to the lesson page.
// The package's own code runs here, never on the site's origin; this page only exchanges
// plain messages with config.siteOrigin (ready, init, xapi, state, viewed, resize, error).
(function () {
  "use strict";

  var SOURCE = "pasapas-h5p";
  var LOAD_TIMEOUT_MS = 30000;  // centres' connections can be slow
  var STATE_POLL_MS = 20000;
  var INPUT_DELAY_MS = 150;

  var container = document.getElementById("h5p-container");
  var statusBox = document.getElementById("h5p-status");
  var config = readConfig();
  var started = false;
  var failed = false;
  var instance = null;
  var initialized = false;
  var lastState = null;
  var lastHeight = -1;

  function readConfig() {
    var node = document.getElementById("pasapas-h5p-config");
    try {
      return JSON.parse(node.textContent);
    } catch (error) {
      return null;
    }
  }

  function message(name, fallback) {
    return (config && config.messages && config.messages[name]) || fallback;
  }

  function say(text) {
    if (statusBox) { statusBox.textContent = text || ""; }
  }

  function post(msg) {
    // Opened on its own, or without a site origin: nobody to talk to (and never "*").
    if (window.parent === window || !config || !config.siteOrigin) { return; }
    msg.source = SOURCE;
    window.parent.postMessage(msg, config.siteOrigin);
  }

  function fail(reason) {
    if (failed) { return; }
    failed = true;
    say(message("failed", "Cette activité n'a pas pu s'ouvrir."));
    post({ type: "error", message: String(reason || "load failed").slice(0, 500) });
  }

  // --- Height: the lesson page sizes the iframe so that no inner scroll bar appears. ----------
  function measure() {
    // The root box, not scrollHeight: scrollHeight never drops below the current frame height.
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function sendHeight() {
    var height = measure();
    if (height === lastHeight) { return; }
    lastHeight = height;
    post({ type: "resize", height: height });
  }

  function watchHeight() {
    if (typeof ResizeObserver === "function") {
      var observer = new ResizeObserver(sendHeight);
      observer.observe(document.documentElement);
      observer.observe(document.body);
      if (container) { observer.observe(container); }
    }
    window.addEventListener("load", sendHeight);
    sendHeight();
  }

  // --- State: the content's getCurrentState(), sent only when it changed. --------------------
  function currentState() {
    // Found here too: the "initialized" event can come before the player listens for it.
    instance = instance || findInstance();
    if (!instance || typeof instance.getCurrentState !== "function") { return null; }
    try {
      var state = instance.getCurrentState();
      return state === undefined || state === null ? null : JSON.stringify(state);
    } catch (error) {
      return null;
    }
  }

  function sendState() {
    var state = currentState();
    if (state === null || state === lastState) { return; }
    lastState = state;
    post({ type: "state", state: state });
  }

  function watchState() {
    window.setInterval(sendState, STATE_POLL_MS);
    window.addEventListener("pagehide", sendState);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") { sendState(); }
    });
    // The lesson page saves what it last heard as the learner leaves (pagehide, with
    // keepalive), but it cannot ask this frame then: so every answer, typed word, card
    // turned or page changed is told at once (after the content has updated itself).
    var soon = null;
    function afterInput() {
      // At once (after the content's own handlers of this event) and again a moment later,
      // for content that updates itself later: on a busy old laptop the learner may leave
      // before a timer of 150 ms comes round.
      window.setTimeout(sendState, 0);
      window.clearTimeout(soon);
      soon = window.setTimeout(sendState, INPUT_DELAY_MS);
    }
    var documents = [document];
    var inner = container && container.querySelector("iframe.h5p-iframe");
    try {
      if (inner && inner.contentDocument) { documents.push(inner.contentDocument); }
    } catch (error) {
      // Not of this origin: the poll and the statements still carry the state.
    }
    documents.forEach(function (doc) {
      ["input", "change", "click", "keyup", "pointerup"].forEach(function (name) {
        doc.addEventListener(name, afterInput, true);
      });
    });
  }

  // --- xAPI: every statement reaches the outer page's H5P.externalDispatcher exactly once ----
  // (H5P core inside the frame forwards its own dispatcher's events to window.parent.H5P).
  function onXAPI(event) {
    var statement = event && event.data && event.data.statement;
    if (statement) {
      try {
        // A plain copy: what postMessage clones must not carry functions or DOM nodes.
        post({ type: "xapi", statement: JSON.parse(JSON.stringify(statement)) });
      } catch (error) {
        // A statement that is not plain JSON is not one the site could store anyway.
      }
    }
    window.setTimeout(sendState, 0);  // let the content finish updating itself first
  }

  function findInstance() {
    var frame = container && container.querySelector("iframe.h5p-iframe");
    var inner = frame && frame.contentWindow;
    var list = (inner && inner.H5P && inner.H5P.instances) || (window.H5P && window.H5P.instances);
    return list && list.length ? list[0] : null;
  }

  function onInitialized() {
    if (initialized) { return; }
    instance = instance || findInstance();
    if (!instance) { fail("no H5P instance"); return; }
    initialized = true;
    say("");  // also after a timeout on a slow line: the content did arrive in the end
    // What the content starts from is the baseline: only changes are worth saving.
    lastState = currentState();
    watchState();
    sendHeight();
    post({ type: "viewed" });  // done for an activity with nothing to answer (the site decides)
  }

  function absolute(path) {
    return new URL(path, window.location.href).href;
  }

  // H5P core (h5p-standalone's build of it) is loaded on this page, then started on the
  // frame it fills, as H5P's own plugins do: H5PIntegration, written by the server, already
  // lists the activity's aggregated script and stylesheet and holds its content.
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  function prepare(state) {
    var integration = config.integration;
    var content = integration.contents["cid-" + config.contentId];
    integration.baseUrl = window.location.origin;
    integration.url = absolute(integration.url);
    integration.urlLibraries = absolute(integration.urlLibraries);
    integration.core.scripts = integration.core.scripts.map(absolute);
    integration.core.styles = integration.core.styles.map(absolute);
    content.contentUrl = absolute(content.contentUrl);
    content.scripts = content.scripts.map(absolute);
    content.styles = content.styles.map(absolute);
    if (state) {
      // H5P core reads contentUserData[0].state; h5p-standalone's documented form is kept
      // beside it.
      content.contentUserData = [
        { dataType: "state", previousState: state, subContentId: "*", state: state }
      ];
    }
    return integration;
  }

  function render(integration) {
    var wrapper = document.createElement("div");
    wrapper.className = "h5p-iframe-wrapper";
    var frame = document.createElement("iframe");
    frame.id = "h5p-iframe-" + config.contentId;
    frame.className = "h5p-iframe";
    frame.src = "about:blank";
    frame.setAttribute("scrolling", "no");
    frame.setAttribute("data-content-id", config.contentId);
    frame.setAttribute("frameBorder", "0");
    frame.style.cssText = "width:100%;height:100%;border:none;display:block";
    wrapper.appendChild(frame);
    container.appendChild(wrapper);
    // H5P core's stylesheet is for the frame (H5P writes it there): this page needs none.
    window.H5P = window.H5P || {};
    window.H5P.preventInit = true;  // started below, once H5PIntegration is complete
    return Promise.all(integration.core.scripts.map(loadScript)).then(function () {
      window.H5P.init();
      window.H5P.preventInit = false;
    });
  }

  function start(state) {
    if (started) { return; }
    started = true;
    if (!config.integration || !config.integration.contents) {
      fail("H5PIntegration missing");
      return;
    }
    window.H5PIntegration = prepare(state);
    var timer = window.setTimeout(function () { fail("timeout"); }, LOAD_TIMEOUT_MS);
    render(window.H5PIntegration).then(function () {
      // H5P core now runs on this page too; the content itself starts later, inside its frame.
      var dispatcher = window.H5P.externalDispatcher;
      dispatcher.on("xAPI", onXAPI);
      dispatcher.on("initialized", function () {
        window.clearTimeout(timer);
        onInitialized();
      });
      if (findInstance()) {  // the content was quicker than this listener
        window.clearTimeout(timer);
        onInitialized();
      }
    }).catch(function (error) {
      window.clearTimeout(timer);
      fail(error && error.message ? error.message : error);
    });
  }

  if (!config || !config.siteOrigin) {
    fail("missing configuration");
    return;
  }

  say(message("loading", "Chargement de l'activité…"));

  window.addEventListener("message", function (event) {
    if (event.origin !== config.siteOrigin || event.source !== window.parent) { return; }
    var data = event.data;
    if (!data || typeof data !== "object" || data.source !== SOURCE) { return; }
    if (data.type === "init") {
      start(typeof data.state === "string" && data.state ? data.state : null);
    }
  });

  watchHeight();

  if (window.parent === window) {
    start(null);  // opened on its own (a check by the team): play without saving anything
    return;
  }
  // Say "ready" until the lesson page answers: its script may start after this frame.
  var tries = 0;
  (function ready() {
    if (started || tries >= 60) { return; }
    tries += 1;
    post({ type: "ready" });
    window.setTimeout(ready, 500);
  })();
})();
