// The gallery's filter groups are open on wide screens; on a phone they start closed
// (a group with a chosen filter stays open), so the projects come first. Without
// JavaScript every group is simply open.
if (window.matchMedia("(max-width: 60rem)").matches) {
  for (const group of document.querySelectorAll("details.facet")) {
    if (!group.querySelector("a.selected")) {
      group.open = false;
    }
  }
}
