// The wall is laid out for a 1920×1080 screen. On any other viewport (a 1366×768 laptop driving the
// wall, a 4K screen) the whole canvas is scaled to fit, keeping its proportions and centred, so
// nothing overflows and no scrollbar appears. Leaflet and ECharts measure their own containers
// (unscaled), so they draw as on the wall and are scaled with it.
(function () {
  "use strict";
  var WIDTH = 1920, HEIGHT = 1080;
  function fit() {
    var canvas = document.querySelector("main.cockpit.wall");
    if (!canvas) { return; }
    var w = document.documentElement.clientWidth, h = document.documentElement.clientHeight;
    var scale = Math.min(w / WIDTH, h / HEIGHT);
    canvas.style.setProperty("--wall-scale", String(scale));
    canvas.style.setProperty("--wall-left", ((w - WIDTH * scale) / 2) + "px");
    canvas.style.setProperty("--wall-top", ((h - HEIGHT * scale) / 2) + "px");
  }
  document.addEventListener("DOMContentLoaded", fit);
  window.addEventListener("resize", fit);
})();
