// Follows the livestream's cue through server-sent events, for the overlay and the
// control page: calls put(position) on every step. EventSource reconnects by itself and
// sends Last-Event-ID; a stream closed for good (refused, server gone) is started again
// shortly; when the run of show changed (another pick, a late decision) the page
// reloads to get it.
window.followCues = function (url, show, put) {
  "use strict";
  if (!url || !window.EventSource) {
    return;
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
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 2000);
      }
    });
  }
  connect();
};
