// The livestream overlay: shows the cue the producers put on air, as they step
// (server-sent events). EventSource reconnects by itself and sends Last-Event-ID; when
// the run of show changed (another pick, a late decision) the page reloads to get it.
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
  function connect() {
    var source = new EventSource(url);
    source.addEventListener("cue", function (e) {
      var cue = JSON.parse(e.data);
      if (cue.show && cue.show !== show) {
        window.location.reload();
        return;
      }
      put(cue.position);
    });
    source.addEventListener("error", function () {
      // A refused or broken stream is closed for good: start again shortly.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 2000);
      }
    });
  }
  if (url && window.EventSource) {
    connect();
  }
})();
