// Pas à Pas: the lesson page's side of a SCORM package. The player runs in an iframe on its
// own origin; this script hands it what to resume and sends what it commits to the site, in
// order, and the latest progress when the page is left (keepalive). Whatever comes from the
// frame is untrusted: only messages from the player's origin and this iframe are read, and
// the server checks every commit.
(function () {
  "use strict";

  var SOURCE = "pasapas-scorm";
  var PROGRESS_DELAY_MS = 5000;
  var KEEPALIVE_MAX = 60000;
  var NETWORK_ERROR = "Votre progression n'a pas pu être envoyée. Vérifiez la connexion à Internet.";
  var SERVER_ERROR = "Votre progression n'a pas pu être enregistrée. Vous pouvez continuer la leçon.";

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
      if (part.indexOf(name + "=") === 0) { return decodeURIComponent(part.slice(name.length + 1)); }
    }
    return null;
  }

  function setUp(iframe) {
    if (iframe.dataset.scormReady) { return; }
    iframe.dataset.scormReady = "1";
    var block = iframe.closest("[data-scorm-block]") || iframe.parentElement;
    var playerOrigin = iframe.dataset.playerOrigin;
    var commitUrl = iframe.dataset.commitUrl;
    var lesson = Number(iframe.dataset.lesson);
    var signedIn = iframe.dataset.signedIn !== "false";
    var feedback = block.querySelector("[data-scorm-feedback]");
    var networkError = iframe.dataset.msgNetwork || NETWORK_ERROR;
    var serverError = iframe.dataset.msgServer || SERVER_ERROR;
    var saved = (signedIn && readJSON(block.querySelector("script[data-scorm-saved]"))) || {};
    var attempts = {};
    var current = null;
    var pending = {};  // sco -> the latest CMI data not committed yet
    var timer = null;
    var queue = Promise.resolve();
    var completedSignalled = false;
    Object.keys(saved).forEach(function (sco) { attempts[sco] = saved[sco].attempt; });

    if (!playerOrigin) { return; }

    function show(text) {
      if (feedback && typeof text === "string" && text) { feedback.textContent = text; }
    }

    function csrfToken() {
      var input = block.querySelector("input[name=csrfmiddlewaretoken]");
      return cookie("csrftoken") || (input ? input.value : "");
    }

    function body(sco, data, finished) {
      return JSON.stringify({
        lesson: lesson,
        sco: sco,
        attempt: attempts[sco] || null,
        data: data,
        finished: finished
      });
    }

    function request(payload, keepalive) {
      var options = {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRFToken": csrfToken()
        },
        body: payload
      };
      if (keepalive && payload.length < KEEPALIVE_MAX) { options.keepalive = true; }
      return fetch(commitUrl, options);
    }

    function send(sco, data, finished) {
      if (!signedIn) { return; }
      delete pending[sco];
      queue = queue.then(function () {
        return request(body(sco, data, finished), false).then(function (response) {
          return response.json().catch(function () {
            return response.ok ? {} : { error: serverError };
          });
        }).then(function (answer) {
          answer = answer && typeof answer === "object" ? answer : {};
          if (answer.recorded) {
            attempts[sco] = answer.attempt || null;
            // A reload of the player resumes from here, or starts afresh after a finish.
            if (answer.attempt) { saved[sco] = { attempt: answer.attempt, cmi: data.cmi }; } else { delete saved[sco]; }
          }
          show(answer.message || answer.error);
          if (answer.lesson_completed && !completedSignalled) {
            completedSignalled = true;
            iframe.dispatchEvent(new CustomEvent("pasapas:lesson-completed", { bubbles: true }));
          }
        }).catch(function () {
          show(networkError);
        });
      });
    }

    function flush(keepalive) {
      window.clearTimeout(timer);
      timer = null;
      Object.keys(pending).forEach(function (sco) {
        var data = pending[sco];
        if (keepalive) {
          delete pending[sco];
          request(body(sco, data, false), true).catch(function () {});
        } else {
          send(sco, data, false);
        }
      });
    }

    function validData(data) {
      return data && typeof data === "object" && data.cmi && typeof data.cmi === "object";
    }

    window.addEventListener("message", function (event) {
      if (event.origin !== playerOrigin || event.source !== iframe.contentWindow) { return; }
      var data = event.data;
      if (!data || typeof data !== "object" || data.source !== SOURCE) { return; }
      var sco = typeof data.sco === "string" ? data.sco : null;
      switch (data.type) {
        case "ready": {
          var resume = {};
          Object.keys(saved).forEach(function (key) { resume[key] = saved[key].cmi; });
          iframe.contentWindow.postMessage(
            { source: SOURCE, type: "init", saved: resume, current: current },
            playerOrigin
          );
          break;
        }
        case "current":
          current = sco;
          break;
        case "progress":
          if (sco && validData(data.data) && signedIn) {
            pending[sco] = data.data;
            if (!timer) { timer = window.setTimeout(function () { flush(false); }, PROGRESS_DELAY_MS); }
          }
          break;
        case "commit":
          if (sco && validData(data.data)) { send(sco, data.data, data.terminate === true); }
          break;
      }
    });

    window.addEventListener("pagehide", function () { flush(true); });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") { flush(true); }
    });
  }

  function setUpAll() {
    document.querySelectorAll("iframe[data-scorm-player]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
