// The annotation editor of a screenshot (images/views.py). Plain script, no framework: the
// shapes are kept as the server's data (fractions of the image), drawn in an SVG over the
// original, listed with fields a keyboard can set, and saved in one hidden field.
(function () {
  "use strict";

  const root = document.querySelector("[data-annotate]");
  if (!root) return;

  const PALETTE = { red: "#c8102e", blue: "#0055a4", green: "#006e33", purple: "#7030a0" };
  // The words come translated from the page (images/views.py).
  const TEXT = JSON.parse(document.getElementById("annotate-text").textContent);
  const fill = (text, values) => text.replace(/%\((\w+)\)s/g, (_, key) => values[key]);
  const NAMES = {};
  ["marker", "arrow", "circle", "box", "blur", "cover"].forEach((kind) => {
    NAMES[kind] = TEXT[kind];
  });
  const HIDING = ["blur", "cover"];
  const width = Number(root.dataset.width);
  const height = Number(root.dataset.height);
  const maxLabel = Number(root.dataset.maxLabel);
  const field = root.querySelector("[data-field]");
  const svg = root.querySelector("[data-svg]");
  const stage = root.querySelector("[data-stage]");
  const list = root.querySelector("[data-list]");
  const empty = root.querySelector("[data-empty]");
  const status = root.querySelector("[data-status]");
  const colour = root.querySelector("[data-colour]");
  const preview = root.querySelector("[data-preview-image]");
  const NS = "http://www.w3.org/2000/svg";

  let shapes = [];
  try {
    shapes = JSON.parse(field.value).shapes || [];
  } catch (error) {
    shapes = [];
  }
  const history = [];
  let tool = "marker";
  let drag = null;

  const round = (value) => Math.round(Math.min(1, Math.max(0, value)) * 10000) / 10000;
  const remember = () => history.push(JSON.stringify(shapes));
  const say = (text) => {
    status.textContent = text;
  };

  function element(name, attributes) {
    const node = document.createElementNS(NS, name);
    Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
    return node;
  }

  function drawShape(shape, number) {
    const stroke = Math.max(2, Math.round(Math.max(width, height) / 160));
    const colourOf = PALETTE[shape.colour] || PALETTE.red;
    if (shape.kind === "marker") {
      const radius = Math.max(10, Math.round(Math.max(width, height) / 32));
      const group = element("g", {});
      group.append(
        element("circle", {
          cx: shape.x * width,
          cy: shape.y * height,
          r: radius,
          fill: colourOf,
          stroke: "#fff",
          "stroke-width": Math.max(2, radius / 6),
        }),
      );
      const text = element("text", {
        x: shape.x * width,
        y: shape.y * height,
        fill: "#fff",
        "font-size": radius * 1.1,
        "font-weight": "bold",
        "text-anchor": "middle",
        "dominant-baseline": "central",
      });
      text.textContent = String(number);
      group.append(text);
      return group;
    }
    if (shape.kind === "arrow") {
      const group = element("g", {});
      const x1 = shape.x1 * width;
      const y1 = shape.y1 * height;
      const x2 = shape.x2 * width;
      const y2 = shape.y2 * height;
      const angle = Math.atan2(y2 - y1, x2 - x1);
      const head = stroke * 4;
      const spread = (28 * Math.PI) / 180;
      group.append(
        element("line", {
          x1,
          y1,
          x2: x2 - head * 0.8 * Math.cos(angle),
          y2: y2 - head * 0.8 * Math.sin(angle),
          stroke: colourOf,
          "stroke-width": stroke,
        }),
      );
      const points = [
        [x2, y2],
        [x2 - head * Math.cos(angle - spread), y2 - head * Math.sin(angle - spread)],
        [x2 - head * Math.cos(angle + spread), y2 - head * Math.sin(angle + spread)],
      ];
      group.append(element("polygon", { points: points.map((p) => p.join(",")).join(" "), fill: colourOf }));
      return group;
    }
    const x = shape.x * width;
    const y = shape.y * height;
    const w = shape.w * width;
    const h = shape.h * height;
    if (shape.kind === "circle") {
      return element("ellipse", {
        cx: x + w / 2,
        cy: y + h / 2,
        rx: w / 2,
        ry: h / 2,
        fill: "none",
        stroke: colourOf,
        "stroke-width": stroke,
      });
    }
    if (shape.kind === "box") {
      return element("rect", {
        x,
        y,
        width: w,
        height: h,
        fill: colourOf,
        "fill-opacity": 0.19,
        stroke: colourOf,
        "stroke-width": stroke,
      });
    }
    // A hidden area: grey in the editor, hatched for a blur; the preview shows the real result.
    return element("rect", {
      x,
      y,
      width: w,
      height: h,
      fill: "#5a5a5a",
      "fill-opacity": shape.kind === "cover" ? 1 : 0.75,
      stroke: "#000",
      "stroke-dasharray": shape.kind === "blur" ? stroke * 3 : "none",
      "stroke-width": stroke / 2,
    });
  }

  function numberField(shape, key, label) {
    const wrapper = document.createElement("label");
    wrapper.className = "annotate__number";
    wrapper.textContent = label + " ";
    const input = document.createElement("input");
    input.type = "number";
    input.min = "0";
    input.max = "100";
    input.step = "0.5";
    input.value = String(Math.round(shape[key] * 1000) / 10);
    input.addEventListener("change", () => {
      const value = Number(input.value);
      if (!Number.isFinite(value)) return;
      remember();
      shape[key] = round(value / 100);
      render({ keepList: true });
    });
    wrapper.append(input);
    return wrapper;
  }

  function renderList() {
    list.replaceChildren();
    let markers = 0;
    shapes.forEach((shape, index) => {
      const item = document.createElement("li");
      item.className = "annotate__item";
      const title = document.createElement("strong");
      if (shape.kind === "marker") markers += 1;
      title.textContent = shape.kind === "marker" ? `${NAMES.marker} ${markers}` : NAMES[shape.kind];
      item.append(title);
      if (shape.kind === "marker") {
        const wrapper = document.createElement("label");
        wrapper.className = "annotate__label";
        wrapper.textContent = `${fill(TEXT.label, { n: markers })} `;
        const input = document.createElement("input");
        input.type = "text";
        input.maxLength = maxLabel;
        input.value = shape.label || "";
        input.dataset.label = String(markers);
        input.addEventListener("input", () => {
          shape.label = input.value;
          save();
        });
        wrapper.append(input);
        item.append(wrapper);
      }
      const keys =
        shape.kind === "marker" ? ["x", "y"] : shape.kind === "arrow" ? ["x1", "y1", "x2", "y2"] : ["x", "y", "w", "h"];
      const numbers = document.createElement("div");
      numbers.className = "annotate__numbers";
      keys.forEach((key) => numbers.append(numberField(shape, key, TEXT[key])));
      item.append(numbers);
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "button button-small button-secondary no";
      remove.textContent = fill(TEXT.delete, { name: title.textContent });
      remove.addEventListener("click", () => {
        remember();
        shapes.splice(index, 1);
        render();
        say(fill(TEXT.deleted, { name: title.textContent }));
        (list.querySelector("button") || colour).focus();
      });
      item.append(remove);
      list.append(item);
    });
    empty.hidden = shapes.length > 0;
  }

  let previewTimer = null;
  function refreshPreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      const body = new FormData();
      body.append("annotations", field.value);
      body.append("csrfmiddlewaretoken", root.querySelector("[name=csrfmiddlewaretoken]").value);
      fetch(root.dataset.preview, { method: "POST", body, credentials: "same-origin" })
        .then((response) => (response.ok ? response.blob() : Promise.reject(response)))
        .then((blob) => {
          if (preview.dataset.objectUrl) URL.revokeObjectURL(preview.dataset.objectUrl);
          const url = URL.createObjectURL(blob);
          preview.dataset.objectUrl = url;
          preview.src = url;
          preview.dataset.ready = "true";
        })
        .catch(() => {});
    }, 400);
  }

  function save() {
    const clean = shapes.map((shape) => {
      const copy = { ...shape };
      if (copy.kind === "marker") copy.label = (copy.label || "").slice(0, maxLabel);
      return copy;
    });
    field.value = JSON.stringify({ version: 1, shapes: clean });
    refreshPreview();
  }

  function render(options = {}) {
    svg.replaceChildren();
    let markers = 0;
    shapes.forEach((shape) => {
      if (HIDING.includes(shape.kind)) svg.append(drawShape(shape, 0));
    });
    shapes.forEach((shape) => {
      if (!HIDING.includes(shape.kind) && shape.kind !== "marker") svg.append(drawShape(shape, 0));
    });
    shapes.forEach((shape) => {
      if (shape.kind === "marker") svg.append(drawShape(shape, ++markers));
    });
    if (drag && drag.shape) svg.append(drawShape(drag.shape, markers + 1));
    if (!options.keepList) renderList();
    save();
  }

  function point(event) {
    const box = stage.getBoundingClientRect();
    return { x: round((event.clientX - box.left) / box.width), y: round((event.clientY - box.top) / box.height) };
  }

  function shapeFrom(start, end) {
    if (tool === "arrow") return { kind: "arrow", x1: start.x, y1: start.y, x2: end.x, y2: end.y, colour: colour.value };
    const shape = {
      kind: tool,
      x: Math.min(start.x, end.x),
      y: Math.min(start.y, end.y),
      w: round(Math.abs(end.x - start.x)),
      h: round(Math.abs(end.y - start.y)),
    };
    if (!HIDING.includes(tool)) shape.colour = colour.value;
    return shape;
  }

  function add(shape) {
    remember();
    shapes.push(shape);
    render();
    say(fill(TEXT.added, { name: NAMES[shape.kind] }));
    if (shape.kind === "marker") {
      const inputs = list.querySelectorAll("[data-label]");
      inputs[inputs.length - 1].focus();
    }
  }

  stage.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    const start = point(event);
    if (tool === "marker") {
      add({ kind: "marker", x: start.x, y: start.y, colour: colour.value, label: "" });
      return;
    }
    stage.setPointerCapture(event.pointerId);
    drag = { start, shape: null };
  });
  stage.addEventListener("pointermove", (event) => {
    if (!drag) return;
    drag.shape = shapeFrom(drag.start, point(event));
    render({ keepList: true });
  });
  stage.addEventListener("pointerup", (event) => {
    if (!drag) return;
    const shape = shapeFrom(drag.start, point(event));
    drag = null;
    const big =
      shape.kind === "arrow"
        ? Math.hypot(shape.x2 - shape.x1, shape.y2 - shape.y1) >= 0.01
        : shape.w >= 0.005 && shape.h >= 0.005;
    if (big) add(shape);
    else render({ keepList: true });
  });

  root.querySelectorAll("[data-tool]").forEach((button) => {
    button.addEventListener("click", () => {
      tool = button.dataset.tool;
      root.querySelectorAll("[data-tool]").forEach((other) => other.setAttribute("aria-pressed", String(other === button)));
    });
  });
  root.querySelector("[data-add-centre]").addEventListener("click", () => {
    if (tool === "marker") add({ kind: "marker", x: 0.5, y: 0.5, colour: colour.value, label: "" });
    else if (tool === "arrow") add({ kind: "arrow", x1: 0.4, y1: 0.4, x2: 0.5, y2: 0.5, colour: colour.value });
    else {
      const shape = { kind: tool, x: 0.4, y: 0.4, w: 0.2, h: 0.2 };
      if (!HIDING.includes(tool)) shape.colour = colour.value;
      add(shape);
    }
  });
  root.querySelector("[data-undo]").addEventListener("click", () => {
    if (!history.length) {
      say(TEXT.nothing);
      return;
    }
    shapes = JSON.parse(history.pop());
    render();
    say(TEXT.undone);
  });

  const errors = root.querySelector("[data-annotate-errors]");
  if (errors) errors.focus();
  render();
})();
