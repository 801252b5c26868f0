// A static file server for the end-to-end suite: serves a folder on 127.0.0.1.
// Usage: node tests/e2e/server.mjs ROOT PORT
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] || "dist");
// Host pages written for the tests, served beside the widget's files.
const hosts = resolve(new URL("hosts", import.meta.url).pathname);
const port = Number(process.argv[3] || 4173);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  // A server that never answers, for time-out tests.
  if (url.pathname.startsWith("/hang/")) return;
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
  const [dir, rel] = path.startsWith("hosts/") ? [hosts, path.slice("hosts/".length)] : [root, path];
  let file = join(dir, rel);
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] || "application/octet-stream", "cache-control": "no-store" };
    // Every page is served with the strict policy an embedder may use, except "loose-" pages.
    if (extname(file) === ".html" && !/(^|\/)loose-[^/]*$/.test(file)) {
      headers["content-security-policy"] = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
