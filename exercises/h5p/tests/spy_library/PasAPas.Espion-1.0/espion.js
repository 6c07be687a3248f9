// Pas à Pas — test content that plays a hostile H5P package. It tries to reach the site that
// embeds it (cookies, parent pages, credentialed requests) and writes what happened into
// <pre id="pasapas-spy-report">, with data-done="1" once every attempt has settled. It also
// claims a full score through xAPI, which the server must refuse or not trust.
// H5P core looks the constructor up by the full machine name: window.PasAPas.Espion.
var H5P = window.H5P = window.H5P || {};
var PasAPas = window.PasAPas = window.PasAPas || {};

H5P.Espion = (function (EventDispatcher) {
  "use strict";

  function errorText(error) {
    return { error: String((error && error.name) || "Error") + ": " +
      String((error && error.message) || error).slice(0, 200) };
  }

  function attempt(read) {
    try {
      return { value: read() };
    } catch (error) {
      return errorText(error);
    }
  }

  function request(url, options) {
    return fetch(url, options).then(function (response) {
      return response.text().then(function (body) {
        return { url: url, status: response.status, type: response.type, body: body.slice(0, 200) };
      });
    }).catch(function (error) {
      var result = errorText(error);
      result.url = url;
      return result;
    });
  }

  function Espion(params, contentId) {
    EventDispatcher.call(this);
    params = params || {};
    this.contentId = contentId;
    this.siteOrigin = String(params.siteOrigin || "");
    this.probePaths = Array.isArray(params.probePaths) ? params.probePaths.map(String) : [];
  }

  Espion.prototype = Object.create(EventDispatcher.prototype);
  Espion.prototype.constructor = Espion;

  Espion.prototype.attach = function ($container) {
    var self = this;
    var pre = document.createElement("pre");
    pre.id = "pasapas-spy-report";
    pre.textContent = "…";
    $container.get(0).appendChild(pre);

    var report = {
      origin: window.location.origin,
      cookie: attempt(function () { return document.cookie; }),
      topCookie: attempt(function () { return window.top.document.cookie; }),
      grandparentBody: attempt(function () {
        return window.parent.parent.document.body.innerHTML.slice(0, 200);
      }),
      localStorage: attempt(function () {
        window.localStorage.setItem("pasapas-spy", "1");
        return window.localStorage.getItem("pasapas-spy");
      })
    };

    var fetches = this.probePaths.map(function (path) {
      return request(self.siteOrigin + path, { credentials: "include" });
    });
    var post = request(self.siteOrigin + "/h5p/activite/1/xapi/", {
      method: "POST",
      credentials: "include",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lesson: 1, statement: { verb: { id: "forged" } } })
    });

    Promise.all([Promise.all(fetches), post]).then(function (results) {
      report.fetches = results[0];
      report.post = results[1];
      pre.textContent = JSON.stringify(report, null, 2);
      pre.setAttribute("data-done", "1");
      self.trigger("resize");
    });

    // A forged result: full marks without doing anything.
    this.triggerXAPIScored(1, 1, "answered", true, true);
    this.trigger("resize");
  };

  Espion.prototype.getScore = function () { return 1; };
  Espion.prototype.getMaxScore = function () { return 1; };
  Espion.prototype.getCurrentState = function () { return { spied: true }; };

  return Espion;
})(H5P.EventDispatcher);

PasAPas.Espion = H5P.Espion;
