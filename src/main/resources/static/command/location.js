// Location input of the command forms: a Leaflet map beside the lon/lat fields. Clicking the map
// fills the fields (WGS-84, 6 decimals ≈ 0.1 m); typing in the fields moves the marker. The
// district outline is drawn as the offline basemap, tiles only when configured.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.querySelector("[data-location-map]");
    if (!el || !window.L) { return; }
    var lon = document.getElementById("lon");
    var lat = document.getElementById("lat");
    var map = L.map(el).setView([30.17, 120.27], 10);
    if (el.dataset.tileUrl) { L.tileLayer(el.dataset.tileUrl).addTo(map); }
    var marker = null;

    function current() {
      var x = parseFloat(lon.value), y = parseFloat(lat.value);
      return isFinite(x) && isFinite(y) ? [y, x] : null;
    }
    function place(fit) {
      var p = current();
      if (!p) { return; }
      if (marker) { marker.setLatLng(p); } else { marker = L.marker(p).addTo(map); }
      if (fit) { map.setView(p, Math.max(map.getZoom(), 13)); }
    }
    function round(x) { return Math.round(x * 1e6) / 1e6; }

    fetch(el.dataset.outline, { credentials: "same-origin", headers: { "Accept": "application/geo+json, application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        if (!geo) { return; }
        var outline = L.geoJSON(geo, { style: { color: "#0b5cad", weight: 2, fill: false }, interactive: false }).addTo(map);
        if (!current()) { map.fitBounds(outline.getBounds()); }
      })
      .catch(function () { /* the map still works without the outline */ });

    map.on("click", function (e) {
      lon.value = round(e.latlng.lng);
      lat.value = round(e.latlng.lat);
      place(false);
    });
    lon.addEventListener("change", function () { place(true); });
    lat.addEventListener("change", function () { place(true); });
    place(true);
  });
})();
