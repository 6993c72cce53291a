// Shows the name of the file chosen in each file picker (ui.file_picker), since the
// browser's own label is hidden behind the page-language button.
for (const input of document.querySelectorAll("input.file-input")) {
  const name = document.querySelector(`[data-file-name-for="${input.id}"]`);
  if (name) {
    input.addEventListener("change", () => {
      name.textContent = Array.from(input.files, (f) => f.name).join(", ");
    });
  }
}
