// Service worker of the standalone page: precaches exactly this build's files, serves
// them cache-first, and moves to a new build's files only when the reader reloads to
// update, so old and new files are never mixed. The build writes the two values below.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const PREFIX = "career-explorer-";
const CACHE = PREFIX + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

// Only this build's own files (and a page opened at a folder) go through the cache; any
// other request, such as a reader's dataset, goes straight to the network untouched.
const OWN = new Set(FILES.map((file) => new URL(file, self.location.href).href));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const folder = request.mode === "navigate" && url.pathname.endsWith("/");
  if (!folder && !OWN.has(url.origin + url.pathname)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      if (folder) {
        const page = await cache.match("index.html");
        if (page) return page;
      }
      return fetch(request);
    })(),
  );
});
