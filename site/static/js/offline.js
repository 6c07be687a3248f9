// Offline reading: registers the worker that keeps the lessons opened here, says plainly when
// there is no connection, holds back the forms that need the server, and lists the saved
// lessons on the "not saved" page. Every word comes from the page (translated there).
(function () {
  var status = document.querySelector("[data-offline-status]");
  if (!status) { return; }
  var worker = navigator.serviceWorker;
  var servedFromCopy = false;

  if (worker && window.caches) {
    // After the page has loaded: a slow connection gives the page itself the way first.
    window.addEventListener("load", function () {
      worker.register(status.getAttribute("data-worker"), { scope: "/" }).catch(function () {});
    });
    worker.addEventListener("message", function (event) {
      if (event.data && event.data.pasapasCopy) { servedFromCopy = true; update(); }
    });
    worker.startMessages();
    if (worker.controller) {
      worker.controller.postMessage("pasapas:served-from-copy?");
    } else {
      // The first visit: this page came before the worker, which is asked to keep it.
      worker.addEventListener("controllerchange", function () {
        if (!worker.controller) { return; }
        // The pictures already shown, as the browser chose them (a <picture>'s WebP, say).
        var shown = document.querySelectorAll("img, input[type=image]");
        var pictures = Array.prototype.map.call(shown, function (picture) {
          return picture.currentSrc || (picture.complete ? picture.src : "");
        }).filter(Boolean);
        worker.controller.postMessage({ pasapasKeep: location.pathname, pictures: pictures });
      });
    }
  }

  function isOffline() { return !navigator.onLine || servedFromCopy; }

  function say(text, kind) {
    status.textContent = "";
    if (!text) { return; }
    var message = document.createElement("div");
    message.className = "offline-status__message offline-status__message--" + kind;
    var words = document.createElement("p");
    words.className = "wrap";
    words.textContent = text;
    message.appendChild(words);
    status.appendChild(message);
  }

  // Forms that post to the server (answers, "J'ai terminé", language): disabled with a note.
  // The reading bar is left alone: its choice applies to the page without the server.
  function postForms() {
    return Array.prototype.filter.call(document.querySelectorAll("form"), function (form) {
      return (form.getAttribute("method") || "").toLowerCase() === "post" &&
        !form.hasAttribute("data-reading-form");
    });
  }

  function holdForms(offline) {
    postForms().forEach(function (form) {
      var note = form.querySelector(".offline-note");
      if (offline && !note) {
        note = document.createElement("p");
        note.className = "offline-note";
        note.textContent = status.getAttribute("data-form-text");
        form.appendChild(note);
      } else if (!offline && note) {
        note.remove();
      }
      // Only what sends the form: an exercise's own buttons (move up, down...) still work.
      var senders = "button:not([type=button]):not([type=reset]), input[type=submit]";
      form.querySelectorAll(senders).forEach(function (button) {
        if (offline && !button.disabled) {
          button.disabled = true;
          button.setAttribute("data-offline-held", "");
        } else if (!offline && button.hasAttribute("data-offline-held")) {
          button.disabled = false;
          button.removeAttribute("data-offline-held");
        }
      });
    });
  }

  function update(event) {
    var offline = isOffline();
    if (event && event.type === "online") { servedFromCopy = false; offline = false; }
    if (offline) {
      say(status.getAttribute("data-offline-text"), "offline");
    } else if (event && event.type === "online") {
      say(status.getAttribute("data-online-text"), "online");
    } else {
      say("");
    }
    document.documentElement.classList.toggle("is-offline", offline);
    holdForms(offline);
  }

  // A form sent while offline would end on the browser's error page: kept, with its note.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (isOffline() && postForms().indexOf(form) !== -1) {
      event.preventDefault();
      event.stopImmediatePropagation();
      holdForms(true);
    }
  }, true);

  window.addEventListener("offline", update);
  window.addEventListener("online", update);
  update();

  // The "not saved on this device" page: the lessons saved here, the last read first.
  var list = document.querySelector("[data-saved-lessons]");
  if (list && window.caches) {
    var header = list.getAttribute("data-header");
    caches.open(list.getAttribute("data-cache")).then(function (cache) {
      return cache.keys().then(function (keys) {
        return Promise.all(keys.reverse().map(function (key) {
          return cache.match(key).then(function (response) {
            var title = response && response.headers.get(header);
            return { url: key.url, title: title ? decodeURIComponent(title) : key.url };
          });
        }));
      });
    }).then(function (lessons) {
      showLessons(list, lessons);
    }).catch(function () { showLessons(list, []); });
  } else if (list) {
    showLessons(list, []);
  }

  function showLessons(target, lessons) {
    target.textContent = "";
    if (!lessons.length) {
      var empty = document.createElement("li");
      empty.className = "offline-saved__empty";
      empty.textContent = target.getAttribute("data-empty-text");
      target.appendChild(empty);
      return;
    }
    lessons.forEach(function (lesson) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = new URL(lesson.url).pathname;
      link.textContent = lesson.title;
      item.appendChild(link);
      target.appendChild(item);
    });
  }
})();
