// Every htmx request carries the CSRF token from the page's meta tags (Spring Security checks it).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A notice toast (pushed into .toasts by the notification stream) is shown for a while and then
// removed: left in place it stayed over the page for good. The bell keeps the unread count.
document.addEventListener("DOMContentLoaded", function () {
  var toasts = document.querySelector(".toasts");
  if (!toasts || typeof MutationObserver === "undefined") {
    return;
  }
  var timer = null;
  new MutationObserver(function () {
    if (timer) {
      clearTimeout(timer);
    }
    if (toasts.childElementCount > 0) {
      timer = setTimeout(function () {
        toasts.replaceChildren();
        timer = null;
      }, 15000);
    }
  }).observe(toasts, { childList: true });
});

// A click on a toast goes to the notice's own page and marks the notice read on the way (the
// request outlives the page it leaves: keepalive).
document.addEventListener("click", function (event) {
  var toast = event.target.closest && event.target.closest(".toasts a[data-read]");
  if (!toast || typeof fetch === "undefined") {
    return;
  }
  var headers = {};
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    headers[header.content] = token.content;
  }
  fetch(toast.getAttribute("data-read"), { method: "POST", headers: headers, credentials: "same-origin", keepalive: true, redirect: "manual" });
});
