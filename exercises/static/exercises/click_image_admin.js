// The zone drawer of "Cliquer sur l'image", in the Wagtail admin: shows the image chosen in
// the same block, lets the author draw the right zones with the mouse or type their numbers,
// and keeps the zones (in percent of the image) as JSON in the field's textarea.
(function () {
  "use strict";

  function round(value) { return Math.round(value * 100) / 100; }
  function clamp(value, low, high) { return Math.min(high, Math.max(low, value)); }

  function parse(text) {
    if (!text || !text.trim()) { return []; }
    var zones = JSON.parse(text);
    if (!Array.isArray(zones)) { throw new Error("not a list"); }
    return zones;
  }

  function define() {
    class ZonesController extends window.StimulusModule.Controller {
      static targets = [
        "input", "stage", "image", "layer", "list", "row", "status", "empty", "addButton"
      ];
      static values = {
        previewUrl: String, zone: String, added: String, removed: String, unreadable: String
      };

      connect() {
        this.zones = [];
        this.read();
        this.onChange = (event) => {
          if (event.target === this.imageInput()) { this.loadImage(); }
        };
        document.addEventListener("change", this.onChange);
        this.loadImage();
      }

      disconnect() {
        document.removeEventListener("change", this.onChange);
      }

      // The image chooser of the same block: its hidden input is named like ours.
      imageInput() {
        return document.getElementById(this.inputTarget.id.replace(/zones$/, "image"));
      }

      loadImage() {
        var input = this.imageInput();
        var id = input && input.value;
        if (!id) { this.showImage(null); return; }
        var url = this.previewUrlValue.replace(/\/0\/$/, "/" + encodeURIComponent(id) + "/");
        fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
          .then((response) => (response.ok ? response.json() : null))
          .then((data) => this.showImage(data))
          .catch(() => this.showImage(null));
      }

      showImage(data) {
        this.stageTarget.hidden = !data;
        this.emptyTarget.hidden = !!data;
        if (data) {
          this.imageTarget.src = data.url;
          this.imageTarget.width = data.width;
          this.imageTarget.height = data.height;
          this.imageTarget.alt = data.alt || "";
        }
      }

      // The textarea, typed by hand or set by Wagtail: the zones follow it.
      read() {
        try {
          this.zones = parse(this.inputTarget.value);
        } catch (error) {
          this.say(this.unreadableValue);
          return;
        }
        this.render();
      }

      write() {
        this.inputTarget.value = JSON.stringify(this.zones.map((zone) => ({
          x: round(zone.x), y: round(zone.y), width: round(zone.width),
          height: round(zone.height), label: zone.label || ""
        })));
        this.inputTarget.dispatchEvent(new Event("input", { bubbles: true }));
      }

      say(message) {
        this.statusTarget.textContent = "";
        window.setTimeout(() => { this.statusTarget.textContent = message; }, 50);
      }

      render() {
        this.drawBoxes();
        this.listTarget.innerHTML = "";
        this.zones.forEach((zone, index) => {
          var row = this.rowTarget.content.firstElementChild.cloneNode(true);
          row.querySelector("[data-role=legend]").textContent = this.zoneValue + " " + (index + 1);
          row.querySelectorAll("[data-key]").forEach((field) => {
            var key = field.getAttribute("data-key");
            field.value = zone[key] === undefined ? "" : zone[key];
            field.addEventListener("input", () => {
              if (key === "label") {
                zone.label = field.value;
              } else {
                var number = parseFloat(field.value);
                if (!isFinite(number)) { return; }
                zone[key] = number;
              }
              this.write();
              this.drawBoxes();
            });
          });
          row.querySelector("[data-role=remove]").addEventListener("click", () => {
            this.zones.splice(index, 1);
            this.write();
            this.render();
            this.say(this.removedValue);
            var near = this.listTarget.children[Math.max(0, index - 1)];
            (near ? near.querySelector("input") : this.addButtonTarget).focus();
          });
          this.listTarget.appendChild(row);
        });
      }

      drawBoxes() {
        this.layerTarget.querySelectorAll(".pasapas-zones__box:not(.is-draft)").forEach((box) => box.remove());
        this.zones.forEach((zone, index) => {
          var box = this.box(zone);
          var tag = document.createElement("span");
          tag.className = "pasapas-zones__tag" + (zone.y < 8 ? " is-below" : "");
          tag.textContent = this.zoneValue + " " + (index + 1) + (zone.label ? " · " + zone.label : "");
          box.appendChild(tag);
          this.layerTarget.appendChild(box);
        });
      }

      box(zone, box) {
        box = box || document.createElement("div");
        box.className = box.className || "pasapas-zones__box";
        box.style.left = zone.x + "%";
        box.style.top = zone.y + "%";
        box.style.width = zone.width + "%";
        box.style.height = zone.height + "%";
        return box;
      }

      add() {
        this.zones.push({ x: 40, y: 40, width: 20, height: 20, label: "" });
        this.afterAdd();
        this.listTarget.lastElementChild.querySelector("input").focus();
      }

      afterAdd() {
        this.write();
        this.render();
        this.say(this.addedValue);
      }

      // Drawing with the mouse (or a finger, or a pen): press, drag, release.
      point(event) {
        var rect = this.layerTarget.getBoundingClientRect();
        return {
          x: clamp((event.clientX - rect.left) / rect.width * 100, 0, 100),
          y: clamp((event.clientY - rect.top) / rect.height * 100, 0, 100)
        };
      }

      rect(a, b) {
        return {
          x: round(Math.min(a.x, b.x)), y: round(Math.min(a.y, b.y)),
          width: round(Math.abs(a.x - b.x)), height: round(Math.abs(a.y - b.y)), label: ""
        };
      }

      start(event) {
        if (event.button !== 0) { return; }
        event.preventDefault();
        this.layerTarget.setPointerCapture(event.pointerId);
        this.origin = this.point(event);
        this.draft = document.createElement("div");
        this.draft.className = "pasapas-zones__box is-draft";
        this.layerTarget.appendChild(this.draft);
        this.box(this.rect(this.origin, this.origin), this.draft);
      }

      move(event) {
        if (!this.origin) { return; }
        this.box(this.rect(this.origin, this.point(event)), this.draft);
      }

      end(event) {
        if (!this.origin) { return; }
        var zone = this.rect(this.origin, this.point(event));
        this.cancel();
        if (zone.width >= 1 && zone.height >= 1) {
          this.zones.push(zone);
          this.afterAdd();
        }
      }

      cancel() {
        this.origin = null;
        if (this.draft) { this.draft.remove(); this.draft = null; }
      }
    }
    window.wagtail.app.register("pasapas-zones", ZonesController);
  }

  if (window.wagtail && window.wagtail.app && window.StimulusModule) {
    define();
  } else {
    document.addEventListener("DOMContentLoaded", define);
  }
})();
