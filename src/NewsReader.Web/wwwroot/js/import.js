// NewsReader import page: drag and drop onto the file chooser, and a list of the
// chosen files. Without this script the plain <input type="file"> still works.
(() => {
  "use strict";

  const zone = document.querySelector(".import-form .drop-zone");
  const input = zone ? zone.querySelector('input[type="file"]') : null;
  if (!zone || !input) return;

  /* The list of chosen files, created here because it needs the script */
  const list = document.createElement("ul");
  list.className = "chosen-files";
  list.setAttribute("aria-label", "Chosen files");
  list.setAttribute("aria-live", "polite");
  list.hidden = true;

  zone.append(list);

  const formatSize = (bytes) => {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  };

  const item = (name, detail, skipped) => {
    const li = document.createElement("li");
    if (skipped) li.className = "is-skipped";
    const nameSpan = document.createElement("span");
    nameSpan.className = "name";
    nameSpan.textContent = name;
    const detailSpan = document.createElement("span");
    detailSpan.className = "size";
    detailSpan.textContent = detail;
    li.append(nameSpan, " ", detailSpan);
    return li;
  };

  // Files left out of the last drop (wrong type), shown once with the chosen ones.
  let skipped = [];

  const render = () => {
    const files = Array.from(input.files || []);
    list.replaceChildren(
      ...files.map((file) => item(file.name, formatSize(file.size), false)),
      ...skipped.map((file) => item(file.name, "not a supported type", true)),
    );
    list.hidden = list.childElementCount === 0;
    skipped = [];
  };

  input.addEventListener("change", render);
  if (input.files && input.files.length > 0) render(); // selection restored by the browser

  // Dropped files reach the input through a DataTransfer; without one, stop here.
  const canAssign = (() => {
    try {
      return typeof DataTransfer === "function" && new DataTransfer() !== null;
    } catch {
      return false;
    }
  })();
  if (!canAssign) return;

  const dropHint = document.createElement("p");
  dropHint.className = "drop-hint";
  dropHint.textContent = "You can also drop files here.";
  input.insertAdjacentElement("afterend", dropHint);

  /* Which dropped files the input's accept attribute allows */
  const acceptRules = (input.getAttribute("accept") || "")
    .split(",")
    .map((rule) => rule.trim().toLowerCase())
    .filter(Boolean);

  const accepts = (file) => {
    if (acceptRules.length === 0) return true;
    const name = file.name.toLowerCase();
    const type = (file.type || "").toLowerCase();
    return acceptRules.some((rule) => {
      if (rule.startsWith(".")) return name.endsWith(rule);
      if (rule.endsWith("/*")) return type.startsWith(rule.slice(0, -1));
      return type === rule;
    });
  };

  const assign = (files) => {
    try {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      input.files = transfer.files;
      return true;
    } catch {
      return false;
    }
  };

  /* Drag and drop */
  const carriesFiles = (event) =>
    Boolean(event.dataTransfer) && Array.from(event.dataTransfer.types || []).includes("Files");

  let depth = 0; // dragenter/dragleave fire for every child; count them

  zone.addEventListener("dragenter", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    zone.classList.add("is-dragover");
  });

  zone.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  });

  zone.addEventListener("dragleave", (event) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) zone.classList.remove("is-dragover");
  });

  zone.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    zone.classList.remove("is-dragover");

    const dropped = Array.from(event.dataTransfer.files || []);
    let chosen = dropped.filter(accepts);
    const rejected = dropped.filter((file) => !accepts(file));
    if (!input.multiple) chosen = chosen.slice(0, 1);

    if (chosen.length === 0) {
      skipped = rejected;
      render();
      return;
    }
    skipped = rejected;
    if (assign(chosen)) input.dispatchEvent(new Event("change", { bubbles: true }));
    else render();
  });

  // A file dropped just outside the zone would otherwise replace the page.
  window.addEventListener("dragover", (event) => {
    if (carriesFiles(event) && !zone.contains(event.target)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = "none";
    }
  });
  window.addEventListener("drop", (event) => {
    if (carriesFiles(event) && !zone.contains(event.target)) event.preventDefault();
  });
})();
