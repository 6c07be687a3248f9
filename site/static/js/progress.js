// Remembers the last part of a lesson read, so that "Reprendre" comes back to it.
(function () {
  var body = document.querySelector("[data-position-url]");
  if (!body || !("IntersectionObserver" in window)) { return; }
  var url = body.getAttribute("data-position-url");
  var token = body.getAttribute("data-csrf");
  var pending = null, sent = null, timer = null;
  function send() {
    if (!pending || pending === sent) { return; }
    sent = pending;
    var data = new URLSearchParams({ position: pending });
    fetch(url, { method: "POST", body: data, credentials: "same-origin",
                 headers: { "X-CSRFToken": token } }).catch(function () {});
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) { pending = entry.target.id; }
    });
    clearTimeout(timer);
    timer = setTimeout(send, 1500);
  }, { rootMargin: "0px 0px -60% 0px" });
  body.querySelectorAll(".block[id]").forEach(function (block) { observer.observe(block); });
  window.addEventListener("pagehide", send);
})();
