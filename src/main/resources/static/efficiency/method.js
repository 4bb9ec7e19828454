// The method form: live weight total per group, add/remove of indicator and rule rows (new rows
// take the next free index; the server ignores gaps), and only the active classification's fields.
// The server checks everything again on save.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("method-form");
  if (!form) {
    return;
  }

  function updateSum(group) {
    var sum = 0;
    group.querySelectorAll("input[data-weight]").forEach(function (input) {
      var v = parseFloat(input.value);
      if (!isNaN(v)) {
        sum += v;
      }
    });
    var out = group.querySelector("output[data-weight-sum]");
    if (out) {
      var rounded = Math.round(sum * 1000) / 1000;
      out.textContent = String(rounded);
      out.classList.toggle("weight-off", Math.abs(rounded - 100) > 1e-6);
    }
  }

  function showMode(group) {
    var select = group.querySelector("select[data-mode]");
    group.querySelectorAll("[data-mode-fields]").forEach(function (p) {
      p.hidden = select && p.getAttribute("data-mode-fields") !== select.value;
    });
  }

  form.querySelectorAll(".method-group").forEach(function (group) {
    updateSum(group);
    showMode(group);
    group.addEventListener("input", function () {
      updateSum(group);
    });
    group.addEventListener("change", function (e) {
      if (e.target.matches("select[data-mode]")) {
        showMode(group);
      }
    });
    group.addEventListener("click", function (e) {
      if (e.target.matches("button[data-remove-row]")) {
        e.target.closest("tr").remove();
        updateSum(group);
      } else if (e.target.matches("button[data-add-row]")) {
        // the table just before this button's paragraph
        var table = e.target.closest("p").previousElementSibling;
        var body = table.querySelector("tbody[data-rows]");
        var template = table.querySelector("template");
        var index = parseInt(body.getAttribute("data-next"), 10) || 0;
        body.setAttribute("data-next", String(index + 1));
        var row = template.content.firstElementChild.cloneNode(true);
        row.querySelectorAll("[data-field]").forEach(function (field) {
          field.name = body.getAttribute("data-prefix") + "[" + index + "]." +
            field.getAttribute("data-field");
        });
        body.appendChild(row);
      }
    });
  });
});
