// career-explorer embed: defines <career-explorer>. Load it once per page; use the tag as
// often as you like.
//
// What a widget costs its page: as soon as the tag is connected, its first view is painted
// from HTML carried in this file (rendered at build time by the widget's own components),
// inside a shadow root with the widget's style sheet. The WebAssembly that makes it live is
// fetched only when the widget comes within a screen of being seen, or the reader focuses
// or clicks it; loading="eager" on the tag starts it at once. Every widget on a page shares
// one load. What the reader typed, focused or clicked before the takeover is handed over.
//
// It runs as a module or as a classic script. A classic <script src=".../embed.js"> placed
// before the tag defines the element before the parser reaches it, so the first view is
// there from the page's first paint and nothing after the widget ever moves.
//
// The build writes the hashed file names, the style sheet, the first views and the
// attribute lists below.
(() => {
"use strict";
const STYLES = "__CE_STYLES__";
const FIRST_VIEWS = "__CE_FIRST_VIEWS__";
// Every attribute of the element, and those no prerendered first view allows for.
const ATTRIBUTES = "__CE_ATTRIBUTES__";
const UNRENDERED = "__CE_UNRENDERED__";
// The name each view goes by in a link or the `view` attribute, and its key.
const VIEW_NAMES = "__CE_VIEW_NAMES__";
// The views that open with what a reader kept (ticked skills, recent comparisons), and the
// localStorage key it is kept under.
const KEPT = "__CE_KEPT__";

// <load> (the single-file edition puts its own loader here)
const GLUE = "__GLUE_JS__";
const WASM = "__WASM_FILE__";
// This file's own folder: the running classic script, or the module as the page loaded it.
const self =
  document.currentScript?.src ||
  performance.getEntriesByType("resource").map((e) => e.name).find((n) => /\/embed\.js([?#]|$)/.test(n)) ||
  [...document.scripts].map((s) => s.src).find((src) => /\/embed\.js([?#]|$)/.test(src)) ||
  location.href;
const base = new URL(".", self).href;
const PRERENDER = true;
const load = () => {
  // The wasm downloads (and compiles, streaming) while the glue module loads.
  const wasm = fetch(new URL(WASM, base));
  return import(new URL(GLUE, base).href).then(async (glue) => {
    await glue.default({ module_or_path: wasm });
    return glue;
  });
};
// </load>

// Once loaded, the built-in dataset is read in a task of its own, before the first mount.
let started;
const start = () =>
  (started ??= load().then((glue) => {
    glue.prepare();
    return new Promise((resolve) => setTimeout(() => resolve(glue), 0));
  }));

let sheet;
function widgetSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

const failureSheet = () => {
  const s = new CSSStyleSheet();
  s.replaceSync(
    ":host{display:block}p{margin:0;padding:16px;border:2px solid #a4262c;border-radius:8px;background:#fdf3f4;color:#7a1a1f;font:16px/1.5 system-ui,sans-serif}",
  );
  return s;
};

function showFailure(el, error) {
  console.error("career-explorer: could not start", error);
  const root = el.shadowRoot || el.attachShadow({ mode: "open" });
  root.adoptedStyleSheets = [failureSheet()];
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = "The career explorer could not start in this browser. Reload the page to try again.";
  root.replaceChildren(p);
}

const escapeAttribute = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

// The key of the prerendered view this element opens with, or null when its attributes,
// its own dataset or (with sync-url) the address ask for something else.
function firstView(el) {
  if (!PRERENDER) return null;
  if (UNRENDERED.some((n) => el.hasAttribute(n))) return null;
  if (el.querySelector(":scope > script[type='application/json']")) return null;
  let key = (el.getAttribute("view") || "").trim() || "explore";
  if (el.hasAttribute("sync-url")) {
    if (new URLSearchParams(location.search).has("data")) return null;
    if (location.hash.length > 1) {
      const m = /^#\/([a-z]+)$/.exec(location.hash);
      if (!m) return null;
      key = m[1];
    }
  }
  key = Object.hasOwn(VIEW_NAMES, key) ? VIEW_NAMES[key] : key;
  // What the reader kept would make the live view differ from the one rendered at build time.
  if (Object.hasOwn(KEPT, key) && kept(KEPT[key])) return null;
  const country = (el.getAttribute("country") || "").trim();
  if (country && country !== FIRST_VIEWS.country) key += `:${country}`;
  return Object.hasOwn(FIRST_VIEWS.views, key) ? key : null;
}

// Whether this reader has kept something under `key` (storage may be forbidden: then not).
function kept(key) {
  try {
    return !!localStorage.getItem(key);
  } catch {
    return false;
  }
}

// A `height` attribute sizes the box from its first paint; the widget checks it again
// (career_model::state::css_length) and warns about a value it can't use.
function applyHeight(el) {
  const h = (el.getAttribute("height") || "").trim();
  const m = /^(\d*\.?\d*)(px|em|rem|vh|svh|dvh|%)?$/.exec(h);
  if (m && Number(m[1]) > 0) el.style.setProperty("--ce-height", m[1] + (m[2] || "px"));
}

// Paints the box at once: the first view as HTML, or a placeholder of a reserved height.
// Called again when an attribute changes before the widget is live. A page may carry the
// first view itself, in a declarative shadow root the build wrote (the standalone page):
// when it is the view this element opens with, it stays as it is (with its own link to the
// style sheet) until the takeover.
function paint(el) {
  applyHeight(el);
  const key = firstView(el) ?? "";
  const root = el.shadowRoot;
  if (root && root.querySelector(".ce-root")?.dataset.ceView === key) return;
  const shadow = root || el.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = [widgetSheet()];
  if (key) {
    const html = FIRST_VIEWS.views[key].replaceAll("__CE_BASE__/", escapeAttribute(base));
    shadow.innerHTML = `<div class="ce-root ce-prerender" data-ce-view="${key}">${html}</div>`;
  } else {
    shadow.innerHTML = '<div class="ce-root ce-placeholder" data-ce-view=""><p class="ce-loading" role="status">Loading the career explorer…</p></div>';
  }
}

// The controls of a view, in document order: the prerender and the live view list the same.
const CONTROLS = "input, select, textarea, button";
const controls = (root) => [...root.querySelectorAll(CONTROLS)];

// What the reader did to the prerendered view: the controls' values, the focus, the first
// button pressed.
function snapshot(el) {
  const root = el.shadowRoot;
  if (!root || !root.querySelector(".ce-prerender")) return null;
  const list = controls(root);
  return {
    values: list.map((c) => (c.type === "checkbox" || c.type === "radio" ? c.checked : c.value)),
    focus: list.indexOf(root.activeElement),
    selection: root.activeElement && "selectionStart" in root.activeElement ? root.activeElement.selectionStart : null,
    click: el.pendingClick ? list.indexOf(el.pendingClick) : -1,
  };
}

function handOver(el, snap) {
  const list = controls(el.shadowRoot);
  // Another view than the one prerendered (a link's hash, say): nothing to hand over.
  if (!snap || list.length !== snap.values.length) return;
  snap.values.forEach((value, i) => {
    const c = list[i];
    if (c.type === "checkbox" || c.type === "radio") {
      if (c.checked !== value) c.click();
    } else if (c.tagName !== "BUTTON" && c.value !== value) {
      c.value = value;
      c.dispatchEvent(new Event(c.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
    }
  });
  const focused = list[snap.focus];
  if (focused) {
    focused.focus();
    if (snap.selection !== null && typeof focused.setSelectionRange === "function") {
      try {
        focused.setSelectionRange(snap.selection, snap.selection);
      } catch {
        // Inputs of type number have no selection.
      }
    }
  }
  if (list[snap.click]) list[snap.click].click();
}

// Widgets start when they come within a screen of the viewport.
let observer;
// The address of the dataset the tag asks for, if any, by the widget's own rule
// (`requested`): none for an inline one, else `data-src`, else `?data=` in the address of
// a page the widget mirrors.
const dataUrl = (el) =>
  (!el.querySelector(":scope > script[type='application/json']") &&
    (el.getAttribute("data-src")?.trim() ||
      (el.hasAttribute("sync-url") && new URLSearchParams(location.search).get("data")))) ||
  null;

// That dataset, fetched while the WebAssembly loads. The widget takes the answer with a
// signal of its own, which then cancels the fetch (a newer load, its time limit).
function fetchData(el) {
  const url = dataUrl(el);
  if (!url) return null;
  const abort = new AbortController();
  const answer = fetch(url, { signal: abort.signal });
  answer.catch(() => {});
  const take = (signal) => {
    signal.addEventListener("abort", () => abort.abort());
    return answer;
  };
  return { url, take, abort };
}

function watch(el) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) e.target.wake();
    },
    { rootMargin: "100% 0px 100% 0px" },
  );
  observer.observe(el);
}

class CareerExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  connectedCallback() {
    if (this.widget || this.starting) return;
    paint(this);
    if (this.getAttribute("loading") === "eager") {
      this.wake();
      return;
    }
    if (!this.listening) {
      this.listening = true;
      const wake = () => this.wake();
      this.addEventListener("focusin", wake);
      this.addEventListener("pointerdown", wake);
      // A button pressed on the prerendered view is pressed again once the view is live.
      this.addEventListener("click", (event) => {
        const target = event.composedPath()[0];
        if (this.live || this.pendingClick || !(target instanceof Element)) return;
        const button = target.closest("button");
        if (button && this.shadowRoot?.contains(button)) this.pendingClick = button;
        this.wake();
      });
    }
    watch(this);
  }

  wake() {
    if (this.widget || this.starting || !this.isConnected) return;
    this.starting = true;
    observer?.unobserve(this);
    // The first view painted from HTML reaches the screen before the widget starts.
    const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    let data = fetchData(this);
    Promise.all([start(), painted])
      .then(([glue]) => {
        // Taken off the page while loading: it starts again when put back.
        if (this.widget || !this.isConnected) return data?.abort.abort();
        // The tag asks for another dataset by now: the widget fetches that one itself.
        if (data && data.url !== dataUrl(this)) {
          data.abort.abort();
          data = null;
        }
        // The widget builds its view off screen and calls this to put it in place.
        this.widget = glue.mount_element(this, base, (live) => {
          const snap = snapshot(this);
          const root = this.shadowRoot;
          if (!root.adoptedStyleSheets.includes(widgetSheet())) root.adoptedStyleSheets = [widgetSheet()];
          root.replaceChildren(live);
          this.live = true;
          this.pendingClick = null;
          handOver(this, snap);
        }, data?.take);
        if (!this.widget) throw new Error("the widget did not mount");
      })
      .catch((error) => {
        data?.abort.abort();
        showFailure(this, error);
      })
      .finally(() => {
        this.starting = false;
      });
  }

  // A widget taken off the page is released (its listeners, timers and loads), unless it
  // was only moved; put back, it starts again.
  disconnectedCallback() {
    observer?.unobserve(this);
    queueMicrotask(() => {
      if (this.isConnected || !this.widget) return;
      const widget = this.widget;
      this.widget = null;
      this.live = false;
      widget.unmount();
      widget.free();
      this.shadowRoot?.replaceChildren();
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (this.widget) {
      this.widget.set_attribute(name, after ?? undefined);
    } else if (this.shadowRoot && !this.starting) {
      // Not live yet: the box shows what the attributes now ask for.
      paint(this);
      if (name === "loading" && after === "eager") this.wake();
    }
  }
}

if (!customElements.get("career-explorer")) {
  customElements.define("career-explorer", CareerExplorerElement);
}
})();
