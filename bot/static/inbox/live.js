// Live inbox pages: one Server-Sent Events stream per page (bot/inbox/live.py) says what
// changed for the logged-in veileder; the page fetches itself again and takes the parts
// marked data-live from the answer (the server checks access and audits, as for any page
// view). New messages are added to the thread without touching the rest, so nothing the
// veileder is typing is lost; the unread count goes in the page title.
(function () {
  "use strict";
  var url = document.body.getAttribute("data-live-url");
  if (!url || !window.EventSource || !window.fetch) { return; }

  var baseTitle = document.title.replace(/^\(\d+\) /, "");
  var announcer = document.getElementById("live-announcer");
  var scheduled = null, running = false, again = false, waitingForView = false;

  function announce(text) {
    if (!announcer || !text) { return; }
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function setUnread(count) {
    document.title = (count > 0 ? "(" + count + ") " : "") + baseTitle;
    document.querySelectorAll("[data-unread-count]").forEach(function (badge) {
      badge.hidden = !(count > 0);
      badge.firstChild.nodeValue = String(count);
    });
  }

  function unreadIn(doc) {
    var badge = doc.querySelector("[data-unread-count]");
    return badge ? parseInt(badge.firstChild.nodeValue, 10) || 0 : 0;
  }

  function replaceKeepingFocus(region, fresh) {
    // An unchanged region stays as it is: a click under way on one of its links is not lost.
    if (region.isEqualNode(fresh)) { return []; }
    var active = document.activeElement;
    var focusedHref = active && region.contains(active) ? active.getAttribute("href") : null;
    var before = {};
    region.querySelectorAll("[id]").forEach(function (el) { before[el.id] = true; });
    var copy = document.importNode(fresh, true);
    region.replaceWith(copy);
    if (focusedHref) {
      var again = copy.querySelector('[href="' + focusedHref.replace(/"/g, '\\"') + '"]');
      if (again) { again.focus(); }
    }
    var added = [];
    copy.querySelectorAll("[data-live-item]").forEach(function (item) {
      if (!before[item.id]) { added.push(item.getAttribute("data-live-item")); }
    });
    return added;
  }

  function mergeThread(region, fresh) {
    var list = region.querySelector("ol.thread"), freshList = fresh.querySelector("ol.thread");
    if (!list || !freshList) { return replaceKeepingFocus(region, fresh); }
    var empty = region.querySelector(".thread-empty");
    if (empty && !fresh.querySelector(".thread-empty")) { empty.remove(); }
    var added = [];
    Array.prototype.forEach.call(freshList.children, function (item) {
      var existing = document.getElementById(item.id);
      if (!existing) {
        list.appendChild(document.importNode(item, true));
        if (item.getAttribute("data-inbound") === "true") {
          var who = item.querySelector(".who");
          added.push("Ny melding fra " + (who ? who.textContent : "brukeren"));
        }
      } else if (existing.getAttribute("data-updated") !== item.getAttribute("data-updated")) {
        existing.replaceWith(document.importNode(item, true));
      }
    });
    return added;
  }

  function merge(doc) {
    var news = [];
    document.querySelectorAll("[data-live]").forEach(function (region) {
      var fresh = doc.getElementById(region.id);
      if (!fresh) { return; }
      var added = region.getAttribute("data-live") === "thread" ? mergeThread(region, fresh) : replaceKeepingFocus(region, fresh);
      news = news.concat(added);
    });
    setUnread(unreadIn(doc));
    announce(news.join(". "));
  }

  function refresh() {
    scheduled = null;
    if (document.hidden) { waitingForView = true; return; }
    if (running) { again = true; return; }
    running = true;
    fetch(window.location.href, { credentials: "same-origin", headers: { "X-Live-Refresh": "1" } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) { merge(new DOMParser().parseFromString(html, "text/html")); })
      .catch(function () { /* the next change or a reload shows the page as it is */ })
      .then(function () {
        running = false;
        if (again) { again = false; schedule(); }
      });
  }

  function schedule() {
    if (!scheduled) { scheduled = window.setTimeout(refresh, 250); }
  }

  function showsUser(userId) {
    return document.querySelector('[data-live-thread="' + userId + '"]') !== null;
  }

  function followsCases() {
    return document.querySelector('[data-live="cases"], [data-live="list"]') !== null;
  }

  var source = new EventSource(url);
  ["thread", "cases"].forEach(function (kind) {
    source.addEventListener(kind, function (event) {
      var change = JSON.parse(event.data);
      if (showsUser(change.user_id) || followsCases()) { schedule(); }
    });
  });
  source.addEventListener("unread", function (event) { setUnread(JSON.parse(event.data).count); });
  source.addEventListener("error", function () {
    if (source.readyState === EventSource.CLOSED) {
      announce("Siden oppdateres ikke lenger av seg selv. Last den på nytt.");
    }
  });
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && waitingForView) { waitingForView = false; schedule(); }
  });
}());
