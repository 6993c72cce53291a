// A project page's players (Scratch, YouTube, Vimeo) load only when the visitor asks:
// pressing the button swaps it for the player's frame. Without JavaScript the button is
// a plain link to the project or video on its own site.
for (const box of document.querySelectorAll("div.embed[data-embed-src]")) {
  const start = box.querySelector("a.embed-start");
  if (!start) {
    continue;
  }
  start.addEventListener("click", (event) => {
    event.preventDefault();
    const frame = document.createElement("iframe");
    frame.src = box.dataset.embedSrc;
    frame.title = box.dataset.embedTitle || "";
    frame.allow = "fullscreen; autoplay; encrypted-media; picture-in-picture";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.loading = "eager";
    box.replaceChildren(frame);
    frame.focus();
  });
}
