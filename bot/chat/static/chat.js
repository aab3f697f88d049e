// The chat page, live: new messages arrive over Server-Sent Events (the browser resumes a
// dropped stream with Last-Event-ID), forms are sent without a reload, and what the user
// has seen is reported as read. Without this script the page works as plain forms.
(function () {
  "use strict";
  var log = document.getElementById("thread");
  var form = document.getElementById("send");
  if (!log || !form || !window.fetch || !window.EventSource) { return; }
  var box = document.getElementById("message-box");
  var problem = document.getElementById("send-error");
  var refresh = document.getElementById("refresh");
  var readTimer = null;
  var readUpTo = 0;  // set below: the page itself was read when it was served

  function newClientId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function lastId() {
    var items = log.querySelectorAll("li[data-id]");
    return items.length ? Number(items[items.length - 1].getAttribute("data-id")) : 0;
  }

  // Answer buttons belong to the newest message only: an older question is answered or moot.
  function keepChoicesOnLast() {
    var items = log.querySelectorAll("li[data-id]");
    Array.prototype.forEach.call(items, function (item, index) {
      if (index === items.length - 1) { return; }
      Array.prototype.forEach.call(item.querySelectorAll("form.choices"), function (f) { f.remove(); });
    });
  }

  function add(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();
    var item = holder.content.firstElementChild;
    if (!item || document.getElementById(item.id)) { return; }
    var id = Number(item.getAttribute("data-id"));
    var later = Array.prototype.find.call(log.querySelectorAll("li[data-id]"), function (li) {
      return Number(li.getAttribute("data-id")) > id;
    });
    log.insertBefore(item, later || null);
    var empty = document.getElementById("empty");
    if (empty) { empty.remove(); }
    keepChoicesOnLast();
    var formTop = form.getBoundingClientRect().top;
    if (formTop < window.innerHeight) { item.scrollIntoView({ block: "nearest" }); }
    markRead();
  }

  function markRead() {
    if (document.visibilityState !== "visible" || lastId() <= readUpTo) { return; }
    window.clearTimeout(readTimer);
    readTimer = window.setTimeout(function () {
      var upTo = lastId();
      var body = new FormData();
      body.set("up_to", String(upTo));
      body.set("csrf_token", form.elements.csrf_token.value);
      fetch(log.getAttribute("data-read"), { method: "POST", body: body, credentials: "same-origin" })
        .then(function (response) { if (response.ok) { readUpTo = Math.max(readUpTo, upTo); } });
    }, 500);
  }

  function showProblem(text) {
    problem.textContent = text;
    problem.hidden = false;
    box.focus();
  }

  function send(event) {
    var sending = event.target;
    if (!(sending instanceof HTMLFormElement) || sending.method.toLowerCase() !== "post" ||
        sending.getAttribute("action") !== form.getAttribute("action")) { return; }
    var body = new FormData(sending);
    if (event.submitter && event.submitter.name) {
      body.set(event.submitter.name, event.submitter.value);
    } else if (sending !== form) {
      return;  // a button the browser did not name: let the form post itself
    }
    event.preventDefault();
    if (!String(body.get("body") || "").trim()) { showProblem(problem.getAttribute("data-empty")); return; }
    var buttons = sending.querySelectorAll("button");
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    fetch(sending.action, { method: "POST", body: body, credentials: "same-origin",
                            headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (response.status === 401) { window.location.assign(log.getAttribute("data-login")); return null; }
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (!result) { return; }
        if (!result.ok) { showProblem(result.data.error); return; }
        problem.hidden = true;
        if (sending === form) {
          box.value = "";
          form.elements.client_id.value = newClientId();
        } else if (sending.closest("#thread")) {
          sending.remove();
        }
        add(result.data.html);
        if (result.data.crisis) { document.getElementById("crisis-slot").innerHTML = result.data.crisis; }
        box.focus();
      })
      .catch(function () { showProblem(problem.getAttribute("data-not-sent")); })
      .then(function () { Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; }); });
  }

  document.addEventListener("submit", send);
  document.addEventListener("visibilitychange", markRead);
  form.elements.client_id.value = newClientId();
  readUpTo = lastId();

  var stream = new EventSource(log.getAttribute("data-events") + "?after=" + lastId());
  stream.onopen = function () { refresh.hidden = true; };
  stream.onmessage = function (event) { add(JSON.parse(event.data).html); };
  stream.onerror = function () {
    if (stream.readyState === EventSource.CLOSED) {  // the session has ended
      refresh.hidden = false;
      document.getElementById("live-off").hidden = false;
    }
  };
}());
