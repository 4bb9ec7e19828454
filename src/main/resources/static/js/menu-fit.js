// The header menu on one line: entries that do not fit the width (a 1366 px laptop shows about
// half of a department officer's entries) move, from the end, into a "More" drop-down after the
// menu; they come back when the window widens. Without script the menu wraps as before.
(function () {
  "use strict";
  function fit() {
    var menu = document.querySelector(".topbar .menu");
    var more = document.querySelector(".topbar .menu-more");
    if (!menu || !more) { return; }
    var list = more.querySelector(".menu-more-list");
    while (list.firstChild) { menu.appendChild(list.firstChild); }
    menu.classList.add("fitted");
    more.hidden = false;
    var items = Array.prototype.slice.call(menu.children);
    for (var i = items.length - 1; i >= 0 && menu.scrollWidth > menu.clientWidth; i--) {
      list.insertBefore(items[i], list.firstChild);
    }
    more.hidden = !list.firstChild;
    if (!list.firstChild) { more.open = false; }
  }
  document.addEventListener("DOMContentLoaded", fit);
  window.addEventListener("resize", fit);
})();
