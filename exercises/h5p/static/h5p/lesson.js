// Pas à Pas: the lesson page's side of an H5P activity. The player runs in an iframe on its own
// origin; this script answers it (saved state), sizes the frame, and sends what it reports
// (xAPI statements, state) to the site. Whatever comes from the frame is treated as untrusted:
// the server checks every statement.
(function () {
  "use strict";

  var SOURCE = "pasapas-h5p";
  var STATE_DELAY_MS = 2000;
  var MAX_STATE_CHARS = 1000000;
  var MAX_HEIGHT = 20000;
  // The page gives these in its language (data-msg-network, data-msg-server).
  var NETWORK_ERROR = "Le résultat n'a pas pu être envoyé. Vérifiez la connexion à Internet.";
  var SERVER_ERROR = "Le résultat n'a pas pu être enregistré. Vous pouvez continuer la leçon.";

  function readJSON(node) {
    if (!node) { return null; }
    try {
      return JSON.parse(node.textContent);
    } catch (error) {
      return null;
    }
  }

  function cookie(name) {
    var parts = document.cookie ? document.cookie.split(";") : [];
    for (var i = 0; i < parts.length; i += 1) {
      var part = parts[i].trim();
      if (part.indexOf(name + "=") === 0) {
        return decodeURIComponent(part.slice(name.length + 1));
      }
    }
    return null;
  }

  function csrfToken(block) {
    var input = block.querySelector("input[name=csrfmiddlewaretoken]");
    return cookie("csrftoken") || (input ? input.value : "");
  }

  function setUp(iframe) {
    if (iframe.dataset.h5pReady) { return; }
    iframe.dataset.h5pReady = "1";
    var block = iframe.closest("[data-h5p-block]") || iframe.parentElement;
    var playerOrigin = iframe.dataset.playerOrigin;
    var xapiUrl = iframe.dataset.xapiUrl;
    var stateUrl = iframe.dataset.stateUrl;
    var viewedUrl = iframe.dataset.viewedUrl;
    var viewedSent = false;
    var lesson = Number(iframe.dataset.lesson);
    var signedIn = iframe.dataset.signedIn !== "false";
    var feedback = block.querySelector("[data-h5p-feedback]");
    var networkError = iframe.dataset.msgNetwork || NETWORK_ERROR;
    var serverError = iframe.dataset.msgServer || SERVER_ERROR;
    var saved = signedIn ? readJSON(block.querySelector("script[data-h5p-state]")) : null;
    var pendingState = null;
    var stateTimer = null;
    var queue = Promise.resolve();  // statements go to the server one after the other, in order
    var completedSignalled = false;

    if (!playerOrigin) { return; }

    function show(text) {
      if (feedback && typeof text === "string" && text) { feedback.textContent = text; }
    }

    function send(url, payload, keepalive) {
      var options = {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRFToken": csrfToken(block)
        },
        body: JSON.stringify(payload)
      };
      if (keepalive && options.body.length < 60000) { options.keepalive = true; }
      return fetch(url, options);
    }

    function sendStatement(statement) {
      if (!signedIn || !xapiUrl) { return; }
      report(xapiUrl, { lesson: lesson, statement: statement });
    }

    function sendViewed() {
      // Only activities « à consulter » carry this address: opened means done.
      if (!signedIn || !viewedUrl || viewedSent) { return; }
      viewedSent = true;
      report(viewedUrl, { lesson: lesson });
    }

    function report(url, payload) {
      queue = queue.then(function () {
        return send(url, payload).then(function (response) {
          return response.json().catch(function () {
            return response.ok ? {} : { error: serverError };  // e.g. an HTML error page
          });
        }).then(function (data) {
          data = data && typeof data === "object" ? data : {};
          show(data.message || data.error);
          if (data.lesson_completed && !completedSignalled) {
            completedSignalled = true;
            iframe.dispatchEvent(new CustomEvent("pasapas:lesson-completed", { bubbles: true }));
          }
        }).catch(function () {
          show(networkError);
        });
      });
    }

    function flushState(keepalive) {
      window.clearTimeout(stateTimer);
      stateTimer = null;
      if (pendingState === null) { return; }
      var state = pendingState;
      pendingState = null;
      send(stateUrl, { lesson: lesson, state: state }, keepalive).catch(function () {
        if (pendingState === null) { pendingState = state; }  // try again with the next change
      });
    }

    function queueState(state) {
      if (!signedIn || !stateUrl) { return; }
      pendingState = state;
      window.clearTimeout(stateTimer);
      stateTimer = window.setTimeout(function () { flushState(false); }, STATE_DELAY_MS);
    }

    function resize(height) {
      if (typeof height !== "number" || !isFinite(height)) { return; }
      height = Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(height)));
      iframe.style.height = height + "px";
    }

    window.addEventListener("message", function (event) {
      if (event.origin !== playerOrigin || event.source !== iframe.contentWindow) { return; }
      var data = event.data;
      if (!data || typeof data !== "object" || data.source !== SOURCE) { return; }
      switch (data.type) {
        case "ready":
          // Every time: the frame says "ready" again after it reloads.
          iframe.contentWindow.postMessage(
            { source: SOURCE, type: "init", state: typeof saved === "string" ? saved : null },
            playerOrigin
          );
          break;
        case "xapi":
          if (data.statement && typeof data.statement === "object") {
            sendStatement(data.statement);
          }
          break;
        case "state":
          if (typeof data.state === "string" && data.state.length <= MAX_STATE_CHARS) {
            saved = data.state;  // a reload of the frame starts from here
            queueState(data.state);
          }
          break;
        case "viewed":
          sendViewed();
          break;
        case "resize":
          resize(data.height);
          break;
        case "error":
          iframe.dataset.h5pError = "1";
          break;
      }
    });

    window.addEventListener("pagehide", function () { flushState(true); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") { flushState(true); }
    });
  }

  function setUpAll() {
    document.querySelectorAll("iframe[data-h5p-player]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
