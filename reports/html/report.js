// The report's controls: filter by verdict and check, search, j/k (or n/p) for the next and
// previous problem, copy a finding's link. Everything it acts on is in the page without it.
(function () {
  "use strict";
  var bar = document.getElementById("controls");
  if (!bar) return;
  bar.hidden = false;
  var search = document.getElementById("fc-search");
  var check = document.getElementById("fc-check");
  var status = document.getElementById("fc-status");
  var buttons = Array.prototype.slice.call(bar.querySelectorAll("button[data-v]"));
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-v][data-check]"));
  var texts = items.map(function (el) { return el.textContent.toLowerCase(); });

  function shown(v) {
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].getAttribute("data-v") === v) {
        return buttons[i].getAttribute("aria-pressed") === "true";
      }
    }
    return true;
  }

  // Hides what the filters leave out; a passes fold opens when a search finds a pass in it.
  function apply() {
    var words = search.value.trim().toLowerCase();
    var only = check.value;
    var count = 0;
    items.forEach(function (el, i) {
      var keep = shown(el.getAttribute("data-v")) &&
          (!only || el.getAttribute("data-check") === only) &&
          (!words || texts[i].indexOf(words) >= 0);
      el.classList.toggle("is-hidden", !keep);
      if (keep) count++;
      if (keep && words) {
        var fold = el.closest("details");
        if (fold) fold.open = true;
      }
    });
    status.textContent = count + " of " + items.length + " findings shown";
  }

  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      b.setAttribute("aria-pressed", b.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply();
    });
  });
  search.addEventListener("input", apply);
  check.addEventListener("change", apply);

  // A count in the problems list shows only its verdict, or only its check.
  Array.prototype.forEach.call(document.querySelectorAll("a[data-only]"), function (a) {
    a.addEventListener("click", function () {
      var v = a.getAttribute("data-only");
      buttons.forEach(function (b) {
        b.setAttribute("aria-pressed", String(b.getAttribute("data-v") === v));
      });
      apply();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("a[data-only-check]"), function (a) {
    a.addEventListener("click", function () {
      check.value = a.getAttribute("data-only-check");
      apply();
    });
  });

  // j/n and k/p move through the problems (errors and warnings) still shown.
  function step(by) {
    var all = Array.prototype.slice.call(document.querySelectorAll("[data-problem]"))
        .filter(function (el) { return el.offsetParent !== null; });
    if (!all.length) return;
    var here = all.findIndex(function (el) { return el.id && location.hash === "#" + el.id; });
    if (here < 0) {
      var top = window.scrollY;
      here = by > 0 ? -1 : all.length;
      for (var i = 0; i < all.length; i++) {
        var y = all[i].getBoundingClientRect().top + window.scrollY;
        if (by > 0 && y <= top + 1) here = i;
        if (by < 0 && y >= top - 1) { here = i; break; }
      }
    }
    var next = all[Math.max(0, Math.min(all.length - 1, here + by))];
    history.replaceState(null, "", "#" + next.id);
    next.scrollIntoView({block: "start"});
    next.focus({preventScroll: true});
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target.tagName;
    if (t === "INPUT" || t === "SELECT" || t === "TEXTAREA") return;
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
    if (e.key === "/") { search.focus(); e.preventDefault(); }
  });

  // A finding's link goes to the clipboard as well as the address bar.
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a.permalink") : null;
    if (!a || !navigator.clipboard) return;
    var url = location.href.split("#")[0] + a.getAttribute("href");
    navigator.clipboard.writeText(url).then(function () {
      status.textContent = "link copied: " + url;
    }, function () {});
  });

  // Printing shows every fold open.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) {
      d.open = true;
    });
  });
  apply();
})();
