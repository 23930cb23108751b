/*
 * Backprop Lab's page script. The pages work without it (forms post to the server, which renders
 * every table); with it: math is typeset by KaTeX, forms update in place (htmx), the diagram steps
 * forward and backward, plots are drawn with uPlot, and lesson progress is kept in this browser.
 */
(function () {
  "use strict";

  var VISITED_KEY = "backprop-lab.visited";

  function renderMath(root) {
    if (!window.katex) { return; }
    root.querySelectorAll(".math:not([data-rendered])").forEach(function (el) {
      var tex = el.textContent;
      try {
        window.katex.render(tex, el, {
          displayMode: el.classList.contains("display"),
          throwOnError: false,
          output: "htmlAndMathml"
        });
        el.setAttribute("data-rendered", "true");
        el.setAttribute("data-tex", tex);
      } catch (e) {
        el.textContent = tex;
      }
    });
  }

  function visited() {
    try {
      return JSON.parse(window.localStorage.getItem(VISITED_KEY) || "[]");
    } catch (e) {
      return [];
    }
  }

  function trackProgress() {
    var seen = visited();
    var page = document.querySelector(".lesson-page[data-slug]");
    if (page) {
      var slug = page.getAttribute("data-slug");
      if (seen.indexOf(slug) < 0) {
        seen.push(slug);
        try { window.localStorage.setItem(VISITED_KEY, JSON.stringify(seen)); } catch (e) { /* private mode */ }
      }
    }
    document.querySelectorAll("li[data-slug]").forEach(function (li) {
      if (seen.indexOf(li.getAttribute("data-slug")) >= 0) {
        li.classList.add("visited");
        var mark = li.querySelector(".visited-mark");
        if (mark) { mark.hidden = false; }
      }
    });
    var progress = document.querySelector("[data-progress]");
    if (progress) {
      var count = document.querySelectorAll("li[data-slug].visited").length;
      progress.querySelector("[data-progress-count]").textContent = String(count);
      progress.hidden = false;
    }
  }

  /*
   * The diagram: forward steps light elements whose data-fstep <= step, backward ones data-bstep,
   * and the update step (the last) every weight with its change. The figure's class names the view
   * (forward, backward, update), which the stylesheet uses to show that view's texts.
   */
  function setUpDiagram(root) {
    root.querySelectorAll(".diagram").forEach(function (figure) {
      var svg = figure.querySelector("svg");
      if (!svg || figure.hasAttribute("data-ready")) { return; }
      figure.setAttribute("data-ready", "true");
      setUpWeightTips(svg);
      var controls = figure.querySelector(".diagram-controls");
      if (!controls) { return; }
      controls.hidden = false;
      var total = parseInt(svg.getAttribute("data-steps"), 10);
      var firstBackward = parseInt(svg.getAttribute("data-backward"), 10);
      var update = parseInt(svg.getAttribute("data-update"), 10);
      var step = 0;
      var status = figure.querySelector("[data-diagram-status]");

      function show() {
        var view = step === 0 ? "" : step >= update ? "update" : step >= firstBackward ? "backward" : "forward";
        figure.classList.toggle("stepping", step > 0);
        ["forward", "backward", "update"].forEach(function (name) {
          figure.classList.toggle(name, view === name);
        });
        svg.querySelectorAll("[data-fstep]").forEach(function (el) {
          var f = parseInt(el.getAttribute("data-fstep"), 10);
          var b = parseInt(el.getAttribute("data-bstep"), 10);
          var lit = view === "update" ? el.hasAttribute("data-ustep")
            : view === "backward" ? (b > 0 && b <= step) : f <= step;
          el.classList.toggle("lit", step > 0 && lit);
        });
        if (status) {
          var mark = { forward: "▶ ", backward: "◀ ", update: "Δ " }[view];
          status.textContent = step === 0 ? "" : mark + step + " / " + total;
        }
      }

      controls.addEventListener("click", function (event) {
        var action = event.target.getAttribute("data-diagram");
        if (action === "forward") { step = Math.min(step + 1, total); }
        if (action === "backward") { step = step < firstBackward ? firstBackward : Math.min(step + 1, total); }
        if (action === "update") { step = update; }
        if (action === "reset") { step = 0; }
        show();
      });
    });
  }

  /*
   * A weight's label in full (v₂₁ = 0.4, and Δv₂₁ in the update view) on top of everything while its
   * line or label is pointed at or focused: needed where a label did not fit on its line.
   */
  function setUpWeightTips(svg) {
    var tip = svg.querySelector(".tip");
    if (!tip) { return; }
    var ns = "http://www.w3.org/2000/svg";

    function show(edge) {
      var id = edge.getAttribute("data-edge");
      var weight = svg.querySelector(".weight[data-edge='" + id + "']");
      var figure = svg.closest(".diagram");
      var useUpdate = figure.classList.contains("update") && weight.querySelector(".update-label");
      var label = (useUpdate ? weight.querySelector(".update-label") : weight.querySelector(".weight-label"))
        .querySelector("text");
      hide();
      svg.querySelectorAll("[data-edge='" + id + "']").forEach(function (el) { el.classList.add("hot"); });
      var text = document.createElementNS(ns, "text");
      text.setAttribute("x", label.getAttribute("x"));
      text.setAttribute("y", label.getAttribute("y"));
      text.setAttribute("dy", ".35em");
      text.textContent = label.getAttribute("data-full");
      tip.appendChild(text);
      var box = text.getBBox();
      var back = document.createElementNS(ns, "rect");
      back.setAttribute("x", box.x - 4);
      back.setAttribute("y", box.y - 2);
      back.setAttribute("width", box.width + 8);
      back.setAttribute("height", box.height + 4);
      back.setAttribute("rx", 4);
      tip.insertBefore(back, text);
      tip.setAttribute("data-edge", id);
    }

    function hide() {
      tip.textContent = "";
      tip.removeAttribute("data-edge");
      svg.querySelectorAll(".hot").forEach(function (el) { el.classList.remove("hot"); });
    }

    function edgeOf(event) {
      var el = event.target.closest && event.target.closest("[data-edge]");
      return el && !el.classList.contains("tip") ? el : null;
    }

    svg.addEventListener("pointerover", function (event) {
      var edge = edgeOf(event);
      if (!edge) { hide(); } else if (tip.getAttribute("data-edge") !== edge.getAttribute("data-edge")) { show(edge); }
    });
    svg.addEventListener("pointerleave", hide);
    svg.addEventListener("focusin", function (event) {
      var edge = edgeOf(event);
      if (edge) { show(edge); }
    });
    svg.addEventListener("focusout", hide);
  }

  function plotWidth(el) {
    return Math.max(280, Math.min(el.clientWidth || 600, 700));
  }

  function drawLossPlot(el) {
    var losses = JSON.parse(el.getAttribute("data-losses"));
    var steps = losses.map(function (_, i) { return i; });
    el.innerHTML = "";
    new window.uPlot({
      width: plotWidth(el), height: 240,
      scales: { x: { time: false } },
      series: [{ label: "t" }, { label: "E", stroke: "#0b5cad", width: 2, points: { show: true } }]
    }, [steps, losses], el);
  }

  /* g and g' for the chosen k, with g' at k = 1 dashed for comparison when k differs. */
  function drawActivationPlot(el) {
    var k = el.getAttribute("data-k");
    var base = el.getAttribute("data-api") + "?name=sigmoid&k=";
    var get = function (slope) {
      return fetch(base + encodeURIComponent(slope)).then(function (r) { return r.json(); });
    };
    Promise.all([get(k), get(1)]).then(function (both) {
      var data = both[0];
      var series = [{ label: "a" },
        { label: "g(a)", stroke: "#0b5cad", width: 2 },
        { label: "g'(a)", stroke: "#b4301f", width: 2 }];
      var columns = [data.a, data.g, data.derivative];
      if (Number(k) !== 1) {
        series.push({ label: "g'(a), k = 1", stroke: "#57606a", width: 1.5, dash: [6, 4] });
        columns.push(both[1].derivative);
      }
      el.innerHTML = "";
      new window.uPlot({ width: plotWidth(el), height: 280, scales: { x: { time: false } }, series: series },
        columns, el);
    });
  }

  function drawPlots(root) {
    if (!window.uPlot) { return; }
    root.querySelectorAll("[data-plot]:not([data-drawn])").forEach(function (el) {
      el.setAttribute("data-drawn", "true");
      if (el.getAttribute("data-plot") === "loss") { drawLossPlot(el); } else { drawActivationPlot(el); }
    });
  }

  function enhance(root) {
    root.querySelectorAll("[data-print]:not([data-bound])").forEach(function (button) {
      button.setAttribute("data-bound", "true");
      button.addEventListener("click", function () { window.print(); });
    });
    renderMath(root);
    setUpDiagram(root);
    drawPlots(root);
    root.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
    trackProgress();
  });
  /* An update the server refused (429 too many requests, 503 busy, ...): say so above the form. */
  document.addEventListener("htmx:responseError", function (event) {
    var form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest("form");
    if (!form) { return; }
    var page = new DOMParser().parseFromString(event.detail.xhr.responseText || "", "text/html");
    var title = page.querySelector("h1");
    var note = form.querySelector("[data-request-error]");
    if (!note) {
      note = document.createElement("p");
      note.className = "form-error";
      note.setAttribute("role", "alert");
      note.setAttribute("data-request-error", "");
      form.insertBefore(note, form.firstChild);
    }
    note.textContent = title ? title.textContent : "HTTP " + event.detail.xhr.status;
  });
  /* Swapped-in elements are new, so enhancing the whole document touches only them. */
  document.addEventListener("htmx:afterSwap", function () {
    enhance(document);
  });
})();
