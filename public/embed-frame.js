// The iframe form: one widget, full frame, configured by the query string
// (?view=compare&roles=a,b&country=GB, and data-src for a dataset of the host's), posting its height to the host page so the host
// can size the frame: { type: "career-explorer:height", height: N }.
const el = document.querySelector("career-explorer");
const params = new URLSearchParams(location.search);
// The attributes the frame passes on (the build writes the list).
for (const name of "__CE_FRAME_ATTRIBUTES__") {
  const value = params.get(name);
  if (value !== null) el.setAttribute(name, value);
}
let last = 0;
const post = () => {
  const height = Math.ceil(el.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: "career-explorer:height", height }, "*");
  }
};
new ResizeObserver(post).observe(el);
await import("./embed.js");
