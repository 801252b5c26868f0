// A static file server for the end-to-end suite: serves a folder on 127.0.0.1.
// Usage: node tests/e2e/server.mjs ROOT PORT [--compress]
// With --compress it answers in brotli or gzip when the browser accepts them, as static
// hosts do (the benchmark measures that way).
import { createServer } from "node:http";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const root = resolve(process.argv[2] || "dist");
// Host pages written for the tests, served beside the widget's files.
const hosts = resolve(new URL("hosts", import.meta.url).pathname);
const port = Number(process.argv[3] || 4173);
const compress = process.argv.includes("--compress");
const compressible = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);
const packed = new Map();
function encode(file, body, accept) {
  const enc = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
  if (!compress || !enc || !compressible.has(extname(file))) return [body, null];
  const key = `${enc}:${file}:${body.length}`;
  if (!packed.has(key)) {
    packed.set(key, enc === "br" ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 }));
  }
  return [packed.get(key), enc];
}
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
  // A server that sends the headers and the start of a file, then stalls.
  if (url.pathname.startsWith("/stall/")) {
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    res.write('{"version": "stalled", "roles": [');
    return;
  }
  // A file that never ends and sends no length: a client must stop reading it itself.
  if (url.pathname.startsWith("/endless/")) {
    res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
    const chunk = Buffer.alloc(64 * 1024, " ");
    res.write("[");
    const more = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once("drain", more);
    };
    req.socket.on("close", () => res.destroy());
    more();
    return;
  }
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
  const [dir, rel] = path.startsWith("hosts/") ? [hosts, path.slice("hosts/".length)] : [root, path];
  let file = join(dir, rel);
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    const [body, enc] = encode(file, await readFile(file), req.headers["accept-encoding"] || "");
    const headers = { "content-type": types[extname(file)] || "application/octet-stream", "cache-control": "no-store" };
    if (enc) Object.assign(headers, { "content-encoding": enc, vary: "accept-encoding" });
    // Every page is served with the strict policy an embedder may use, except "loose-" pages.
    if (extname(file) === ".html" && !/(^|\/)loose-[^/]*$/.test(file)) {
      headers["content-security-policy"] = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
