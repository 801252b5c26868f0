// Registers the standalone page's service worker, and offers "Reload to update" when a
// new build is waiting. Where registration fails (file://, some private modes) nothing
// is shown: the page works as before, online.
//
// On a first visit the worker fetches every file of the build to keep it offline, the
// single-file edition and every view's file included: several times what the widget needs
// to start. So it is registered only once the widget has taken its first view over, when
// the browser next has a moment to spare, and those downloads never compete with the start.
const notice = document.getElementById("update");

function offer(registration) {
  if (!notice || !registration.waiting || !navigator.serviceWorker.controller) return;
  notice.hidden = false;
  notice.querySelector("button").onclick = () => registration.waiting?.postMessage("skip-waiting");
}

function register() {
  navigator.serviceWorker
    .register("sw.js")
    .then((registration) => {
      offer(registration);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        worker?.addEventListener("statechange", () => worker.state === "installed" && offer(registration));
      });
    })
    .catch(() => {});
}

// Calls `then` once the page's widget is live, or ten seconds after the page's load if it
// never becomes so (its WebAssembly could not start): the page is still kept offline.
function whenLive(then) {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 500));
    idle(then, { timeout: 3000 });
  };
  const root = document.querySelector("career-explorer")?.shadowRoot;
  const live = () => !!root.querySelector(".ce-root:not(.ce-prerender):not(.ce-placeholder)");
  // No first view painted by the page itself (a browser without declarative shadow roots):
  // nothing to wait for.
  if (!root || live()) return once();
  const observer = new MutationObserver(() => {
    if (!live()) return;
    observer.disconnect();
    once();
  });
  observer.observe(root, { childList: true });
  addEventListener("load", () => setTimeout(once, 10_000));
}

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  whenLive(register);
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!reloading && notice && !notice.hidden) {
      reloading = true;
      location.reload();
    }
  });
}
