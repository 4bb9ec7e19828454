// Stacked bars of enterprises per class, per town and per industry division, drawn from the
// tables the server rendered (the charts' data-table names the table).
(function () {
  "use strict";
  var COLOURS = { "A": "#2e7d32", "B": "#1565c0", "C": "#ef6c00", "D": "#c62828", "-": "#9e9e9e" };

  function stacked(el) {
    var table = document.getElementById(el.dataset.table);
    if (!table || typeof echarts === "undefined") { return; }
    var heads = Array.prototype.slice.call(table.querySelectorAll("thead th[data-class]"));
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    if (rows.length === 0) { return; }
    var series = heads.map(function (th) {
      var c = th.dataset["class"];
      return {
        name: th.textContent, type: "bar", stack: "classes", itemStyle: { color: COLOURS[c] },
        data: rows.map(function (tr) { return +tr.querySelector("td[data-class='" + c + "']").textContent; })
      };
    });
    var instance = echarts.init(el);
    instance.setOption({
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 40, right: 10, bottom: 100, top: 40 },
      xAxis: { type: "category", data: rows.map(function (tr) { return tr.dataset.name; }), axisLabel: { rotate: 45 } },
      yAxis: { type: "value", minInterval: 1 },
      series: series
    });
    window.addEventListener("resize", function () { instance.resize(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".eff-chart[data-table]"), stacked);
  });
})();
