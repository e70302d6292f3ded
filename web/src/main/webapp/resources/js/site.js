// The pages work without scripts; this only adds the print button's action (no inline script is
// allowed by the content security policy).
document.addEventListener("click", function (event) {
  var target = event.target.closest("[data-print]");
  if (target) {
    event.preventDefault();
    window.print();
  }
});
