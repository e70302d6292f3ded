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

// A form being filled in (a request, a complaint, a decision) is kept in this browser tab as it is
// typed, so that it is not lost when the page cannot be sent: its server failed and another took
// over, or the page expired. Opened again, the form takes back what was typed into the fields still
// empty, and says so. Kept for the tab only (sessionStorage): a form sent is forgotten once its
// answer is a page other than the expired one; a form of several steps (data-draft-keep) once the
// page that ends it says so (data-draft-done); all of them when the person signs out.
var DRAFT = "accesinfo-draft:";
var SENT = "accesinfo-draft-sent";

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

// What was kept of the form, or null.
function savedDraft(form) {
  try {
    return JSON.parse(window.sessionStorage.getItem(DRAFT + form.dataset.draft) || "null");
  } catch (e) {
    return null;
  }
}

function restoreDraft(form) {
  var saved = savedDraft(form);
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
  var saved = savedDraft(form);
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

["input", "change"].forEach(function (kind) {
  document.addEventListener(kind, function (event) {
    var form = event.target.form;
    if (form && form.dataset && form.dataset.draft) {
      saveDraft(form);
    }
  });
});
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.draft && !form.dataset.draftKeep) {
    try {
      window.sessionStorage.setItem(SENT, form.dataset.draft);
    } catch (e) {
      // as without drafts
    }
  }
  if (form.id === "signout") {
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
  // The expired page's link opens the page the form was on, with its parameters (a request's
  // reference), which the form's own address lacks: the address it was sent from, on this site only
  var again = document.querySelector("a[data-page-again]");
  if (again && document.referrer) {
    var from = new URL(document.referrer);
    if (from.origin === window.location.origin) {
      again.href = from.pathname + from.search;
    }
  }
  var sent = window.sessionStorage.getItem(SENT);
  window.sessionStorage.removeItem(SENT);
  if (sent && !document.querySelector("[data-page-expired]")) {
    window.sessionStorage.removeItem(DRAFT + sent);
  }
  document.querySelectorAll("[data-draft-done]").forEach(function (done) {
    window.sessionStorage.removeItem(DRAFT + done.dataset.draftDone);
  });
  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    if (reopenWithChoice(form)) {
      return;
    }
    if (restoreDraft(form)) {
      var told = form.querySelector("[data-draft-restored]");
      if (told) {
        told.hidden = false;
      }
      // a form folded away is opened, so that what was taken back is seen
      var folded = form.querySelector("details");
      if (folded) {
        folded.open = true;
      }
    }
  });
});
