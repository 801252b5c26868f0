// Registers the standalone page's service worker, and offers "Reload to update" when a
// new build is waiting. Where registration fails (file://, some private modes) nothing
// is shown: the page works as before, online.
const notice = document.getElementById("update");

function offer(registration) {
  if (!notice || !registration.waiting || !navigator.serviceWorker.controller) return;
  notice.hidden = false;
  notice.querySelector("button").onclick = () => registration.waiting?.postMessage("skip-waiting");
}

if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
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
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!reloading && notice && !notice.hidden) {
      reloading = true;
      location.reload();
    }
  });
}
