// The livestream control page: keyboard shortcuts (space or the arrow pointing the way
// the page reads: next; the other arrow: previous; Home: off air; End: the closing), steps sent without leaving the page, and every producer's steps
// followed through server-sent events, so two producers see the same state.
(function () {
  "use strict";
  var root = document.getElementById("live-control");
  if (!root) {
    return;
  }
  var show = root.getAttribute("data-show");
  var last = Number(root.getAttribute("data-last"));
  function position() {
    return Number(root.getAttribute("data-position"));
  }
  function preview(pos) {
    var item = root.querySelector('.live-cue[data-position="' + pos + '"] template');
    return item ? item.innerHTML : "";
  }
  function put(pos) {
    root.setAttribute("data-position", String(pos));
    var ats = root.querySelectorAll('input[name="at"]');
    for (var i = 0; i < ats.length; i++) {
      ats[i].value = String(pos);
    }
    var items = root.querySelectorAll(".live-cue");
    for (var j = 0; j < items.length; j++) {
      if (items[j].getAttribute("data-position") === String(pos)) {
        items[j].setAttribute("aria-current", "step");
      } else {
        items[j].removeAttribute("aria-current");
      }
    }
    document.getElementById("live-on-air").innerHTML = preview(pos);
    document.getElementById("live-next").innerHTML = preview(pos + 1);
  }
  function send(form) {
    var data = new URLSearchParams(new FormData(form));
    // Not form.action: the form's input named "action" shadows that property.
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (res) {
      return res.json().then(function (body) {
        if (res.ok) {
          put(body.position);
        } else if (body.message) {
          window.alert(body.message);
        }
      });
    });
  }
  var forms = root.querySelectorAll("form.live-step");
  for (var k = 0; k < forms.length; k++) {
    forms[k].addEventListener("submit", function (e) {
      e.preventDefault();
      send(e.currentTarget);
    });
  }
  function submit(action, to) {
    var form = root.querySelector('form.live-step input[name="action"][value="' + action + '"]');
    if (action === "jump") {
      var target = root.querySelector('.live-cue[data-position="' + to + '"] form');
      if (target) {
        send(target);
      }
      return;
    }
    if (form) {
      send(form.form);
    }
  }
  // The arrow that points the way the page reads goes forward.
  var rtl = document.documentElement.getAttribute("dir") === "rtl";
  var forward = rtl ? "ArrowLeft" : "ArrowRight";
  var back = rtl ? "ArrowRight" : "ArrowLeft";
  document.addEventListener("keydown", function (e) {
    var tag = (e.target && e.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || e.altKey || e.ctrlKey || e.metaKey) {
      return;
    }
    // Space or Enter on a focused button is that button's own press.
    if (tag === "BUTTON" && (e.key === " " || e.key === "Enter")) {
      return;
    }
    if ((e.key === forward || e.key === " " || e.key === "PageDown") && position() < last) {
      e.preventDefault();
      submit("next");
    } else if ((e.key === back || e.key === "PageUp") && position() > 0) {
      e.preventDefault();
      submit("previous");
    } else if (e.key === "Home") {
      e.preventDefault();
      submit("jump", 0);
    } else if (e.key === "End") {
      e.preventDefault();
      submit("jump", last);
    }
  });
  window.followCues(root.getAttribute("data-events"), show, put);
})();
