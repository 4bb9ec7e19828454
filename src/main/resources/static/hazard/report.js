// Fills the report form's hidden lon/lat from the device's position (WGS-84, as the browser's
// Geolocation API gives it). Without permission or a fix the form still posts; the server then
// asks for an enterprise or a location.
document.addEventListener("DOMContentLoaded", function () {
  var lon = document.getElementById("lon");
  var lat = document.getElementById("lat");
  var status = document.getElementById("location-status");
  if (!lon || !lat || !navigator.geolocation) {
    return;
  }
  if (status) {
    status.textContent = status.dataset.locating;
  }
  navigator.geolocation.getCurrentPosition(
    function (position) {
      lon.value = position.coords.longitude.toFixed(6);
      lat.value = position.coords.latitude.toFixed(6);
      if (status) {
        status.textContent = status.dataset.located + " " + lat.value + ", " + lon.value +
          " (±" + Math.round(position.coords.accuracy) + " m)";
      }
    },
    function () {
      if (status) {
        status.textContent = status.dataset.failed;
      }
    },
    { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 }
  );
});
