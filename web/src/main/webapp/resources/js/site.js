// The pages work without scripts; this only adds the print button's action (no inline script is
// allowed by the content security policy).
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-print]");
  if (target) {
    event.preventDefault();
    window.print();
  }
});

// A long action (a document's inspection, say) shows that it is under way: the button says so and
// cannot be pressed twice while the page waits for the answer.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  if (button && button.dataset && button.dataset.busy) {
    var busy = button.dataset.busy;
    window.setTimeout(function () {
      button.value = busy;
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
    }, 0);
  }
});

// A report being made in the background: its page looks again every few seconds until it is done.
document.addEventListener("DOMContentLoaded", function () {
  var waiting = document.querySelector("[data-refresh]");
  var seconds = waiting ? parseInt(waiting.dataset.refresh, 10) : NaN;
  if (seconds > 0) {
    window.setTimeout(function () {
      window.location.reload();
    }, seconds * 1000);
  }
});
