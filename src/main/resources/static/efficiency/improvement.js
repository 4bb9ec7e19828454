// Charts of the improvement pages (ECharts), drawn from the tables the server rendered: the town
// dashboard's counts and tax gained, and a case's multi-year trend.
(function () {
  "use strict";

  function num(v) { return v === undefined || v === "" ? null : +v; }

  function init(el, option) {
    if (!el || typeof echarts === "undefined") { return; }
    var chart = echarts.init(el);
    chart.setOption(option);
    window.addEventListener("resize", function () { chart.resize(); });
  }

  function dashboard() {
    var rows = Array.prototype.map.call(document.querySelectorAll("#improvement-towns tbody tr"), function (tr) {
      return tr.dataset;
    });
    if (!rows.length) { return; }
    var names = rows.map(function (r) { return r.name; });
    var counts = document.getElementById("improvement-counts");
    if (counts) {
      var l = counts.dataset;
      init(counts, {
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        legend: { top: 0 },
        grid: { left: 40, right: 10, bottom: 80, top: 40 },
        xAxis: { type: "category", data: names, axisLabel: { rotate: 45 } },
        yAxis: { type: "value", minInterval: 1 },
        series: [
          { name: l.labelListed, type: "bar", data: rows.map(function (r) { return num(r.listed); }) },
          { name: l.labelOpen, type: "bar", stack: "cases", data: rows.map(function (r) { return num(r.open); }) },
          { name: l.labelClosed, type: "bar", stack: "cases", data: rows.map(function (r) { return num(r.closed); }) },
          { name: l.labelOverdue, type: "bar", data: rows.map(function (r) { return num(r.overdue); }) }
        ]
      });
    }
    var gain = document.getElementById("improvement-gain");
    if (gain) {
      var g = gain.dataset;
      init(gain, {
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        legend: { top: 0 },
        grid: { left: 50, right: 50, bottom: 80, top: 40 },
        xAxis: { type: "category", data: names, axisLabel: { rotate: 45 } },
        yAxis: [{ type: "value", name: g.labelLand }, { type: "value", name: g.labelGain }],
        series: [
          { name: g.labelLand, type: "bar", data: rows.map(function (r) { return num(r.land); }) },
          { name: g.labelGain, type: "bar", yAxisIndex: 1, data: rows.map(function (r) { return num(r.gain); }) }
        ]
      });
    }
  }

  function trend() {
    var el = document.getElementById("case-trend");
    if (!el) { return; }
    var rows = Array.prototype.map.call(document.querySelectorAll("#trend tbody tr"), function (tr) {
      return tr.dataset;
    });
    var l = el.dataset;
    init(el, {
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 50, right: 50, bottom: 30, top: 40 },
      xAxis: { type: "category", data: rows.map(function (r) { return r.year; }) },
      yAxis: [{ type: "value", name: l.labelPerMu }, { type: "value", name: l.labelTax + " / " + l.labelLand }],
      series: [
        { name: l.labelPerMu, type: "line", data: rows.map(function (r) { return num(r.perMu); }) },
        { name: l.labelTax, type: "line", yAxisIndex: 1, data: rows.map(function (r) { return num(r.tax); }) },
        { name: l.labelLand, type: "line", yAxisIndex: 1, data: rows.map(function (r) { return num(r.land); }) }
      ]
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    dashboard();
    trend();
  });
})();
