// The grid administration map: the chosen town's boundary with its grids, no tiles (works
// offline). Loaded as a file: the page's CSP allows no inline script.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("grids-map");
    if (!el || !window.L || !el.dataset.url) { return; }
    var map = L.map(el).setView([30.07, 120.36], 11);
    fetch(el.dataset.url, { credentials: "same-origin", headers: { "Accept": "application/geo+json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (geo) {
        var layer = L.geoJSON(geo, {
          style: function (f) {
            return f.properties.kind === "town"
              ? { color: "#0b5cad", weight: 2, dashArray: "4 3", fill: false }
              : { color: f.properties.workers > 0 ? "#1b7a1b" : "#f46036", weight: 1, fillOpacity: 0.25 };
          },
          onEachFeature: function (f, l) {
            if (f.properties.kind === "grid") {
              // Text node, not an HTML string: codes and names come from uploaded files.
              var label = document.createElement("span");
              label.textContent = f.properties.code + " " + f.properties.name;
              l.bindTooltip(label, { className: "grid-label" });
            }
          }
        }).addTo(map);
        var bounds = layer.getBounds();
        if (bounds.isValid()) { map.fitBounds(bounds); }
      })
      .catch(function () { el.classList.add("errors"); });
  });
})();
