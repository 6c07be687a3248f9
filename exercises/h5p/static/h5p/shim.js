// Pas à Pas: in-memory stand-in for Web Storage inside the H5P player.
// The player runs in a third-party frame, where Chromium may refuse localStorage and
// sessionStorage (reading them throws SecurityError). H5P core reads them while it starts,
// and one throw aborts H5P.init, so when a store is unusable we put a memory-only one in its
// place. Nothing is kept between visits: the site stores the learner's state itself.
(function () {
  "use strict";

  function usable(name) {
    try {
      var store = window[name];
      if (!store) { return false; }
      var probe = "__pasapas_probe__";
      store.setItem(probe, "1");
      store.removeItem(probe);
      return true;
    } catch (error) {
      return false;
    }
  }

  function memoryStorage() {
    var items = new Map();
    var api = {
      getItem: function (key) {
        key = String(key);
        return items.has(key) ? items.get(key) : null;
      },
      setItem: function (key, value) { items.set(String(key), String(value)); },
      removeItem: function (key) { items.delete(String(key)); },
      clear: function () { items.clear(); },
      key: function (index) {
        var keys = Array.from(items.keys());
        return index >= 0 && index < keys.length ? keys[index] : null;
      }
    };
    // Some code uses the property style (localStorage.foo = "bar"): map it onto the items.
    return new Proxy(api, {
      get: function (target, prop) {
        if (prop === "length") { return items.size; }
        if (typeof prop !== "string" || Object.prototype.hasOwnProperty.call(target, prop)) {
          return target[prop];
        }
        return items.has(prop) ? items.get(prop) : undefined;
      },
      set: function (target, prop, value) {
        if (typeof prop !== "string" || Object.prototype.hasOwnProperty.call(target, prop)) {
          return false;
        }
        items.set(prop, String(value));
        return true;
      },
      has: function (target, prop) {
        return Object.prototype.hasOwnProperty.call(target, prop) || items.has(prop);
      },
      deleteProperty: function (target, prop) {
        items.delete(prop);
        return true;
      }
    });
  }

  ["localStorage", "sessionStorage"].forEach(function (name) {
    if (usable(name)) { return; }
    try {
      Object.defineProperty(window, name, {
        configurable: true, enumerable: true, value: memoryStorage(), writable: false
      });
    } catch (error) {
      // Nothing more we can do; H5P will report its own error.
    }
  });
})();
