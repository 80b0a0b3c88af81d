// NewsReader: apply saved reading settings before first paint.
// Loaded in <head> without defer. Never throws: storage may be unavailable.
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.add("js");

  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function readInt(key, min, max) {
    var value = parseInt(read(key), 10);
    return value >= min && value <= max ? value : null;
  }

  try {
    var theme = read("nr-theme");
    if (theme === "light" || theme === "dark" || theme === "sepia") {
      root.setAttribute("data-theme", theme);
    } else if (theme === "system") {
      root.removeAttribute("data-theme");
    }

    var size = readInt("nr-font-size", 16, 28);
    if (size !== null) root.style.setProperty("--reader-font-size", size + "px");

    var measure = readInt("nr-measure", 50, 80);
    if (measure !== null) root.style.setProperty("--reader-measure", measure + "ch");
  } catch (e) {
    // Defaults from tokens.css apply.
  }
})();
