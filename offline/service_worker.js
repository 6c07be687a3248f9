// Pas à Pas, offline reading: the lessons a learner opened can be read again without a
// connection. The server puts `self.PASAPAS` (version, files, limits) before this source.
//
// - pages: network first; without a network, the saved copy of a lesson, else the
//   "not saved on this device" page;
// - the site's CSS, scripts and pictures: from the versioned precache first;
// - lesson pictures (under the media address): from their cache first, bounded;
// - never: anything but a GET, another origin (the H5P player), the admin, documents.
"use strict";

var CONFIG = self.PASAPAS;
var STATIC_CACHE = "pasapas-static-" + CONFIG.version;
var KEEP = [STATIC_CACHE, CONFIG.lessonsCache, CONFIG.imagesCache];
// Pages this worker answered with a saved copy: their script asks, to say it is offline
// even when the device believes it is connected (a box with no Internet behind it).
var copies = new Set();

self.addEventListener("install", function (event) {
  var urls = Object.keys(CONFIG.assets).map(function (name) { return CONFIG.assets[name]; });
  urls.push(CONFIG.fallback);
  event.waitUntil(
    caches.open(STATIC_CACHE)
      .then(function (cache) { return cache.addAll(urls); })
      .then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("pasapas-") === 0 && KEEP.indexOf(name) === -1;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data === "pasapas:served-from-copy?" && event.source) {
    event.source.postMessage({ pasapasCopy: copies.has(event.source.id) });
  } else if (data.pasapasKeep) {
    // The page that brought the worker was loaded without it: fetched again to be kept, with
    // the pictures it shows (from the browser's own cache, most often).
    var url = new URL(data.pasapasKeep, self.location.href);
    if (url.origin !== self.location.origin) { return; }
    event.waitUntil(fetch(url.href, { credentials: "same-origin" }).then(function (response) {
      if (!isLesson(response)) { return; }
      return keepLesson(url, response).then(function () {
        return keepPictures(Array.isArray(data.pictures) ? data.pictures : []);
      });
    }).catch(function () {}));
  }
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  if (CONFIG.skip.some(function (prefix) { return url.pathname.indexOf(prefix) === 0; })) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(event, url));
  } else if (url.pathname.indexOf(CONFIG.staticUrl) === 0) {
    event.respondWith(asset(request, url));
  } else if (url.pathname.indexOf(CONFIG.mediaUrl) === 0 && request.destination === "image") {
    event.respondWith(picture(event));
  }
});

function keepable(response) {
  return response && response.status === 200 && response.type === "basic" &&
    !/no-store/.test(response.headers.get("Cache-Control") || "");
}

// Lessons are kept under their address without a query, the newest last.
function lessonKey(url) { return url.origin + url.pathname; }

function trim(cache, max) {
  return cache.keys().then(function (keys) {
    return Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map(function (key) {
      return cache.delete(key);
    }));
  });
}

function isLesson(response) {
  return keepable(response) && !response.redirected && response.headers.has(CONFIG.lessonHeader);
}

function keepLesson(url, response) {
  return caches.open(CONFIG.lessonsCache).then(function (cache) {
    var key = lessonKey(url);
    // Deleted first so that the put lands last: the oldest read is the first to go.
    return cache.delete(key, { ignoreVary: true })
      .then(function () { return cache.put(key, response); })
      .then(function () { return trim(cache, CONFIG.maxLessons); });
  });
}

// The pictures a lesson shows (the ones the browser chose), from the media address only.
function keepPictures(addresses) {
  var urls = addresses.slice(0, 50).map(function (address) {
    try { return new URL(address, self.location.href); } catch (error) { return null; }
  }).filter(function (url) {
    return url && url.origin === self.location.origin && url.pathname.indexOf(CONFIG.mediaUrl) === 0;
  });
  return caches.open(CONFIG.imagesCache).then(function (cache) {
    return Promise.all(urls.map(function (url) {
      return cache.match(url.href, { ignoreVary: true }).then(function (hit) {
        if (hit) { return; }
        return fetch(url.href).then(function (response) {
          if (keepable(response)) { return cache.put(url.href, response); }
        });
      });
    })).then(function () { return trim(cache, CONFIG.maxImages); });
  }).catch(function () {});
}

function page(event, url) {
  var request = event.request;
  return fetch(request).then(function (response) {
    // Its pictures come through this worker as the page shows them (see picture()).
    if (isLesson(response)) { event.waitUntil(keepLesson(url, response.clone())); }
    event.waitUntil(refreshFallback(response));
    return response;
  }, function () {
    return caches.open(CONFIG.lessonsCache).then(function (cache) {
      return cache.match(lessonKey(url), { ignoreVary: true, ignoreSearch: true });
    }).then(function (saved) {
      return saved || caches.match(CONFIG.fallback, { cacheName: STATIC_CACHE, ignoreVary: true });
    }).then(function (answer) {
      if (!answer) { return Response.error(); }
      copies.add(event.resultingClientId);
      return answer;
    });
  });
}

// The fallback page was saved in the language of the day the worker came; a page in
// another language means the learner changed it: save the fallback again.
function refreshFallback(response) {
  var language = response.headers.get("Content-Language");
  if (!keepable(response) || !language) { return Promise.resolve(); }
  return caches.open(STATIC_CACHE).then(function (cache) {
    return cache.match(CONFIG.fallback, { ignoreVary: true }).then(function (saved) {
      if (saved && saved.headers.get("Content-Language") !== language) {
        return cache.add(CONFIG.fallback);
      }
    });
  }).catch(function () {});
}

// A saved lesson may name a file by the address of an older deploy: without a network,
// the file of the same name from this deploy stands in (its name without the hash).
function currentAddress(url) {
  var name = url.pathname.slice(CONFIG.staticUrl.length).replace(/\.[0-9a-f]{12}(\.[^./]+)$/, "$1");
  return CONFIG.assets[name];
}

function asset(request, url) {
  return caches.open(STATIC_CACHE).then(function (cache) {
    return cache.match(request, { ignoreVary: true }).then(function (hit) {
      if (hit) { return hit; }
      return fetch(request).catch(function (error) {
        var current = currentAddress(url);
        var lookup = current ? cache.match(current, { ignoreVary: true }) : Promise.resolve();
        return lookup.then(function (old) {
          if (old) { return old; }
          throw error;
        });
      });
    });
  });
}

function picture(event) {
  var request = event.request;
  return caches.open(CONFIG.imagesCache).then(function (cache) {
    return cache.match(request, { ignoreVary: true }).then(function (hit) {
      if (hit) { return hit; }
      return fetch(request).then(function (response) {
        if (keepable(response)) {
          var copy = response.clone();
          event.waitUntil(cache.put(request, copy).then(function () {
            return trim(cache, CONFIG.maxImages);
          }));
        }
        return response;
      });
    });
  });
}
