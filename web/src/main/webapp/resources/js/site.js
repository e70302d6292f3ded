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

// A form being filled in (a request, say) is kept in this browser tab as it is typed, so that it is
// not lost when the page cannot be sent: its server failed and another took over, or the page
// expired. Opened again, the form takes back what was typed into the fields still empty, and says
// so. Kept for the tab only (sessionStorage), until the request is filed or the person signs out.
var DRAFT = "accesinfo-draft:";

function draftFields(form) {
  return Array.prototype.filter.call(form.elements, function (field) {
    return (
      field.name &&
      !/ViewState|ClientWindow/.test(field.name) &&
      ["hidden", "submit", "button", "password", "file", "reset"].indexOf(field.type) < 0
    );
  });
}

function saveDraft(form) {
  var values = {};
  draftFields(form).forEach(function (field) {
    if (field.type === "radio") {
      if (field.checked) {
        values[field.name] = field.value;
      }
    } else if (field.type === "checkbox") {
      values[field.name] = field.checked;
    } else {
      values[field.name] = field.value;
    }
  });
  try {
    window.sessionStorage.setItem(DRAFT + form.dataset.draft, JSON.stringify(values));
  } catch (e) {
    // storage refused (private browsing, full): the form works as without this
  }
}

function restoreDraft(form) {
  var saved;
  try {
    saved = JSON.parse(window.sessionStorage.getItem(DRAFT + form.dataset.draft) || "null");
  } catch (e) {
    saved = null;
  }
  if (!saved) {
    return false;
  }
  var restored = false;
  draftFields(form).forEach(function (field) {
    if (!Object.prototype.hasOwnProperty.call(saved, field.name)) {
      return;
    }
    var value = saved[field.name];
    if (field.type === "radio") {
      if (field.value === value && !field.checked) {
        field.checked = true;
        restored = true;
      }
    } else if (field.type === "checkbox") {
      if (field.checked !== value) {
        field.checked = value;
        restored = true;
      }
    } else if (field.value === "" && value) {
      field.value = value;
      // a list keeps its choice only when the choice is among its options
      restored = restored || field.value === value;
    }
  });
  return restored;
}

// A list whose kept choice is not among its options (a body beyond the list's first page) is
// offered it when the page is opened with the choice as a parameter: the page is opened so, once.
function reopenWithChoice(form) {
  var saved;
  try {
    saved = JSON.parse(window.sessionStorage.getItem(DRAFT + form.dataset.draft) || "null");
  } catch (e) {
    saved = null;
  }
  var url = new URL(window.location.href);
  var lists = form.querySelectorAll("select[data-draft-param]");
  for (var i = 0; saved && i < lists.length; i++) {
    var list = lists[i];
    var choice = saved[list.name];
    var param = list.dataset.draftParam;
    var offered = Array.prototype.some.call(list.options, function (option) {
      return option.value === choice;
    });
    if (choice && list.value === "" && !offered && !url.searchParams.has(param)) {
      url.searchParams.set(param, choice);
      window.location.replace(url.toString());
      return true;
    }
  }
  return false;
}

document.addEventListener("input", function (event) {
  var form = event.target.form;
  if (form && form.dataset && form.dataset.draft) {
    saveDraft(form);
  }
});
document.addEventListener("change", function (event) {
  var form = event.target.form;
  if (form && form.dataset && form.dataset.draft) {
    saveDraft(form);
  }
});
document.addEventListener("submit", function (event) {
  if (event.target.id === "signout") {
    Object.keys(window.sessionStorage)
      .filter(function (key) {
        return key.indexOf(DRAFT) === 0;
      })
      .forEach(function (key) {
        window.sessionStorage.removeItem(key);
      });
  }
});
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-draft-done]").forEach(function (done) {
    window.sessionStorage.removeItem(DRAFT + done.dataset.draftDone);
  });
  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    if (reopenWithChoice(form)) {
      return;
    }
    if (restoreDraft(form)) {
      var told = document.querySelector("[data-draft-restored]");
      if (told) {
        told.hidden = false;
      }
    }
  });
});
