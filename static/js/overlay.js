// The livestream overlay: shows the cue the producers put on air, as they step
// (followCues, static/js/cues.js).
(function () {
  "use strict";
  var body = document.body;
  var url = body.getAttribute("data-events");
  var show = body.getAttribute("data-show");
  function put(position) {
    var cues = document.querySelectorAll(".cue");
    for (var i = 0; i < cues.length; i++) {
      var on = cues[i].getAttribute("data-position") === String(position);
      cues[i].hidden = !on;
    }
    body.setAttribute("data-position", String(position));
  }
  window.followCues(url, show, put);
})();
