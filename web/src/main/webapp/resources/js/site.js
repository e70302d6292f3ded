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
// empty, and says so (asking to check that it was not sent after all). Kept for the tab only
// (sessionStorage), under the signed-in person (another person signing in on the tab sees nothing
// of it): a form sent is forgotten once a page without it answers, other than the expired page (a
// form of several steps is on the page of each step), or a page says it is done (data-draft-done);
// all of them when the person signs out.
var DRAFT = "accesinfo-draft:";
var SENT = "accesinfo-draft-sent";

// Storage may be refused altogether (a browser's settings): the pages then work as without drafts.
function stored(key) {
  try {
    return window.sessionStorage.getItem(key);
  } catch (e) {
    return null;
  }
}

function store(key, value) {
  try {
    if (value === null) {
      window.sessionStorage.removeItem(key);
    } else {
      window.sessionStorage.setItem(key, value);
    }
  } catch (e) {
    // as without drafts
  }
}

function draftKey(name) {
  return DRAFT + (document.body.dataset.draftOwner || "") + ":" + name;
}

function draftFields(form) {
  return Array.prototype.filter.call(form.elements, function (field) {
    return (
      field.name &&
      !/ViewState|ClientWindow/.test(field.name) &&
      ["hidden", "submit", "button", "password", "file", "reset"].indexOf(field.type) < 0
    );
  });
}

// What was kept of the form, or null: each field's value by name; for check boxes, the values of
// those checked (a group of them shares a name); and the address of the page the form was on.
function savedDraft(name) {
  try {
    return JSON.parse(stored(draftKey(name)) || "null");
  } catch (e) {
    return null;
  }
}

function saveDraft(form) {
  var values = { page: (savedDraft(form.dataset.draft) || {}).page, fields: {} };
  draftFields(form).forEach(function (field) {
    if (field.type === "radio") {
      if (field.checked) {
        values.fields[field.name] = field.value;
      }
    } else if (field.type === "checkbox") {
      var checked = values.fields[field.name] || [];
      if (field.checked) {
        checked.push(field.value);
      }
      values.fields[field.name] = checked;
    } else {
      values.fields[field.name] = field.value;
    }
  });
  store(draftKey(form.dataset.draft), JSON.stringify(values));
}

function restoreDraft(form) {
  var saved = savedDraft(form.dataset.draft);
  if (!saved || !saved.fields) {
    return false;
  }
  var restored = false;
  draftFields(form).forEach(function (field) {
    if (!Object.prototype.hasOwnProperty.call(saved.fields, field.name)) {
      return;
    }
    var value = saved.fields[field.name];
    if (field.type === "radio") {
      if (field.value === value && !field.checked) {
        field.checked = true;
        restored = true;
      }
    } else if (field.type === "checkbox") {
      var checked = Array.isArray(value) && value.indexOf(field.value) >= 0;
      if (field.checked !== checked) {
        field.checked = checked;
        restored = true;
      }
    } else if (field.value === "" && value) {
      field.value = value;
      // a list keeps a choice only when it is among its options
      restored = restored || field.value === value;
    }
  });
  return restored;
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
  if (form.dataset && form.dataset.draft) {
    store(SENT, form.dataset.draft);
  }
  if (form.id === "signout") {
    try {
      Object.keys(window.sessionStorage)
        .filter(function (key) {
          return key.indexOf(DRAFT) === 0;
        })
        .forEach(function (key) {
          window.sessionStorage.removeItem(key);
        });
    } catch (e) {
      // nothing was kept
    }
  }
});
document.addEventListener("DOMContentLoaded", function () {
  var expired = document.querySelector("[data-page-expired]");
  var sent = stored(SENT);
  store(SENT, null);
  if (sent && !expired && !document.querySelector('form[data-draft="' + CSS.escape(sent) + '"]')) {
    // answered by a page without the form: it was taken
    store(draftKey(sent), null);
  }
  // The expired page's link opens the page the form was on, as it was first opened (with its
  // request's reference, which the form's own address lacks), on this site only
  var again = document.querySelector("a[data-page-again]");
  var from = sent && (savedDraft(sent) || {}).page;
  if (again && from && from.charAt(0) === "/" && from.charAt(1) !== "/" && from.charAt(1) !== "\\") {
    again.href = from;
  }
  document.querySelectorAll("[data-draft-done]").forEach(function (done) {
    store(draftKey(done.dataset.draftDone), null);
  });
  document.querySelectorAll("form[data-draft]").forEach(function (form) {
    // the address the form was opened at, its parameters included, kept for the expired page
    if (window.location.search) {
      var draft = savedDraft(form.dataset.draft) || { fields: null };
      draft.page = window.location.pathname + window.location.search;
      store(draftKey(form.dataset.draft), JSON.stringify(draft));
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
