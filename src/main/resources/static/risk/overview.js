// Town overview of the four risk colours: a stacked bar chart (ECharts) and a choropleth of the
// towns' highest colour (Leaflet), both drawn from the table the server rendered.
(function () {
  "use strict";
  var COLOURS = { RED: "#d7263d", ORANGE: "#f46036", YELLOW: "#e2b714", BLUE: "#1b98e0", NONE: "#9e9e9e" };

  function rows() {
    return Array.prototype.map.call(document.querySelectorAll("#town-colours tbody tr"), function (tr) {
      var d = tr.dataset;
      return {
        code: d.town, name: d.name, highest: d.highest || "",
        RED: +d.red, ORANGE: +d.orange, YELLOW: +d.yellow, BLUE: +d.blue, NONE: +d.none
      };
    });
  }

  function chart(data) {
    var el = document.getElementById("risk-chart");
    if (!el || typeof echarts === "undefined") { return; }
    var labels = el.dataset;
    var names = { RED: labels.labelRed, ORANGE: labels.labelOrange, YELLOW: labels.labelYellow, BLUE: labels.labelBlue, NONE: labels.labelNone };
    var series = ["RED", "ORANGE", "YELLOW", "BLUE", "NONE"].map(function (c) {
      return {
        name: names[c], type: "bar", stack: "points", itemStyle: { color: COLOURS[c] },
        data: data.map(function (r) { return r[c]; })
      };
    });
    var instance = echarts.init(el);
    instance.setOption({
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 40, right: 10, bottom: 80, top: 40 },
      xAxis: { type: "category", data: data.map(function (r) { return r.name; }), axisLabel: { rotate: 45 } },
      yAxis: { type: "value", minInterval: 1 },
      series: series
    });
    window.addEventListener("resize", function () { instance.resize(); });
  }

  function choropleth(data) {
    var el = document.getElementById("risk-towns-map");
    if (!el || typeof L === "undefined") { return; }
    var byCode = {};
    data.forEach(function (r) { byCode[r.code] = r; });
    var map = L.map(el, { attributionControl: false });
    fetch(el.dataset.geojson, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (geojson) {
        var layer = L.geoJSON(geojson, {
          style: function (feature) {
            var row = byCode[feature.properties.code];
            var colour = row && row.highest ? COLOURS[row.highest] : "#ffffff";
            return { color: "#555", weight: 1, fillColor: colour, fillOpacity: row && row.highest ? 0.7 : 0.2 };
          },
          onEachFeature: function (feature, l) {
            var row = byCode[feature.properties.code];
            var text = feature.properties.name;
            if (row) {
              text += " — " + row.RED + " / " + row.ORANGE + " / " + row.YELLOW + " / " + row.BLUE;
            }
            l.bindTooltip(text);
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds());
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var data = rows();
    chart(data);
    choropleth(data);
  });
})();
