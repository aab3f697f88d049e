// The SMS counter under a reply and the saved reply texts. Counts as
// services/messaging/staff_reply.py sms_size() does (after the same clean-up as
// services/messaging/gsm7.py clean_for_sms), from the rules the page carries
// (<script type="application/json" id="sms-rules">): characters left before one more
// SMS segment, the segments, and what cannot be sent as SMS (GSM-7). The server checks again.
(function () {
  "use strict";

  function codePoints(text) { return Array.from(text); }
  function isSpace(ch) { return /\s/.test(ch); }

  function inGsm7(ch, rules) { return rules.alphabet.indexOf(ch) >= 0 || rules.extension.indexOf(ch) >= 0; }

  // A letter outside GSM-7 with an accent becomes its bare letter ("ş" -> "s"), as
  // services/messaging/gsm7.py _bare_letter does; anything else stays and is refused.
  function bareLetter(ch, rules) {
    if (inGsm7(ch, rules)) { return ch; }
    var bare = ch.normalize("NFKD").replace(/\p{M}/gu, "");
    return bare && codePoints(bare).every(function (c) { return inGsm7(c, rules); }) ? bare : ch;
  }

  function toGsm7(text, rules) {
    text = text.replace(/\r\n/g, "\n").replace(/\r/g, "\n");
    return codePoints(text).map(function (ch) {
      return bareLetter(Object.prototype.hasOwnProperty.call(rules.replacements, ch) ? rules.replacements[ch] : ch, rules);
    }).join("").trim();
  }

  function septets(chars, rules) {
    var count = 0;
    chars.forEach(function (ch) { count += rules.extension.indexOf(ch) >= 0 ? 2 : 1; });
    return count;
  }

  function lastIndexBefore(chars, wanted, end) {
    for (var i = Math.min(end, chars.length) - 1; i >= 0; i--) { if (chars[i] === wanted) { return i; } }
    return -1;
  }

  function splitForSms(text, rules) {
    var limit = rules.max_septets, parts = [], rest = codePoints(text);
    while (septets(rest, rules) > limit) {
      var cut = limit;
      while (septets(rest.slice(0, cut), rules) > limit) { cut--; }
      var boundary = Math.max(lastIndexBefore(rest, " ", cut + 1), lastIndexBefore(rest, "\n", cut + 1));
      if (boundary > Math.floor(limit / 2)) { cut = boundary; }
      var part = rest.slice(0, cut);
      while (part.length && isSpace(part[part.length - 1])) { part.pop(); }
      parts.push(part);
      rest = rest.slice(cut);
      while (rest.length && isSpace(rest[0])) { rest.shift(); }
    }
    if (rest.length) { parts.push(rest); }
    return parts;
  }

  function segmentsOf(count, rules) {
    if (count <= rules.segment_septets) { return count ? 1 : 0; }
    return Math.ceil(count / rules.concatenated_segment_septets);
  }

  function size(body, rules) {
    var text = toGsm7(body || "", rules);
    var unsupported = [];
    codePoints(text).forEach(function (ch) {
      if (!inGsm7(ch, rules) && unsupported.indexOf(ch) < 0) {
        unsupported.push(ch);
      }
    });
    var parts = splitForSms(text, rules);
    var last = parts.length ? septets(parts[parts.length - 1], rules) : 0;
    var capacity = last <= rules.segment_septets ? rules.segment_septets : rules.max_septets;
    var segments = 0;
    parts.forEach(function (part) { segments += segmentsOf(septets(part, rules), rules); });
    return { parts: parts.length, segments: segments, left: capacity - last, unsupported: unsupported.sort() };
  }

  function summary(found, rules) {
    if (found.unsupported.length) { return "Kan ikke sendes på SMS: " + found.unsupported.join(" "); }
    if (found.parts > rules.max_parts) { return "For langt: blir " + found.parts + " SMS, høyst " + rules.max_parts; }
    return found.left + " tegn igjen · " + found.segments + " SMS-segment" + (found.segments === 1 ? "" : "er");
  }

  function watch(textarea, rules) {
    var counter = document.getElementById(textarea.getAttribute("data-sms-counter"));
    var announcement = textarea.parentNode.querySelector("[data-counter-announcement]");
    var form = textarea.form;
    var timer = null;
    function update() {
      var found = size(textarea.value, rules);
      var text = summary(found, rules);
      counter.textContent = text;
      counter.classList.toggle("is-invalid", found.unsupported.length > 0);
      counter.classList.toggle("is-over", found.parts > rules.max_parts);
      var refused = found.unsupported.length > 0 || found.parts > rules.max_parts;
      textarea.setCustomValidity(refused ? text : "");
      if (announcement) {
        clearTimeout(timer);
        timer = setTimeout(function () { announcement.textContent = text; }, 1500);
      }
    }
    textarea.addEventListener("input", update);
    if (form) {
      form.addEventListener("submit", function (event) {
        update();
        if (!textarea.checkValidity()) { event.preventDefault(); textarea.reportValidity(); }
      });
    }
    update();
    return update;
  }

  function insertAtCursor(textarea, text) {
    var start = textarea.selectionStart, end = textarea.selectionEnd, value = textarea.value;
    textarea.value = value.slice(0, start) + text + value.slice(end);
    textarea.selectionStart = textarea.selectionEnd = start + text.length;
    textarea.focus();
  }

  function init() {
    var rulesElement = document.getElementById("sms-rules");
    if (!rulesElement) { return; }
    var rules = JSON.parse(rulesElement.textContent);
    document.querySelectorAll("textarea[data-sms-counter]").forEach(function (textarea) {
      var update = watch(textarea, rules);
      var picker = document.querySelector("form[data-saved-replies]");
      var bodies = document.getElementById("saved-reply-bodies");
      if (picker && bodies) {
        var texts = JSON.parse(bodies.textContent);
        picker.addEventListener("submit", function (event) {
          var chosen = picker.querySelector("select").value;
          if (!Object.prototype.hasOwnProperty.call(texts, chosen)) { return; }
          event.preventDefault();
          insertAtCursor(textarea, texts[chosen]);
          update();
        });
      }
    });
  }

  window.KontaktSms = { size: size, summary: summary };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
}());
