// Affected area of the incident form on a Leaflet map (plain Leaflet, no drawing plug-in).
// Point mode: a click sets the location (lon/lat fields) and the radius field draws a circle
// around it. Polygon mode: each click adds a vertex; "close" needs three vertices and writes the
// ring, closed (first position repeated last, GeoJSON RFC 7946), as JSON [[lon, lat], …] into the
// hidden "polygon" field; "clear" removes it. The server checks the ring again (closed, ≥ 4
// positions, not self-crossing, inside the district) and says what is wrong.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.querySelector("[data-incident-map]");
    if (!el || !window.L) { return; }
    var lon = document.getElementById("lon");
    var lat = document.getElementById("lat");
    var radius = document.getElementById("radiusM");
    var field = document.getElementById("polygon");
    var status = el.parentNode.querySelector("[data-area-status]");
    var map = L.map(el).setView([30.17, 120.27], 10);
    var mode = "point";
    var marker = null, circle = null, line = null, shape = null, vertices = [];

    function round(x) { return Math.round(x * 1e6) / 1e6; }
    function say(key) { status.textContent = el.dataset[key] || ""; }
    function location() {
      var x = parseFloat(lon.value), y = parseFloat(lat.value);
      return isFinite(x) && isFinite(y) ? [y, x] : null;
    }
    function drawPoint() {
      var p = location();
      if (!p) { return; }
      if (marker) { marker.setLatLng(p); } else { marker = L.marker(p).addTo(map); }
      var r = parseInt(radius.value, 10);
      if (circle) { map.removeLayer(circle); circle = null; }
      if (r > 0 && !field.value) { circle = L.circle(p, { radius: r, color: "#d9534f" }).addTo(map); }
    }
    function clearPolygon() {
      vertices = [];
      field.value = "";
      if (line) { map.removeLayer(line); line = null; }
      if (shape) { map.removeLayer(shape); shape = null; }
      drawPoint();
    }
    function drawRing(ring) {
      if (shape) { map.removeLayer(shape); }
      shape = L.polygon(ring.map(function (p) { return [p[1], p[0]]; }), { color: "#d9534f" }).addTo(map);
      if (circle) { map.removeLayer(circle); circle = null; }
    }
    function setMode(m) {
      mode = m;
      el.parentNode.querySelectorAll("[data-area-mode]").forEach(function (b) {
        b.setAttribute("aria-pressed", String(b.dataset.areaMode === m));
      });
      say(m === "polygon" ? "helpPolygon" : "helpPoint");
    }

    map.on("click", function (e) {
      if (mode === "point") {
        lon.value = round(e.latlng.lng);
        lat.value = round(e.latlng.lat);
        drawPoint();
        return;
      }
      if (field.value) { clearPolygon(); }
      vertices.push([round(e.latlng.lng), round(e.latlng.lat)]);
      var latlngs = vertices.map(function (p) { return [p[1], p[0]]; });
      if (line) { line.setLatLngs(latlngs); } else { line = L.polyline(latlngs, { color: "#d9534f", dashArray: "4" }).addTo(map); }
    });
    el.parentNode.querySelectorAll("[data-area-mode]").forEach(function (b) {
      b.addEventListener("click", function () { setMode(b.dataset.areaMode); });
    });
    el.parentNode.querySelector("[data-area-close]").addEventListener("click", function () {
      if (vertices.length < 3) { say("needThree"); return; }
      var ring = vertices.concat([vertices[0]]);
      field.value = JSON.stringify(ring);
      if (line) { map.removeLayer(line); line = null; }
      drawRing(ring);
      vertices = [];
      say("closed");
    });
    el.parentNode.querySelector("[data-area-clear]").addEventListener("click", function () {
      clearPolygon();
      say(mode === "polygon" ? "helpPolygon" : "helpPoint");
    });
    lon.addEventListener("change", drawPoint);
    lat.addEventListener("change", drawPoint);
    radius.addEventListener("change", drawPoint);

    fetch(el.dataset.outline, { credentials: "same-origin", headers: { "Accept": "application/geo+json, application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        if (!geo) { return; }
        var outline = L.geoJSON(geo, { style: { color: "#0b5cad", weight: 2, fill: false }, interactive: false }).addTo(map);
        if (!location()) { map.fitBounds(outline.getBounds()); }
      })
      .catch(function () { /* the map still works without the outline */ });

    // A form shown again after a refusal keeps what was drawn.
    if (field.value) {
      try { drawRing(JSON.parse(field.value)); } catch (e) { field.value = ""; }
    }
    drawPoint();
    var p = location();
    if (p) { map.setView(p, 13); }
    setMode("point");
  });
})();
