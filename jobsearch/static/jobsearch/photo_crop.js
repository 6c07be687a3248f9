// « Mon CV », the photo: once a picture is chosen, a 3 × 4 frame over it that the learner
// moves (finger, mouse, arrow keys or big buttons), makes bigger or smaller, and a quarter turn
// for a phone photo lying on its side; the preview shows what the CV will hold. The script only
// fills the form's hidden fields (the frame, in the picture's own points, and the turn): the
// server opens the picture again, checks the frame and cuts it. Without this script, or when
// the browser cannot read the picture, the server keeps the centre.
(function () {
  var form = document.querySelector("[data-photo-crop]");
  if (!form || !window.createImageBitmap || !window.HTMLCanvasElement) { return; }
  var input = form.querySelector("input[type=file]");
  var tool = form.querySelector("[data-crop-tool]");
  var stage = tool.querySelector("[data-crop-stage]");
  var picture = tool.querySelector("[data-crop-picture]");
  var frameBox = tool.querySelector("[data-crop-frame]");
  var preview = tool.querySelector("[data-crop-preview]");
  var fields = {
    x: form.querySelector("[name=crop_x]"),
    y: form.querySelector("[name=crop_y]"),
    width: form.querySelector("[name=crop_width]"),
    height: form.querySelector("[name=crop_height]"),
    turn: form.querySelector("[name=turn]")
  };
  var WORK = 1200; // the longest side of the copy drawn on screen
  var SMALLEST = 60; // the server refuses a frame narrower than this
  var state = null; // {source, width, height, scale, turn, turned, x, y, w}

  function empty() {
    Object.keys(fields).forEach(function (key) { fields[key].value = ""; });
  }

  function turnedSize() {
    return state.turn % 180 ? [state.height, state.width] : [state.width, state.height];
  }

  function largest() {
    var size = turnedSize();
    return Math.min(size[0], size[1] * 3 / 4);
  }

  // The small copy, turned, as a canvas: what the stage and the preview draw from.
  function drawTurned() {
    var size = turnedSize();
    var canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(size[0] * state.scale));
    canvas.height = Math.max(1, Math.round(size[1] * state.scale));
    var context = canvas.getContext("2d");
    context.translate(canvas.width / 2, canvas.height / 2);
    context.rotate(state.turn * Math.PI / 180);
    var w = state.source.width;
    var h = state.source.height;
    context.drawImage(state.source, -w / 2, -h / 2, w, h);
    state.turned = canvas;
    picture.width = canvas.width;
    picture.height = canvas.height;
    picture.getContext("2d").drawImage(canvas, 0, 0);
  }

  function centreFrame() {
    var size = turnedSize();
    state.w = largest();
    state.x = (size[0] - state.w) / 2;
    state.y = (size[1] - state.w * 4 / 3) / 2;
  }

  function clamp() {
    var size = turnedSize();
    state.w = Math.min(Math.max(state.w, Math.min(SMALLEST, largest())), largest());
    state.x = Math.min(Math.max(state.x, 0), size[0] - state.w);
    state.y = Math.min(Math.max(state.y, 0), size[1] - state.w * 4 / 3);
  }

  function show() {
    clamp();
    var size = turnedSize();
    var h = state.w * 4 / 3;
    frameBox.style.left = (state.x / size[0] * 100) + "%";
    frameBox.style.top = (state.y / size[1] * 100) + "%";
    frameBox.style.width = (state.w / size[0] * 100) + "%";
    frameBox.style.height = (h / size[1] * 100) + "%";
    var context = preview.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, preview.width, preview.height);
    context.drawImage(state.turned, state.x * state.scale, state.y * state.scale,
      state.w * state.scale, h * state.scale, 0, 0, preview.width, preview.height);
    // Whole points, inside the picture: what the server checks.
    if (largest() < SMALLEST) { empty(); return; }
    var width = Math.round(state.w);
    var height = Math.min(Math.round(width * 4 / 3), size[1]);
    fields.width.value = width;
    fields.height.value = height;
    fields.x.value = Math.min(Math.max(Math.round(state.x), 0), size[0] - width);
    fields.y.value = Math.min(Math.max(Math.round(state.y), 0), size[1] - height);
    fields.turn.value = state.turn;
  }

  function move(dx, dy) {
    var step = turnedSize()[0] / 20;
    state.x += dx * step;
    state.y += dy * step;
    show();
  }

  function zoom(factor) {
    var cx = state.x + state.w / 2;
    var cy = state.y + state.w * 2 / 3;
    state.w *= factor;
    clamp();
    state.x = cx - state.w / 2;
    state.y = cy - state.w * 2 / 3;
    show();
  }

  var actions = {
    bigger: function () { zoom(1.15); },
    smaller: function () { zoom(1 / 1.15); },
    left: function () { move(-1, 0); },
    right: function () { move(1, 0); },
    up: function () { move(0, -1); },
    down: function () { move(0, 1); },
    turn: function () {
      state.turn = (state.turn + 90) % 360;
      drawTurned();
      centreFrame();
      show();
    }
  };

  tool.querySelectorAll("[data-crop]").forEach(function (button) {
    button.addEventListener("click", function () {
      if (state) { actions[button.getAttribute("data-crop")](); }
    });
  });

  var KEYS = {
    ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down",
    "+": "bigger", "=": "bigger", "-": "smaller", "_": "smaller"
  };
  frameBox.addEventListener("keydown", function (event) {
    var action = KEYS[event.key];
    if (!state || !action) { return; }
    event.preventDefault();
    actions[action]();
  });

  // Dragging the frame, with a finger or the mouse: the stage's points to the picture's.
  var drag = null;
  frameBox.addEventListener("pointerdown", function (event) {
    if (!state) { return; }
    event.preventDefault();
    frameBox.focus();
    frameBox.setPointerCapture(event.pointerId);
    drag = { id: event.pointerId, px: event.clientX, py: event.clientY, x: state.x, y: state.y };
  });
  frameBox.addEventListener("pointermove", function (event) {
    if (!drag || event.pointerId !== drag.id) { return; }
    var ratio = turnedSize()[0] / stage.getBoundingClientRect().width;
    state.x = drag.x + (event.clientX - drag.px) * ratio;
    state.y = drag.y + (event.clientY - drag.py) * ratio;
    show();
  });
  function release(event) {
    if (drag && event.pointerId === drag.id) { drag = null; }
  }
  frameBox.addEventListener("pointerup", release);
  frameBox.addEventListener("pointercancel", release);

  input.addEventListener("change", function () {
    empty();
    tool.hidden = true;
    if (state && state.source.close) { state.source.close(); }
    state = null;
    var file = input.files && input.files[0];
    if (!file) { return; }
    createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var scale = Math.min(1, WORK / Math.max(bitmap.width, bitmap.height));
      var small = document.createElement("canvas");
      small.width = Math.max(1, Math.round(bitmap.width * scale));
      small.height = Math.max(1, Math.round(bitmap.height * scale));
      small.getContext("2d").drawImage(bitmap, 0, 0, small.width, small.height);
      state = {
        source: small, width: bitmap.width, height: bitmap.height, scale: scale, turn: 0
      };
      bitmap.close();
      drawTurned();
      centreFrame();
      tool.hidden = false;
      show();
    }, function () {
      // Not a picture this browser reads: the server says what is wrong with it.
      empty();
    });
  });
  empty();
})();
