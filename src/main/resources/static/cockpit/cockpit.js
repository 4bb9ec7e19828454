// The cockpit: draws each tile's figures (rendered by the server as links) with ECharts, and keeps
// them live from the SSE stream — the server pushes a tile when its figures change; nothing polls.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var root = document.querySelector("main.cockpit");
    if (!root) { return; }
    var dark = root.dataset.theme === "dark";
    var charts = {};
    var updates = 0;

    function figuresOf(tile) {
      return Array.prototype.map.call(tile.querySelectorAll(".figures li"), function (li) {
        var a = li.querySelector("a");
        var swatch = li.querySelector(".swatch");
        return {
          label: li.querySelector(".label").textContent,
          value: +li.querySelector(".value").textContent,
          colour: swatch && swatch.style.background ? swatch.style.background : null,
          link: a.getAttribute("href")
        };
      });
    }

    function option(kind, figures, total) {
      var text = dark ? "#d8e4f0" : "#123";
      if (kind === "RING") {
        return {
          backgroundColor: "transparent",
          tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
          title: { text: String(total), left: "center", top: "center", textStyle: { color: text, fontSize: dark ? 30 : 22 } },
          series: [{
            type: "pie", radius: ["55%", "82%"], label: { show: false }, avoidLabelOverlap: true,
            // Zero figures are left out: with every figure at zero ECharts would split the ring into
            // equal coloured parts (four quarters for "no alarm"); an empty list draws a grey ring.
            emptyCircleStyle: { color: dark ? "rgba(216, 228, 240, 0.15)" : "#e3e8ef" },
            data: figures.filter(function (f) { return f.value > 0; }).map(function (f) {
              return { name: f.label, value: f.value, link: f.link, itemStyle: f.colour ? { color: f.colour } : {} };
            })
          }]
        };
      }
      if (kind === "BARS") {
        var rows = figures.slice().reverse();
        return {
          backgroundColor: "transparent",
          tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
          grid: { left: 90, right: 30, top: 8, bottom: 8 },
          xAxis: { type: "value", show: false },
          yAxis: { type: "category", data: rows.map(function (f) { return f.label; }), axisLabel: { color: text } },
          series: [{
            type: "bar", barMaxWidth: 18, label: { show: true, position: "right", color: text },
            itemStyle: { color: "#f46036" },
            data: rows.map(function (f) { return { value: f.value, link: f.link }; })
          }]
        };
      }
      return null;
    }

    function draw(tile) {
      var kind = tile.dataset.chart;
      var el = tile.querySelector(".tile-chart");
      if (!el || typeof echarts === "undefined" || kind === "NUMBERS") { return; }
      var chart = charts[tile.dataset.tile];
      if (!chart) {
        chart = echarts.init(el, dark ? "dark" : null);
        chart.on("click", function (p) { if (p.data && p.data.link) { window.location.href = p.data.link; } });
        charts[tile.dataset.tile] = chart;
      }
      chart.setOption(option(kind, figuresOf(tile), +tile.querySelector(".tile-total").textContent), true);
    }

    // Replaces a tile's figures with a pushed view (labels already in the viewer's language).
    function update(view) {
      var tile = document.getElementById("tile-" + view.id);
      if (!tile) { return; }
      tile.querySelector(".tile-total").textContent = view.total;
      var list = tile.querySelector(".figures");
      var template = list.querySelector("li");
      var items = view.figures.map(function (f) {
        var li = template ? template.cloneNode(true) : document.createElement("li");
        if (!template) {
          li.innerHTML = "<a><span class=\"swatch\"></span><span class=\"label\"></span> <b class=\"value\"></b></a>";
        }
        li.querySelector("a").setAttribute("href", f.link);
        li.querySelector(".swatch").style.background = f.colour || "";
        li.querySelector(".label").textContent = f.label;
        li.querySelector(".value").textContent = f.value;
        return li;
      });
      list.replaceChildren.apply(list, items);
      draw(tile);
      updates += 1;
      // Read by the tests and the latency benchmark.
      tile.setAttribute("data-updated-at", String(Date.now()));
      root.setAttribute("data-updates", String(updates));
      tile.classList.remove("flash");
      void tile.offsetWidth;
      tile.classList.add("flash");
    }

    Array.prototype.forEach.call(root.querySelectorAll(".tile[data-tile]"), draw);
    window.addEventListener("resize", function () {
      Object.keys(charts).forEach(function (id) { charts[id].resize(); });
    });

    var live = document.getElementById("cockpit-live");
    var lost = false;
    var source = new EventSource(root.dataset.stream);
    source.addEventListener("tile", function (e) { update(JSON.parse(e.data)); });
    source.addEventListener("open", function () {
      root.setAttribute("data-stream-open", "true");
      if (live) { live.classList.remove("offline"); live.removeAttribute("title"); }
      if (lost) {
        // Pushes sent while the stream was down are lost: read every tile once, then live again.
        lost = false;
        fetch(root.dataset.tiles, { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (views) { views.forEach(update); });
      }
    });
    source.addEventListener("error", function () {
      lost = true;
      if (live) { live.classList.add("offline"); live.title = live.dataset.labelOffline || ""; }
    });

    var select = document.querySelector("[data-submit-on-change]");
    if (select) { select.addEventListener("change", function () { select.form.submit(); }); }

    var clock = document.getElementById("cockpit-clock");
    if (clock) {
      var tick = function () {
        clock.textContent = new Date().toLocaleString(document.documentElement.lang || "zh-CN", { hour12: false });
      };
      tick();
      setInterval(tick, 1000);
    }
  });
})();
