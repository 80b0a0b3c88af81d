// NewsReader reader view: theme and typography controls, keyboard shortcuts and
// the reading progress bar. Loaded with defer. Every feature checks that its
// elements exist, and the pages work without this script.
(() => {
  "use strict";

  const root = document.documentElement;
  root.classList.add("js"); // theme-init.js normally did this already

  /* Storage that never throws (private mode, blocked storage, sandboxed frames) */
  const store = {
    get(key) {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // The setting still applies to this page; it just is not remembered.
      }
    },
  };

  const reducedMotion = () =>
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  const controls = document.querySelector(".reader-controls");

  /* A polite live region, so size changes are announced (the buttons' labels don't change) */
  let status = null;
  if (controls) {
    status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    controls.append(status);
  }
  const announce = (message) => {
    if (status) status.textContent = message;
  };

  /* ------------------------------------------------------------ theme */

  const THEMES = ["light", "dark", "sepia"];

  const currentTheme = () => {
    const theme = root.getAttribute("data-theme");
    return THEMES.includes(theme) ? theme : "system";
  };

  const syncThemeButtons = () => {
    if (!controls) return;
    const theme = currentTheme();
    for (const button of controls.querySelectorAll("button[data-set-theme]")) {
      button.setAttribute("aria-pressed", String(button.dataset.setTheme === theme));
    }
  };

  const applyTheme = (theme) => {
    if (THEMES.includes(theme)) root.setAttribute("data-theme", theme);
    else root.removeAttribute("data-theme");
    syncThemeButtons();
  };

  /* ------------------------------------------------ text size and width */

  const SETTINGS = {
    font: {
      key: "nr-font-size", property: "--reader-font-size", unit: "px",
      min: 16, max: 28, step: 2, initial: 20,
      describe: (v) => `Text size ${v} pixels`,
    },
    measure: {
      key: "nr-measure", property: "--reader-measure", unit: "ch",
      min: 50, max: 80, step: 5, initial: 65,
      describe: (v) => `Line width ${v} characters`,
    },
  };

  const readSetting = (setting) => {
    const value = Number.parseInt(store.get(setting.key) ?? "", 10);
    return Number.isInteger(value) && value >= setting.min && value <= setting.max
      ? value
      : setting.initial;
  };

  // Kept in memory too, so the buttons work even when storage does not.
  const current = { font: readSetting(SETTINGS.font), measure: readSetting(SETTINGS.measure) };

  const setDisabled = (button, disabled) => {
    // aria-disabled rather than disabled, so focus stays on the button at a limit.
    if (disabled) button.setAttribute("aria-disabled", "true");
    else button.removeAttribute("aria-disabled");
  };

  const syncLimitButtons = () => {
    if (!controls) return;
    for (const button of controls.querySelectorAll("button[data-font]")) {
      const { min, max } = SETTINGS.font;
      setDisabled(button, button.dataset.font === "larger" ? current.font >= max : current.font <= min);
    }
    for (const button of controls.querySelectorAll("button[data-measure]")) {
      const { min, max } = SETTINGS.measure;
      setDisabled(button, button.dataset.measure === "wider" ? current.measure >= max : current.measure <= min);
    }
  };

  const applySetting = (name, value) => {
    const setting = SETTINGS[name];
    const clamped = Math.min(setting.max, Math.max(setting.min, value));
    current[name] = clamped;
    root.style.setProperty(setting.property, clamped + setting.unit);
    syncLimitButtons();
    return clamped;
  };

  const changeSetting = (name, direction) => {
    const setting = SETTINGS[name];
    const value = applySetting(name, current[name] + direction * setting.step);
    store.set(setting.key, String(value));
    announce(setting.describe(value));
  };

  if (controls) {
    controls.addEventListener("click", (event) => {
      const button = event.target instanceof Element ? event.target.closest("button") : null;
      if (!button || !controls.contains(button)) return;
      if (button.getAttribute("aria-disabled") === "true") return;

      const { setTheme, font, measure } = button.dataset;
      if (setTheme !== undefined) {
        const theme = THEMES.includes(setTheme) ? setTheme : "system";
        applyTheme(theme);
        store.set("nr-theme", theme);
      } else if (font === "smaller" || font === "larger") {
        changeSetting("font", font === "larger" ? 1 : -1);
      } else if (measure === "narrower" || measure === "wider") {
        changeSetting("measure", measure === "wider" ? 1 : -1);
      }
    });

    syncThemeButtons();
    syncLimitButtons();
  }

  // Another tab changed a setting: follow it.
  window.addEventListener("storage", (event) => {
    if (event.key === "nr-theme") applyTheme(event.newValue ?? "system");
    else if (event.key === SETTINGS.font.key) applySetting("font", readSetting(SETTINGS.font));
    else if (event.key === SETTINGS.measure.key) applySetting("measure", readSetting(SETTINGS.measure));
  });

  /* ----------------------------------------------------------- quotes */

  const QUOTE = "q.quote";

  // A quote may be split over several <q> segments sharing data-quote; the
  // first segment (the one with the id) stands for the whole quote.
  const partsOf = (quote) => {
    const key = quote.dataset.quote;
    if (key === undefined) return [quote];
    return Array.from(document.querySelectorAll(QUOTE)).filter((q) => q.dataset.quote === key);
  };
  const headOf = (quote) => partsOf(quote)[0];

  const quotes = () => {
    const seen = new Set();
    return Array.from(document.querySelectorAll(QUOTE)).filter((q) => {
      const key = q.dataset.quote;
      if (key === undefined) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  const syncPanel = (id) => {
    for (const link of document.querySelectorAll(".quoted-list a[href^='#']")) {
      if (id && link.getAttribute("href") === `#${id}`) link.setAttribute("aria-current", "location");
      else link.removeAttribute("aria-current");
    }
  };

  const selectQuote = (segment, { move }) => {
    const parts = partsOf(segment);
    const quote = parts[0];
    for (const other of document.querySelectorAll(`${QUOTE}.is-current`)) {
      if (!parts.includes(other)) other.classList.remove("is-current");
    }
    for (const part of parts) part.classList.add("is-current");
    syncPanel(quote.id);
    if (!move) return;
    if (!quote.hasAttribute("tabindex")) quote.tabIndex = -1;
    quote.focus({ preventScroll: true });
    quote.scrollIntoView({ block: "center", inline: "nearest", behavior: reducedMotion() ? "auto" : "smooth" });
  };

  // With no current quote, start from what is on screen.
  const startIndex = (list, direction) => {
    if (direction > 0) return list.findIndex((q) => q.getBoundingClientRect().bottom > 0);
    const height = window.innerHeight;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].getBoundingClientRect().top < height) return i;
    }
    return -1;
  };

  const stepQuote = (direction) => {
    const list = quotes();
    if (list.length === 0) return;
    const active = document.activeElement;
    let index = active instanceof Element && active.matches(QUOTE) ? list.indexOf(headOf(active)) : -1;
    if (index < 0) index = list.indexOf(document.querySelector(`${QUOTE}.is-current`));
    index = index < 0 ? startIndex(list, direction) : index + direction;
    if (index >= 0 && index < list.length) selectQuote(list[index], { move: true });
  };

  // Arriving at #quote-N (from the panel or a link) makes that quote current.
  const selectTargetQuote = () => {
    let id = "";
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch {
      return;
    }
    const target = id ? document.getElementById(id) : null;
    if (target && target.matches(QUOTE)) selectQuote(target, { move: false });
  };
  window.addEventListener("hashchange", selectTargetQuote);
  selectTargetQuote();

  // A quote clicked or otherwise focused becomes the place j/k continue from.
  document.addEventListener("focusin", (event) => {
    const target = event.target;
    if (target instanceof Element && target.matches(QUOTE)) selectQuote(target, { move: false });
  });

  /* ------------------------------------------------ shortcuts dialog */

  const dialog = document.getElementById("shortcuts");
  const canShowDialog =
    typeof HTMLDialogElement === "function" &&
    dialog instanceof HTMLDialogElement &&
    typeof dialog.showModal === "function";

  const openShortcuts = () => {
    if (!canShowDialog || dialog.open) return false;
    dialog.showModal();
    return true;
  };

  for (const button of document.querySelectorAll("[data-shortcuts]")) {
    if (canShowDialog) button.addEventListener("click", openShortcuts);
    else button.hidden = true; // nothing to open on this page
  }

  if (canShowDialog) {
    // A click on the backdrop (outside the dialog box) closes it; Escape is native.
    dialog.addEventListener("click", (event) => {
      if (event.target !== dialog) return;
      const box = dialog.getBoundingClientRect();
      const inside =
        event.clientX >= box.left && event.clientX <= box.right &&
        event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) dialog.close();
    });
  }

  /* --------------------------------------------------------- keyboard */

  const isTyping = (element) =>
    element instanceof Element &&
    (element.closest("input, textarea, select") !== null ||
      (element instanceof HTMLElement && element.isContentEditable));

  const followLink = (rel) => {
    const link = document.querySelector(`a[rel~="${rel}"][href]`);
    if (!link) return false;
    window.location.assign(link.href);
    return true;
  };

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    if (document.querySelector("dialog[open]")) return; // the open dialog has the keyboard

    let handled = false;
    switch (event.key) {
      case "j":
        stepQuote(1);
        handled = true;
        break;
      case "k":
        stepQuote(-1);
        handled = true;
        break;
      case "n":
        handled = !event.repeat && followLink("next");
        break;
      case "p":
        handled = !event.repeat && followLink("prev");
        break;
      case "/": {
        const search = document.getElementById("search-q");
        if (search) {
          search.focus();
          if (typeof search.select === "function") search.select();
          handled = true;
        }
        break;
      }
      case "?":
        handled = openShortcuts();
        break;
      default:
        break;
    }
    if (handled) event.preventDefault();
  });

  /* ------------------------------------------------- reading progress */

  const bar = document.querySelector(".progress .progress-bar");
  if (bar) {
    const article = document.querySelector(".article");
    let queued = false;

    const update = () => {
      queued = false;
      const viewport = window.innerHeight;
      let ratio;
      if (article) {
        // 0 when the article's top reaches the top of the viewport,
        // 1 when its bottom reaches the bottom of the viewport.
        const box = article.getBoundingClientRect();
        const travel = box.height - viewport;
        ratio = travel > 0 ? -box.top / travel : 1;
      } else {
        const travel = document.documentElement.scrollHeight - viewport;
        ratio = travel > 0 ? window.scrollY / travel : 1;
      }
      ratio = Math.min(1, Math.max(0, ratio));
      bar.style.transform = `scaleX(${ratio.toFixed(4)})`;
    };

    const queue = () => {
      if (queued) return;
      queued = true;
      window.requestAnimationFrame(update);
    };

    window.addEventListener("scroll", queue, { passive: true });
    window.addEventListener("resize", queue);
    window.addEventListener("load", queue);
    // Text size, width, fonts and images all change the article's height.
    if (article && typeof ResizeObserver === "function") new ResizeObserver(queue).observe(article);
    update();
  }
})();

/* ------------------------------------- mark read at the end of the article */
// Opening an article changes nothing on the server (a prefetch must not mark it
// read). When the reader reaches the end of the text, the page posts the
// Mark read form once, with its antiforgery token; without this script the
// button does the same.
(() => {
  "use strict";

  const button = document.querySelector("form.article-actions button[data-mark-read]");
  const end = document.querySelector(".article-body > :last-child");
  if (!button || !end || typeof IntersectionObserver !== "function" || typeof fetch !== "function") return;

  let sent = false;
  const markRead = async () => {
    if (sent) return;
    sent = true;
    const body = new URLSearchParams(new FormData(button.form));
    try {
      // The handler answers with a redirect back to the article; a library that needs the admin's sign-in sends
      // the visitor to the sign-in page instead, and the article stays unread.
      const response = await fetch(button.formAction, { method: "POST", body, credentials: "same-origin" });
      if (!response.ok || new URL(response.url).pathname !== window.location.pathname) return;
      button.formAction = button.formAction.replace(/handler=Read$/, "handler=Unread");
      button.removeAttribute("data-mark-read");
      button.textContent = "Mark unread";
      document.documentElement.dataset.articleRead = "true";
    } catch {
      // Offline or refused: the article stays unread, and the button still works.
    }
  };

  const watch = () => {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        markRead();
      }
    });
    observer.observe(end);
  };

  // A prerendered page is not being read yet.
  if (document.prerendering) document.addEventListener("prerenderingchange", watch, { once: true });
  else watch();
})();
