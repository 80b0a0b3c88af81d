// NewsReader reader view: highlight the selected words, with an optional note.
// Each run of the article's words carries data-at, where it starts in the reader text the server anchors highlights in;
// a selection becomes a start and an end in that text (speaker tags and the dateline, outside those runs, do not count).
// Without JavaScript the quote list's Highlight buttons still work.
(() => {
  "use strict";

  const body = document.querySelector(".article-body");
  const dialog = document.getElementById("highlight-dialog");
  const form = document.getElementById("highlight-form");
  if (!body || !(dialog instanceof HTMLDialogElement) || typeof dialog.showModal !== "function" || !form) return;
  for (const hint of document.querySelectorAll(".js-only")) hint.hidden = false;

  // The article's text nodes that count, in document order, each with where it starts in the reader text.
  const textNodes = () => {
    const nodes = [];
    for (const run of body.querySelectorAll("[data-at]")) {
      let at = Number.parseInt(run.dataset.at ?? "", 10);
      if (Number.isNaN(at)) continue;
      const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, at });
        at += node.data.length;
      }
    }
    return nodes;
  };

  // The reader-text offsets of a range, or null when it holds none of the article's words.
  const offsets = (range) => {
    let start = null;
    let end = null;
    const parts = [];
    for (const { node, at } of textNodes()) {
      if (!range.intersectsNode(node)) continue;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      if (to <= from) continue;
      start ??= at + from;
      end = at + to;
      parts.push(node.data.slice(from, to));
    }
    return start === null || end === null ? null : { start, end, exact: parts.join("") };
  };

  const currentSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.commonAncestorContainer) && !range.intersectsNode(body)) return null;
    const found = offsets(range);
    return found && found.exact.trim().length > 0 ? found : null;
  };

  const open = (found) => {
    form.elements.namedItem("start").value = String(found.start);
    form.elements.namedItem("end").value = String(found.end);
    form.elements.namedItem("exact").value = found.exact;
    const preview = document.getElementById("highlight-preview");
    if (preview) preview.textContent = found.exact.length > 300 ? `${found.exact.slice(0, 300)}…` : found.exact;
    hideButton();
    dialog.showModal();
    document.getElementById("highlight-note")?.focus();
  };

  for (const cancel of dialog.querySelectorAll("[data-close]")) cancel.addEventListener("click", () => dialog.close());

  // A small button beside the selection; "h" does the same from the keyboard.
  const button = document.createElement("button");
  button.type = "button";
  button.className = "highlight-button";
  button.textContent = "Highlight";
  button.hidden = true;
  document.body.append(button);
  let pending = null;
  const hideButton = () => {
    button.hidden = true;
    pending = null;
  };
  button.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection
  button.addEventListener("click", () => {
    if (pending) open(pending);
  });

  const showButton = () => {
    const found = currentSelection();
    if (!found) {
      hideButton();
      return;
    }
    pending = found;
    const rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
    button.style.top = `${window.scrollY + rect.bottom + 6}px`;
    button.style.left = `${window.scrollX + Math.max(8, rect.left)}px`;
    button.hidden = false;
  };
  document.addEventListener("mouseup", () => window.setTimeout(showButton, 0));
  document.addEventListener("keyup", (event) => {
    if (event.key.startsWith("Shift") || event.key.startsWith("Arrow")) showButton();
  });

  document.addEventListener("keydown", (event) => {
    if (event.key !== "h" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]")) return;
    if (document.querySelector("dialog[open]")) return;
    const found = currentSelection();
    if (!found) return;
    event.preventDefault();
    open(found);
  });
})();
