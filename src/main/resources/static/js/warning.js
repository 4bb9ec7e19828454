// Warning areas on a Leaflet map: shown (data-areas for one warning, data-warnings for several) or
// drawn (data-edit): click to add polygon vertices, "close" to finish a polygon, or click for a
// circle's centre. The areas are kept in the form's areasJson field as
// [{"description", "polygon": [[lon, lat], ...], "centre": [lon, lat], "radiusKm"}].
(function () {
  "use strict";
  var COLOURS = { RED: "#d7263d", ORANGE: "#f46036", YELLOW: "#e2b714", BLUE: "#1b6ac9" };

  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("warning-map");
    if (!el || !window.L) { return; }
    var d = el.dataset;
    var map = L.map(el).setView([30.17, 120.27], 10);
    if (d.tileUrl) { L.tileLayer(d.tileUrl).addTo(map); }
    var shapes = L.featureGroup().addTo(map);

    fetch(d.outline, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (geo) {
      var outline = L.geoJSON(geo, { style: { color: "#0b5cad", weight: 2, fill: false } }).addTo(map);
      if (shapes.getLayers().length === 0) { map.fitBounds(outline.getBounds()); }
    });

    function draw(areas, colour) {
      var c = COLOURS[colour] || "#d7263d";
      areas.forEach(function (a) {
        var layer = a.centre
          ? L.circle([a.centre[1], a.centre[0]], { radius: a.radiusKm * 1000, color: c })
          : L.polygon(a.polygon.map(function (p) { return [p[1], p[0]]; }), { color: c });
        if (a.description) { layer.bindTooltip(a.description); }
        shapes.addLayer(layer);
      });
    }

    function fit() {
      if (shapes.getLayers().length > 0) { map.fitBounds(shapes.getBounds(), { maxZoom: 14 }); }
    }

    if (d.areas) { draw(JSON.parse(d.areas), d.colour); fit(); }
    if (d.warnings) {
      JSON.parse(d.warnings).forEach(function (w) { draw(w.areas, w.colour); });
      fit();
    }
    if (d.edit) { editor(map, shapes, d); }
  });

  function editor(map, shapes, d) {
    var field = document.getElementById("areasJson");
    var description = document.getElementById("drawDescription");
    var radius = document.getElementById("drawRadius");
    var areas = [];
    try { areas = JSON.parse(field.value || "[]"); } catch (e) { areas = []; }
    var ring = [];
    var pending = L.polyline([], { color: "#333", dashArray: "4 3" }).addTo(map);

    function kind() {
      var checked = document.querySelector("input[name=drawKind]:checked");
      return checked ? checked.value : "polygon";
    }
    function colour() {
      var select = document.getElementById("colour");
      return select ? select.value : d.colour;
    }
    function round(x) { return Math.round(x * 1e6) / 1e6; }
    function refresh() {
      shapes.clearLayers();
      areas.forEach(function (a) {
        var c = COLOURS[colour()] || "#d7263d";
        shapes.addLayer(a.centre
          ? L.circle([a.centre[1], a.centre[0]], { radius: a.radiusKm * 1000, color: c })
          : L.polygon(a.polygon.map(function (p) { return [p[1], p[0]]; }), { color: c }));
      });
      pending.setLatLngs(ring.map(function (p) { return [p[1], p[0]]; }));
      field.value = JSON.stringify(areas);
    }

    map.on("click", function (e) {
      var p = [round(e.latlng.lng), round(e.latlng.lat)];
      if (kind() === "circle") {
        areas.push({ description: description.value || "", centre: p, radiusKm: parseFloat(radius.value) || 0 });
      } else {
        ring.push(p);
      }
      refresh();
    });
    document.getElementById("drawClose").addEventListener("click", function () {
      if (ring.length === 0) { return; }
      // CAP 1.2: a polygon is closed — the first point repeated as the last.
      ring.push(ring[0]);
      areas.push({ description: description.value || "", polygon: ring });
      ring = [];
      refresh();
    });
    document.getElementById("drawClear").addEventListener("click", function () {
      areas = [];
      ring = [];
      refresh();
    });
    field.addEventListener("change", function () {
      try { areas = JSON.parse(field.value || "[]"); refresh(); } catch (e) { /* shown on submit */ }
    });
    refresh();
    if (areas.length > 0) { map.fitBounds(shapes.getBounds(), { maxZoom: 14 }); }
  }
})();
