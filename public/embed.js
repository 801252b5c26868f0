// career-explorer embed: defines <career-explorer> and starts the widget's WebAssembly,
// found relative to this script's own URL so the files can be hosted at any path.
// Load it once per page; use the tag as often as you like.
//
// The build writes the hashed file names below.
const GLUE = "__GLUE_JS__";
const WASM = "__WASM_FILE__";
const base = new URL(".", import.meta.url);
const ATTRIBUTES = ["view", "role", "roles", "from", "to", "country", "theme", "height", "sync-url", "data-version", "data-src"];

let started;
function start() {
  if (!started) {
    // The wasm downloads (and compiles, streaming) while the glue module loads.
    const wasm = fetch(new URL(WASM, base));
    started = import(new URL(GLUE, base).href).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    });
  }
  return started;
}

const failureSheet = () => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    ":host{display:block}p{margin:0;padding:16px;border:2px solid #a4262c;border-radius:8px;background:#fdf3f4;color:#7a1a1f;font:16px/1.5 system-ui,sans-serif}",
  );
  return sheet;
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

class CareerExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  connectedCallback() {
    if (this.widget || this.starting) return;
    this.starting = true;
    start()
      .then((glue) => {
        this.widget = glue.mount_element(this, base.href);
        if (!this.widget) throw new Error("the widget did not mount");
      })
      .catch((error) => showFailure(this, error))
      .finally(() => {
        this.starting = false;
      });
  }

  attributeChangedCallback(name, before, after) {
    if (this.widget && before !== after) this.widget.set_attribute(name, after ?? undefined);
  }
}

if (!customElements.get("career-explorer")) {
  customElements.define("career-explorer", CareerExplorerElement);
}
