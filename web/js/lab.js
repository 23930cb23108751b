/*
 * The training lab (/lab). The server renders the setup and the whole /api/train request in the
 * form's data-request; this script streams the run (server-sent events over a POST), draws the loss
 * curve, the per-layer mean |Δ|/|δ| on a log scale and, for two inputs, the output over the input plane,
 * and stops the run on the server by closing the stream. Without it the form posts and the server
 * draws the final curve.
 */
(function () {
  "use strict";

  var form = document.getElementById("lab-form");
  if (!form) { return; }
  var request = form.getAttribute("data-request") ? JSON.parse(form.getAttribute("data-request")) : null;
  var live = document.getElementById("live");
  var status = document.getElementById("status");
  var stopButton = document.getElementById("stop");
  var nextStep = document.getElementById("next-step");
  var canvas = document.getElementById("boundary");
  var HIDDEN_LETTERS = ["j", "h", "m", "n", "p", "q", "r", "s"];
  var run = null;

  function text(name, args) {
    var t = live.getAttribute("data-" + name) || "";
    (args || []).forEach(function (a, i) { t = t.split("{" + i + "}").join(String(a)); });
    return t;
  }

  function fmt(v) { return v === 0 ? "0" : (Math.abs(v) < 1e-3 ? v.toExponential(2) : v.toFixed(4)); }

  /* The lecture's letter of non-input layer l of L: the output is k (Δ), below it j, h, m, ... (δ). */
  function signalLabel(l, count) {
    var fromTop = count - 1 - l;
    return fromTop === 0 ? "|Δk|" : "|δ" + (HIDDEN_LETTERS[fromTop - 1] || String(l + 1)) + "|";
  }

  function activationsOf(req) {
    var count = req.layers.length - 1;
    var a = req.activations || "sigmoid";
    var list = [];
    for (var l = 0; l < count; l++) { list.push(typeof a === "string" ? a : a[l]); }
    return list;
  }

  function g(name, net, k) {
    if (name === "sigmoid") { return 1 / (1 + Math.exp(-k * net)); }
    if (name === "tanh") { return Math.tanh(net); }
    if (name === "relu") { return net > 0 ? net : 0; }
    return net;
  }

  function forward(weights, biases, acts, k, x) {
    var out = x;
    for (var l = 0; l < weights.length; l++) {
      var next = [];
      for (var j = 0; j < weights[l].length; j++) {
        var net = biases[l][j];
        for (var i = 0; i < out.length; i++) { net += weights[l][j][i] * out[i]; }
        next.push(g(acts[l], net, k));
      }
      out = next;
    }
    return out;
  }

  function colour(y) {
    var t = Math.max(0, Math.min(1, y));
    var from = t < 0.5 ? [11, 92, 173] : [255, 255, 255];
    var to = t < 0.5 ? [255, 255, 255] : [180, 48, 31];
    var s = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return "rgb(" + from.map(function (c, i) { return Math.round(c + (to[i] - c) * s); }).join(",") + ")";
  }

  /* The output y over the input plane as a heat map, with the samples on top. */
  function drawBoundary(net, epoch) {
    if (!canvas || request.layers[0] !== 2 || request.layers[request.layers.length - 1] !== 1) { return; }
    var xs = request.data.map(function (s) { return s.input[0]; });
    var ys = request.data.map(function (s) { return s.input[1]; });
    var pad = function (lo, hi) { var m = Math.max(0.25, (hi - lo) * 0.15); return [lo - m, hi + m]; };
    var rx = pad(Math.min.apply(null, xs), Math.max.apply(null, xs));
    var ry = pad(Math.min.apply(null, ys), Math.max.apply(null, ys));
    var ctx = canvas.getContext("2d");
    var size = canvas.width;
    var cells = 48;
    var cell = size / cells;
    var acts = activationsOf(request);
    var k = request.slope || 1;
    for (var a = 0; a < cells; a++) {
      for (var b = 0; b < cells; b++) {
        var x0 = rx[0] + (a + 0.5) / cells * (rx[1] - rx[0]);
        var x1 = ry[1] - (b + 0.5) / cells * (ry[1] - ry[0]);
        ctx.fillStyle = colour(forward(net.weights, net.biases, acts, k, [x0, x1])[0]);
        ctx.fillRect(a * cell, b * cell, cell + 1, cell + 1);
      }
    }
    request.data.forEach(function (s) {
      ctx.beginPath();
      ctx.arc((s.input[0] - rx[0]) / (rx[1] - rx[0]) * size, (ry[1] - s.input[1]) / (ry[1] - ry[0]) * size, 4, 0, 2 * Math.PI);
      ctx.fillStyle = s.target[0] >= 0.5 ? "#b4301f" : "#0b5cad";
      ctx.fill();
      ctx.strokeStyle = "#1b1f24";
      ctx.stroke();
    });
    canvas.setAttribute("data-epoch", String(epoch));
  }

  function width(el) { return Math.max(260, Math.min(el.clientWidth || 420, 520)); }

  function makePlot(el, series, logY) {
    el.innerHTML = "";
    var scales = { x: { time: false } };
    if (logY) { scales.y = { distr: 3 }; }
    var data = series.map(function () { return []; });
    return new window.uPlot({ width: width(el), height: 220, scales: scales, series: series }, data, el);
  }

  function start() {
    var count = request.layers.length - 1;
    var deltaSeries = [{ label: "epoch" }];
    var palette = ["#0b5cad", "#b4301f", "#1a7f37", "#8250df", "#bf8700", "#57606a", "#cf222e", "#0550ae", "#116329"];
    for (var l = 0; l < count; l++) {
      deltaSeries.push({ label: signalLabel(l, count), stroke: palette[l % palette.length], width: 2 });
    }
    run = {
      epochs: [], losses: [], deltas: [], network: null, pending: false,
      controller: new AbortController(),
      lossPlot: makePlot(document.getElementById("loss-plot"),
        [{ label: "epoch" }, { label: "E", stroke: "#0b5cad", width: 2 }], false),
      deltaPlot: makePlot(document.getElementById("delta-plot"), deltaSeries, true)
    };
    for (var d = 0; d < count; d++) { run.deltas.push([]); }
    nextStep.hidden = true;
    stopButton.disabled = false;
    status.textContent = text("running", [0, request.epochs, "…"]);
    fetch(form.getAttribute("data-api"), {
      method: "POST", signal: run.controller.signal, body: JSON.stringify(request),
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" }
    }).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (body) { failed(body.error || ("HTTP " + response.status)); });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      var pump = function () {
        return reader.read().then(function (chunk) {
          if (chunk.done) { return; }
          buffer += decoder.decode(chunk.value, { stream: true });
          var blocks = buffer.split("\n\n");
          buffer = blocks.pop();
          blocks.forEach(onBlock);
          return pump();
        });
      };
      return pump();
    }).catch(function (e) {
      if (e && e.name === "AbortError") { stopped(); } else { failed(String(e && e.message || e)); }
    });
  }

  function onBlock(block) {
    var name = null;
    var data = null;
    block.split("\n").forEach(function (line) {
      if (line.indexOf("event: ") === 0) { name = line.substring(7); }
      if (line.indexOf("data: ") === 0) { data = JSON.parse(line.substring(6)); }
    });
    if (name === "progress") {
      run.epochs.push(data.epoch);
      run.losses.push(data.loss);
      data.meanAbsDelta.forEach(function (v, l) { run.deltas[l].push(v > 0 ? v : null); });
      status.textContent = text("running", [data.epoch, request.epochs, fmt(data.loss)]);
      redraw();
    } else if (name === "network") {
      run.network = data;
      redraw();
    } else if (name === "done") {
      run.epochs = data.lossCurve.map(function (p) { return p.epoch; });
      run.losses = data.lossCurve.map(function (p) { return p.loss; });
      run.deltas = run.deltas.map(function (_, l) {
        return data.deltaCurve.map(function (p) { return p.meanAbsDelta[l] > 0 ? p.meanAbsDelta[l] : null; });
      });
      var last = run.epochs[run.epochs.length - 1];
      run.network = { epoch: last, weights: data.weights, biases: data.biases };
      status.textContent = text("done", [last, fmt(run.losses[run.losses.length - 1])]);
      finish();
    } else if (name === "error") {
      failed(data.error);
    }
  }

  function redraw() {
    if (run.pending) { return; }
    run.pending = true;
    window.requestAnimationFrame(function () {
      run.pending = false;
      draw();
    });
  }

  function draw() {
    run.lossPlot.setData([run.epochs.slice(), run.losses.slice()]);
    run.deltaPlot.setData([run.epochs.slice()].concat(run.deltas.map(function (d) { return d.slice(); })));
    var lossEl = document.getElementById("loss-plot");
    if (run.losses.length) {
      lossEl.setAttribute("data-first-loss", String(run.losses[0]));
      lossEl.setAttribute("data-last-loss", String(run.losses[run.losses.length - 1]));
      lossEl.setAttribute("data-points", String(run.losses.length));
    }
    if (run.network) { drawBoundary(run.network, run.network.epoch); }
  }

  function finish() {
    draw();
    stopButton.disabled = true;
    live.setAttribute("data-state", "done");
    showNextStep();
  }

  function stopped() {
    stopButton.disabled = true;
    live.setAttribute("data-state", "stopped");
    if (run.network) {
      var at = run.epochs.indexOf(run.network.epoch);
      status.textContent = text("stopped", [run.network.epoch, at >= 0 ? fmt(run.losses[at]) : "?"]);
      draw();
      showNextStep();
    }
  }

  function failed(message) {
    stopButton.disabled = true;
    live.setAttribute("data-state", "failed");
    status.textContent = text("failed", [message]);
  }

  /* The weight-update lesson with this moment's weights and the first sample: its next step, in full. */
  function showNextStep() {
    var net = run.network;
    var acts = activationsOf(request);
    var q = ["layers=" + request.layers.join(",")];
    acts.forEach(function (a, l) { q.push("g-" + l + "=" + a); });
    q.push("slope=" + (request.slope || 1), "eta=" + request.learningRate);
    request.data[0].input.forEach(function (v, i) { q.push("x-" + i + "=" + v); });
    request.data[0].target.forEach(function (v, k) { q.push("d-" + k + "=" + v); });
    net.weights.forEach(function (m, l) {
      m.forEach(function (row, j) {
        row.forEach(function (w, i) { q.push("w-" + l + "-" + j + "-" + i + "=" + encodeURIComponent(String(w))); });
        q.push("b-" + l + "-" + j + "=" + encodeURIComponent(String(net.biases[l][j])));
      });
    });
    nextStep.href = form.getAttribute("data-lesson") + "?" + q.join("&") + "#results";
    nextStep.hidden = false;
  }

  /* Vanishing gradients: the same network and weights with sigmoid, tanh and ReLU hidden layers. */
  function compare() {
    var note = document.getElementById("compare-status");
    var plotEl = document.getElementById("compare-plot");
    var names = ["sigmoid", "tanh", "relu"];
    var colours = ["#0b5cad", "#b4301f", "#1a7f37"];
    var count = request.layers.length - 1;
    var layers = [];
    for (var l = 1; l <= count; l++) { layers.push(l); }
    var columns = [layers];
    var chain = Promise.resolve();
    names.forEach(function (h) {
      chain = chain.then(function () {
        note.textContent = text("compare-running", [h]);
        var req = JSON.parse(JSON.stringify(request));
        req.activations = layers.map(function (l) { return l === count ? "sigmoid" : h; });
        return fetch(form.getAttribute("data-api"), {
          method: "POST", body: JSON.stringify(req), headers: { "Content-Type": "application/json" }
        }).then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
          .then(function (r) {
            if (!r.ok) { throw new Error(r.body.error); }
            columns.push(r.body.deltaCurve[0].meanAbsDelta.map(function (v) { return v > 0 ? v : null; }));
          });
      });
    });
    chain.then(function () {
      note.textContent = "";
      plotEl.innerHTML = "";
      var series = [{ label: "layer" }].concat(names.map(function (h, i) {
        return { label: h, stroke: colours[i], width: 2, points: { show: true } };
      }));
      new window.uPlot({ width: width(plotEl), height: 260, scales: { x: { time: false }, y: { distr: 3 } },
        axes: [{ incrs: [1] }, {}], series: series }, columns, plotEl);
      plotEl.setAttribute("data-curves", String(columns.length - 1));
    }).catch(function (e) { note.textContent = text("failed", [e.message]); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = new URLSearchParams(new FormData(form)).toString();
    window.location.assign(form.getAttribute("action") + "?" + query + "&run=1");
  });
  stopButton.addEventListener("click", function () {
    if (run) { run.controller.abort(); }
  });
  if (!request || !window.uPlot) { return; }
  live.hidden = false;
  document.getElementById("compare").hidden = false;
  document.getElementById("compare-run").addEventListener("click", compare);
  if (request.layers[0] !== 2 || request.layers[request.layers.length - 1] !== 1) {
    document.getElementById("boundary-figure").hidden = true;
  }
  drawBoundary({ weights: request.weights, biases: request.biases }, 0);
  var params = new URLSearchParams(window.location.search);
  if (params.get("run") === "1") {
    params.delete("run");
    window.history.replaceState(null, "", window.location.pathname + "?" + params.toString() + window.location.hash);
    start();
  }
})();
