// The one map: district outline and towns as the offline basemap, optional tiles, and every
// module's point layers on one canvas renderer (smooth with tens of thousands of points).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var el = document.getElementById("map");
    if (!el || !window.L) { return; }
    var d = el.dataset;
    var renderer = L.canvas({ padding: 0.5 });
    var map = L.map(el, { preferCanvas: true, renderer: renderer }).setView([30.07, 120.36], 10);
    window.shuzhiMap = map;
    if (d.tileUrl) {
      L.tileLayer(d.tileUrl, { subdomains: d.tileSubdomains || "abc", attribution: d.tileAttribution || "" }).addTo(map);
    }
    var control = L.control.layers(null, null, { collapsed: d.layersCollapsed === "true" }).addTo(map);
    var pointLayers = {};
    var status = document.getElementById("map-status");

    function json(url) {
      return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json, application/geo+json" } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
    }

    json("/map/district.geojson").then(function (geo) {
      var outline = L.geoJSON(geo, { style: { color: "#0b5cad", weight: 3, fill: false } }).addTo(map);
      control.addOverlay(outline, d.labelOutline);
      map.fitBounds(outline.getBounds());
    });

    json("/map/towns.geojson").then(function (geo) {
      var towns = L.geoJSON(geo, {
        style: { color: "#5b7da8", weight: 1, dashArray: "4 3", fillColor: "#ffffff", fillOpacity: 0.25 },
        onEachFeature: function (f, layer) {
          var p = f.properties || {};
          layer.bindTooltip(p.name || "", { permanent: true, direction: "center", className: "town-label" });
          if (p.approximate) { layer.bindPopup(escapeHtml(p.name) + "<br>" + escapeHtml(d.labelApproximate)); }
        }
      }).addTo(map);
      towns.bringToBack();
      control.addOverlay(towns, d.labelTowns);
    });

    // The map page filters with its form; a page embedding the map (the cockpit) sets data-query.
    function filterQuery() {
      var form = document.getElementById("map-filters");
      if (!form) { return d.query || ""; }
      var params = new URLSearchParams(new FormData(form));
      return params.toString();
    }

    function loadLayer(meta, group) {
      return json("/map/layers/" + encodeURIComponent(meta.id) + "?" + filterQuery()).then(function (data) {
        group.clearLayers();
        data.points.forEach(function (p) {
          var marker = L.circleMarker([p[2], p[1]], {
            renderer: renderer, radius: 4, weight: 1, color: "#333", fillColor: p[4] || "#1b98e0", fillOpacity: 0.85
          });
          var link = meta.link.replace("{id}", p[0]);
          marker.bindPopup("<b>" + escapeHtml(p[3]) + "</b>" + (p[5] ? " <span class=\"synthetic\">" + escapeHtml(d.labelSynthetic) + "</span>" : "") +
            "<br><a href=\"" + link + "\">" + escapeHtml(d.labelOpen) + "</a>");
          marker.shuzhiId = p[0];
          group.addLayer(marker);
        });
        return data.points.length;
      });
    }

    // Only the layers that are on the map are fetched (an unchecked layer costs nothing: the
    // cockpit has many); a layer is fetched when checked, again if the filter changed meanwhile.
    function showCount() {
      if (!status) { return; }
      var total = 0;
      Object.keys(pointLayers).forEach(function (id) {
        if (map.hasLayer(pointLayers[id].group)) { total += pointLayers[id].group.getLayers().length; }
      });
      status.textContent = (d.labelCount || "{0}").replace("{0}", total);
    }

    function load(id) {
      var entry = pointLayers[id];
      entry.stale = false;
      el.setAttribute("data-layer-" + id, "pending");
      return loadLayer(entry.meta, entry.group).then(function (n) {
        el.setAttribute("data-layer-" + id, String(n));
      });
    }

    function reloadAll() {
      var jobs = [];
      Object.keys(pointLayers).forEach(function (id) {
        if (map.hasLayer(pointLayers[id].group)) {
          jobs.push(load(id));
        } else {
          pointLayers[id].stale = true;
          el.setAttribute("data-layer-" + id, "off");
        }
      });
      return Promise.all(jobs).then(showCount);
    }

    map.on("overlayadd", function (e) {
      Object.keys(pointLayers).forEach(function (id) {
        if (pointLayers[id].group === e.layer && pointLayers[id].stale) { load(id).then(showCount); }
      });
    });
    map.on("overlayremove", showCount);

    var started = performance.now();
    json("/map/layers").then(function (layers) {
      layers.forEach(function (meta) {
        var group = L.featureGroup();
        if (meta.shown) { group.addTo(map); }
        control.addOverlay(group, meta.title);
        pointLayers[meta.id] = { meta: meta, group: group, stale: true };
      });
      return reloadAll().then(function () {
        // Load-and-draw time of the point layers, read by the browser test and benchmarks.
        requestAnimationFrame(function () {
          el.setAttribute("data-layers-ms", String(Math.round(performance.now() - started)));
        });
        focus();
      });
    });

    function focus() {
      if (!d.focus) { return; }
      Object.keys(pointLayers).forEach(function (id) {
        pointLayers[id].group.eachLayer(function (m) {
          if (String(m.shuzhiId) === d.focus) { map.setView(m.getLatLng(), 15); m.openPopup(); }
        });
      });
    }

    var form = document.getElementById("map-filters");
    // Filtering reloads only the point layers; the URL keeps the filter so it can be shared.
    if (form) {
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        history.replaceState(null, "", "/map?" + filterQuery());
        reloadAll();
      });
    }

    function escapeHtml(s) {
      return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
        return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
      });
    }
  });
})();
