// 一企一单 charts drawn from the tables the server rendered: a radar of score ÷ weight per
// indicator against the group benchmark (= 1), and the total over the years.
(function () {
  "use strict";

  function radar() {
    var el = document.getElementById("report-radar");
    if (!el || typeof echarts === "undefined") { return; }
    var rows = Array.prototype.filter.call(
      document.querySelectorAll("#report-items tbody tr"), function (tr) { return tr.dataset.ratio !== ""; });
    if (rows.length === 0) { return; }
    var ratios = rows.map(function (tr) { return +tr.dataset.ratio; });
    var max = Math.max(2, Math.ceil(Math.max.apply(null, ratios)));
    var instance = echarts.init(el);
    instance.setOption({
      tooltip: {},
      legend: { top: 0 },
      radar: { indicator: rows.map(function (tr) { return { name: tr.dataset.name, max: max }; }) },
      series: [{
        type: "radar",
        data: [
          { name: el.dataset.labelEnterprise, value: ratios, areaStyle: { opacity: 0.2 } },
          { name: el.dataset.labelBenchmark, value: ratios.map(function () { return 1; }), lineStyle: { type: "dashed" } }
        ]
      }]
    });
    window.addEventListener("resize", function () { instance.resize(); });
  }

  function trend() {
    var el = document.getElementById("report-trend");
    if (!el || typeof echarts === "undefined") { return; }
    var rows = Array.prototype.slice.call(document.querySelectorAll("#report-years tbody tr"));
    if (rows.length === 0) { return; }
    var instance = echarts.init(el);
    instance.setOption({
      tooltip: { trigger: "axis" },
      grid: { left: 40, right: 10, bottom: 30, top: 20 },
      xAxis: { type: "category", data: rows.map(function (tr) { return tr.dataset.year; }) },
      yAxis: { type: "value" },
      series: [{
        name: el.dataset.labelTotal, type: "line",
        data: rows.map(function (tr) { return tr.dataset.total === "" ? null : +tr.dataset.total; })
      }]
    });
    window.addEventListener("resize", function () { instance.resize(); });
  }

  document.addEventListener("DOMContentLoaded", function () { radar(); trend(); });
})();
