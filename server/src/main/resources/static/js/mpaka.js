// Sends the CSRF token with every htmx request (pages keep CSRF protection on).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// ---- Counter page -------------------------------------------------------------------------
// A keyboard-wedge document reader types the MRZ lines fast, each ending with Enter. When the
// text forms a whole zone (2 lines of 44 or 36 characters, or 3 of 30), the scan is sent at once.
(function () {
  function zoneComplete(text) {
    var lines = text.split(/\r?\n/).map(function (l) { return l.trim(); }).filter(function (l) { return l.length > 0; });
    if (lines.length === 3) {
      return lines.every(function (l) { return l.length === 30; });
    }
    if (lines.length === 2) {
      return lines[0].length === lines[1].length && (lines[0].length === 44 || lines[0].length === 36);
    }
    return false;
  }

  // The same zone is sent once (the timer and a final Enter may both fire); a new zone always goes.
  var lastSent = "";
  var lastSentAt = 0;
  function submitScan(form) {
    var text = document.getElementById("mrz").value;
    if (text === lastSent && Date.now() - lastSentAt < 1000) { return; }
    lastSent = text;
    lastSentAt = Date.now();
    htmx.trigger(form, "submit");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var mrz = document.getElementById("mrz");
    if (!mrz) { return; }
    var form = document.getElementById("scan");
    var timer = null;
    mrz.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        if (zoneComplete(mrz.value)) {
          e.preventDefault();
          clearTimeout(timer);
          submitScan(form);
        } else if (mrz.value.trim().length === 0) {
          e.preventDefault(); // a stray Enter on an empty field does nothing
        }
      }
    });
    mrz.addEventListener("input", function () {
      clearTimeout(timer);
      if (zoneComplete(mrz.value)) {
        timer = setTimeout(function () { submitScan(form); }, 150); // reader without a final Enter
      }
    });
  });

  // After each result: put the focus where the officer acts next.
  document.addEventListener("htmx:afterSwap", function (e) {
    if (!e.target || e.target.id !== "result") { return; }
    var mrz = document.getElementById("mrz");
    if (e.target.querySelector("[data-done]")) {
      if (mrz) { mrz.value = ""; mrz.focus(); }
      var manual = document.getElementById("manual");
      if (manual) { manual.reset(); }
      return;
    }
    var purpose = document.getElementById("purpose");
    if (purpose && !purpose.dataset.kept && localStorage.getItem("mpaka.purpose")) {
      purpose.value = localStorage.getItem("mpaka.purpose");
    }
    if (purpose) {
      purpose.addEventListener("change", function () { localStorage.setItem("mpaka.purpose", purpose.value); });
    }
    if (mrz) {
      // a fault of the scanned document is shown on the MRZ field itself
      var bad = e.target.querySelector("#invalid [data-field='mrz'], li.check.FAIL[data-kind='DOCUMENT']");
      mrz.classList.toggle("invalid", !!bad);
      mrz.setAttribute("aria-invalid", bad ? "true" : "false");
    }
    var first = e.target.querySelector("[data-focus]");
    if (e.target.querySelector("#invalid") && mrz) {
      mrz.focus();
      mrz.select();
    } else if (first) {
      first.focus();
    }
    wireCamera(e.target);
  });

  // Optional face photo from the browser's camera, sent as a JPEG with the decision.
  function wireCamera(root) {
    var button = root.querySelector("#camera");
    if (!button || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { return; }
    var video = root.querySelector("#camera-view");
    var preview = root.querySelector("#photo-preview");
    var field = root.querySelector("#photo");
    var stream = null;
    button.addEventListener("click", function () {
      if (!stream) {
        navigator.mediaDevices.getUserMedia({ video: { width: 480, height: 360 } }).then(function (s) {
          stream = s;
          video.srcObject = s;
          video.hidden = false;
          video.play();
        }).catch(function () { button.disabled = true; });
        return;
      }
      var canvas = document.createElement("canvas");
      canvas.width = video.videoWidth || 480;
      canvas.height = video.videoHeight || 360;
      canvas.getContext("2d").drawImage(video, 0, 0, canvas.width, canvas.height);
      field.value = canvas.toDataURL("image/jpeg", 0.7);
      preview.src = field.value;
      preview.hidden = false;
      video.hidden = true;
      stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
    });
  }
})();

// Demo documents: a click puts the sample in the MRZ field (or the typed-document form) and checks it.
document.addEventListener("click", function (e) {
  var b = e.target.closest ? e.target.closest("button.sample") : null;
  if (!b) { return; }
  if (b.dataset.mrz) {
    var mrz = document.getElementById("mrz");
    mrz.value = b.dataset.mrz;
    htmx.trigger(document.getElementById("scan"), "submit");
    return;
  }
  var form = document.getElementById("manual");
  document.getElementById("manual-entry").open = true;
  (b.dataset.manual || "").split("&").forEach(function (pair) {
    var i = pair.indexOf("=");
    var field = form.elements[pair.substring(0, i)];
    if (field) { field.value = pair.substring(i + 1); }
  });
  htmx.trigger(form, "submit");
});

// A scan or decision the server refused (e.g. the session expired) or that never reached it: say
// so where the result would be, instead of leaving the previous traveller on the screen.
(function () {
  function show(e, key, detail) {
    var result = document.getElementById("result");
    if (!result || !e.detail || !e.detail.elt || !e.detail.elt.closest("#scan, #manual, #decision")) { return; }
    var box = document.createElement("div");
    box.className = "alert error";
    box.id = "server-error";
    box.textContent = result.dataset[key] + (detail ? " (" + detail + ")" : "");
    result.replaceChildren(box);
  }
  document.addEventListener("htmx:responseError", function (e) {
    show(e, "serverError", e.detail.xhr ? "HTTP " + e.detail.xhr.status : "");
  });
  document.addEventListener("htmx:sendError", function (e) { show(e, "sendError", ""); });
})();
