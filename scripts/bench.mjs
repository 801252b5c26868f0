// make bench: how small and how fast the widget is, measured in headless Chromium, beside
// the floor no widget can beat (a static HTML page of the same first view).
// Prints one table and writes target/bench/report.json. Never asserts: it reports.
//
// Usage: node scripts/bench.mjs [DIST]   (env: BENCH_LOADS, default 15)
import { chromium } from "playwright-core";
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join, resolve } from "node:path";
import os from "node:os";
import { generatedDataset } from "./generated-dataset.mjs";

const dist = resolve(process.argv[2] || "dist");
const out = resolve("target/bench");
const site = join(out, "site");
const loads = Number(process.env.BENCH_LOADS || 15);
const port = 4185;
const base = `http://127.0.0.1:${port}`;
const chromiumArgs = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

// ---------------------------------------------------------------------------- bytes
const files = readdirSync(dist);
const pick = (re) => files.find((f) => re.test(f));
const sizes = (path) => {
  const raw = readFileSync(path);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const parts = {
  embed_js: join(dist, "embed.js"),
  glue_js: join(dist, pick(/^career[-_]explorer[^.]*\.js$/)),
  wasm: join(dist, pick(/_bg\.wasm$/)),
  page_css: join(dist, pick(/^page.*\.css$/)),
  data_json: join(dist, "data/careers.json"),
  single_file_html: join(dist, "career-explorer.html"),
};
parts.split_js = join(dist, pick(/^career[-_]explorer[^.]*\.split\.js$/));
const bytes = Object.fromEntries(Object.entries(parts).map(([k, p]) => [k, sizes(p)]));
// What a live widget transfers when it starts: the loader (with the widget's CSS and first
// views), the wasm-bindgen glue, the link module of the views' files and the main wasm
// (with the built-in data).
const total_br_bytes = bytes.embed_js.br + bytes.glue_js.br + bytes.split_js.br + bytes.wasm.br;
// What the first use of each split point fetches (scripts/split-wasm.sh: a view, the role
// profile, the Embed dialog, the reading of a host's dataset): its own wasm and the
// shared pieces it needs, as the link module lists them.
const linkModule = readFileSync(parts.split_js, "utf8");
const splitFiles = {};
for (const m of linkModule.matchAll(/const (\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)/g)) {
  splitFiles[m[1]] = { file: m[2], deps: m[3].split(",").map((d) => d.trim()).filter(Boolean) };
}
const filesOf = (name, seen = new Set()) => {
  if (seen.has(name) || !splitFiles[name]) return seen;
  seen.add(name);
  for (const d of splitFiles[name].deps) filesOf(d, seen);
  return seen;
};
const brOf = (file) => sizes(join(dist, file)).br;
const view_open_br_bytes = Object.fromEntries(
  Object.keys(splitFiles)
    .filter((n) => n.startsWith("__wasm_split_load_build_"))
    .map((n) => [n.slice("__wasm_split_load_build_".length), [...filesOf(n)].reduce((sum, k) => sum + brOf(splitFiles[k].file), 0)]),
);
const views_br_bytes = Object.values(splitFiles).reduce((sum, f) => sum + brOf(f.file), 0);

// ---------------------------------------------------------------------------- the site
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(dist, site, { recursive: true });
const data = JSON.parse(readFileSync(parts.data_json, "utf8"));
const fmt = (n, cur) => {
  const sym = { USD: "$", GBP: "£", INR: "₹" }[cur] ?? `${cur} `;
  return cur === "INR" ? `${sym}${+(n / 1e5).toFixed(1)}L` : `${sym}${+(n / 1e3).toFixed(1)}K`;
};
const payLevel = { junior: "entry", mid: "mid", senior: "senior", lead: "lead" };
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const cards = [...data.roles]
  .sort((a, b) => a.title.toLowerCase().localeCompare(b.title.toLowerCase()))
  .map((r) => {
    const pay = data.salaries.filter((s) => s.country === "US" && (s.role ? s.role === r.id && s.level !== "all" : s.level === payLevel[r.level]));
    const span = pay.length
      ? `${fmt(Math.min(...pay.map((s) => s.min)), "USD")} – ${fmt(Math.max(...pay.map((s) => s.max ?? s.min)), "USD")}`
      : "No figure for United States in the sources";
    return `<li><article><h3>${esc(r.title)}</h3><dl><dt>Level</dt><dd>${esc(r.level ?? "Not stated")}</dd><dt>Pay</dt><dd>${span}</dd></dl><button>View profile</button> <button>Add to comparison</button></article></li>`;
  })
  .join("");
writeFileSync(
  join(site, "static.html"),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static floor</title><link rel="stylesheet" href="${pick(/^page.*\.css$/)}"></head><body><main class="page"><h1 class="page-title">Career explorer</h1><p>${data.roles.length} roles</p><ul>${cards}</ul></main></body></html>`,
);
// A blog post of static text, three screens and more, with no widget, with the widget after
// two screens of text (the reader has not scrolled to it), and with the widget near the top.
const paragraph = (i) =>
  `<p>Paragraph ${i + 1}. Machine learning engineers build the systems that turn models into products: they
  collect and clean data, train and evaluate models, and keep them running in production. People who
  move into the field from software engineering or data analysis often ask which skills matter first,
  what the pay looks like at each level, and which certifications are worth the time. This post walks
  through what the articles say, one question at a time, and links to the sources for every figure.</p>`;
const hostPage = (title, at) => {
  // The snippet as the README gives it: the script right before the tag.
  const snippet = '<script src="embed.js"></script>\n<career-explorer></career-explorer>';
  const body = Array.from({ length: 16 }, (_, i) => (i === at ? snippet : "") + paragraph(i)).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="description" content="A blog post about machine learning engineer careers.">
<link rel="stylesheet" href="host.css"></head>
<body><main><h1>Becoming a machine learning engineer</h1>${body}</main></body></html>`;
};
writeFileSync(join(site, "host.css"), "body{margin:0;font:18px/1.6 Georgia,serif;color:#222;background:#fff}main{max-width:40rem;margin:0 auto;padding:1rem}");
writeFileSync(join(site, "host-plain.html"), hostPage("A blog post", -1));
writeFileSync(join(site, "host-below.html"), hostPage("A blog post, widget below the fold", 8));
writeFileSync(join(site, "host-above.html"), hostPage("A blog post, widget near the top", 1));

// A generated dataset of 10,000 roles, loaded through the own-data path.
const big = {
  sources: [{ id: "gen", title: "Generated", file: "gen.json" }],
  roles: Array.from({ length: 10_000 }, (_, i) => ({
    id: `role-${i}`,
    title: `${["Machine", "Data", "Platform", "Research", "Product"][i % 5]} ${["Learning", "Vision", "Language", "Systems"][i % 4]} Engineer ${i}`,
    level: ["junior", "mid", "senior", "lead", "specialized"][i % 5],
    focus: `Focus ${i % 20}`,
    summary: "Generated for the benchmark.",
    sources: ["gen"],
  })),
  salaries: ["entry", "mid", "senior", "lead"].map((level, i) => ({
    id: `gen-${level}`, source: "gen", country: "US", currency: "USD", level, level_label: level, min: 80000 + i * 40000, max: 120000 + i * 50000,
  })),
};
writeFileSync(join(site, "bench-10k.json"), JSON.stringify(big));
// The documented limits, as a reader's file: 20,000 roles, 20,000 figures, a 19,999-step chain.
writeFileSync(join(site, "generated-20k.json"), JSON.stringify(generatedDataset()));

const server = spawn(process.execPath, ["tests/e2e/server.mjs", site, String(port), "--compress"], { stdio: "ignore" });
const stop = () => server.kill();
process.on("exit", stop);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/index.html`)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}
// The server compresses each file once, on first request: do that before any timing.
for (const f of readdirSync(site, { recursive: true })) {
  for (const enc of ["br", "gzip"]) await fetch(`${base}/${f}`, { headers: { "accept-encoding": enc } }).then((r) => r.arrayBuffer());
}

// ---------------------------------------------------------------------------- timings
const pct = (list, p) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length ? +s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)].toFixed(1) : null;
};
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
// Installability is checked after the timings, in its own profile.

async function newPage(throttle) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  return { context, page, cdp };
}

// Time from navigation start to the first frame painted with a role card.
const firstCardScript = () => {
  const find = () => document.querySelector("career-explorer")?.shadowRoot?.querySelector("article") || document.querySelector("article");
  const tick = () => {
    if (find()) requestAnimationFrame(() => setTimeout(() => (window.__firstCards = performance.now()), 0));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

// Time from navigation start to the first frame painted by the live widget.
const liveScript = () => {
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
  const tick = () => {
    if (document.querySelector("career-explorer")?.shadowRoot?.querySelector(".ce-root:not(.ce-prerender):not(.ce-placeholder) article")) {
      requestAnimationFrame(() => setTimeout(() => (window.__live = performance.now()), 0));
    } else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

// Also the longest main-thread task of each load, until a moment after the takeover.
async function liveCards(path, throttle) {
  const times = [];
  const longest = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await newPage(throttle);
    await page.addInitScript(liveScript);
    await page.goto(base + path);
    await page.waitForFunction(() => window.__live !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__live));
    await page.waitForTimeout(300 * throttle);
    longest.push(await page.evaluate(() => Math.max(0, ...window.__tasks)));
    await context.close();
  }
  return { times, longest };
}

async function firstCards(path, throttle) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await newPage(throttle);
    await page.addInitScript(firstCardScript);
    await page.goto(base + path);
    await page.waitForFunction(() => window.__firstCards !== undefined, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => window.__firstCards));
    await context.close();
  }
  return times;
}

const WORD = "machine learning engineer data"; // 30 characters
async function keystrokes(path, throttle, ready) {
  const { context, page } = await newPage(throttle);
  await page.goto(base + path);
  const input = page.getByLabel("Search roles");
  await ready(page);
  await input.focus();
  await input.evaluate((el) => {
    window.__keys = [];
    el.addEventListener("input", () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
    }, { capture: true });
  });
  for (const ch of WORD) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(throttle > 1 ? 250 : 120);
  }
  await page.waitForTimeout(500);
  const times = await page.evaluate(() => window.__keys);
  const memory = await measureMemory(page);
  await context.close();
  return { times, memory };
}

async function measureMemory(page) {
  return page.evaluate(async () => {
    const glue = [...document.scripts].find((s) => s.src.endsWith("embed.js"));
    let wasm = null;
    try {
      const mod = await import(new URL((await (await fetch(glue.src)).text()).match(/GLUE = "([^"]+)"/)[1], glue.src).href);
      wasm = mod.wasm_memory_bytes();
    } catch {}
    return { js_heap_bytes: performance.memory?.usedJSHeapSize ?? null, wasm_memory_bytes: wasm };
  });
}

async function timeAction(path, throttle, act) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const { context, page } = await newPage(throttle);
    await page.goto(base + path);
    await live(page);
    const t = await act(page);
    times.push(t);
    await context.close();
  }
  return times;
}

// Clicks, then waits for `done` to be on screen; returns ms to the next painted frame.
async function clickAndWait(page, name, selector) {
  await page.evaluate(({ name, selector }) => new Promise((resolveT) => {
    const root = document.querySelector("career-explorer").shadowRoot;
    const button = [...root.querySelectorAll("button")].find((b) => b.textContent.trim().startsWith(name));
    const t0 = performance.now();
    button.click();
    const tick = () => (root.querySelector(selector) ? requestAnimationFrame(() => setTimeout(() => resolveT((window.__t = performance.now() - t0)), 0)) : requestAnimationFrame(tick));
    tick();
  }), { name, selector });
  return page.evaluate(() => window.__t);
}

const rows = {};
// The widget is live once its WebAssembly has taken over the prerendered first view.
const live = (page, timeout = 60_000) =>
  page.waitForFunction(() => !!document.querySelector("career-explorer")?.shadowRoot?.querySelector(".ce-root:not(.ce-prerender):not(.ce-placeholder)"), null, { timeout });
const builtinReady = async (page) => {
  await live(page);
  await page.getByRole("article").first().waitFor();
};
const bigReady = (page) => page.getByRole("status").filter({ hasText: "10,000 roles" }).waitFor({ timeout: 60_000 });
for (const throttle of [1, 4]) {
  const key = throttle === 1 ? "" : "_cpu4x";
  const widget = await firstCards("/index.html", throttle);
  const floor = await firstCards("/static.html", throttle);
  const { times: liveTimes, longest } = await liveCards("/index.html", throttle);
  const keys = await keystrokes("/index.html", throttle, builtinReady);
  const keysBig = await keystrokes("/index.html?data=bench-10k.json", throttle, bigReady);
  const compare = await timeAction("/index.html", throttle, async (page) => {
    for (const t of ["NLP Engineer", "MLOps Engineer", "Senior ML Engineer", "AI Architect"]) {
      await page.getByRole("article").filter({ has: page.getByRole("heading", { name: t, exact: true }) }).getByRole("button", { name: "Add to comparison" }).click();
    }
    return clickAndWait(page, "Compare", "table.ce-compare-table tbody tr");
  });
  const paths = await timeAction("/index.html#/path?from=junior-ml-engineer&to=ai-architect", throttle, async (page) => {
    await page.getByRole("button", { name: "Explore" }).click();
    return clickAndWait(page, "Career paths", "ol.ce-route-list li");
  });
  Object.assign(rows, {
    [`first_cards_ms_p50${key}`]: pct(widget, 50),
    [`first_cards_ms_p95${key}`]: pct(widget, 95),
    [`static_floor_ms_p50${key}`]: pct(floor, 50),
    [`static_floor_ms_p95${key}`]: pct(floor, 95),
    [`first_cards_ratio${key}`]: +(pct(widget, 50) / pct(floor, 50)).toFixed(2),
    [`live_cards_ms_p50${key}`]: pct(liveTimes, 50),
    [`live_cards_ms_p95${key}`]: pct(liveTimes, 95),
    [`longest_task_ms_p50${key}`]: pct(longest, 50),
    [`longest_task_ms_p95${key}`]: pct(longest, 95),
    [`keystroke_ms_p50${key}`]: pct(keys.times, 50),
    [`keystroke_ms_p95${key}`]: pct(keys.times, 95),
    [`keystroke_10k_ms_p50${key}`]: pct(keysBig.times, 50),
    [`keystroke_10k_ms_p95${key}`]: pct(keysBig.times, 95),
    [`open_compare_4_ms_p50${key}`]: pct(compare, 50),
    [`open_paths_route_ms_p50${key}`]: pct(paths, 50),
  });
  if (throttle === 1) {
    rows.memory_after_load = keys.memory;
    rows.memory_after_10k = keysBig.memory;
  }
}

// The documented limits in the browser (1× CPU): the 20,000-role file through `?data=` to
// its first live cards; typing in "Search roles" with a minimum salary set; opening Pay;
// and the route from the chain's first role to its last.
{
  const path = "/index.html?data=generated-20k.json";
  const ready = (page) => page.getByRole("status").filter({ hasText: /roles?$/ }).waitFor({ timeout: 120_000 });
  const load = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await newPage(1);
    await page.addInitScript(liveScript);
    await page.goto(base + path);
    await page.waitForFunction(() => window.__live !== undefined, null, { timeout: 120_000 });
    load.push(await page.evaluate(() => window.__live));
    await context.close();
  }
  const keys = await keystrokes(`${path}#/explore?min=150000`, 1, ready);
  const pay = [];
  const route = [];
  for (let i = 0; i < 3; i++) {
    const { context, page } = await newPage(1);
    await page.goto(base + path);
    await ready(page);
    pay.push(await clickAndWait(page, "Pay", ".ce-pay-level"));
    await page.getByRole("button", { name: "Career paths", exact: true }).click();
    await page.getByLabel("From").fill("Eng 0");
    await page.getByLabel("To").fill("Eng 19999");
    route.push(await clickAndWait(page, "Show route", "ol.ce-route-list li"));
    await context.close();
  }
  Object.assign(rows, {
    load_20k_ms: pct(load, 50),
    keystroke_20k_pay_ms_p95: pct(keys.times, 95),
    open_pay_20k_ms: pct(pay, 50),
    route_chain_20k_ms: pct(route, 50),
  });
}

// What a widget below the fold costs before the reader scrolls: every request for the
// widget's own files (embed.js included) within 3 s of load, in a phone-sized viewport.
const below_fold_widget_requests = await (async () => {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const asked = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!/^\/(host-below\.html|host\.css)$/.test(u.pathname)) asked.push(u.pathname);
  });
  await page.goto(`${base}/host-below.html`, { waitUntil: "load" });
  await page.waitForTimeout(3000);
  await context.close();
  return { count: asked.length, files: asked };
})();

// Installable: Chromium itself says whether anything stands in the way (in a profile
// of its own: an incognito-like context is never installable).
const installable = await (async () => {
  const profile = join(out, "profile");
  rmSync(profile, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", args: chromiumArgs });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/index.html`);
  await page.getByRole("article").first().waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  await context.close();
  return { installable: installabilityErrors.length === 0, errors: installabilityErrors.map((e) => e.errorId) };
})();
await browser.close();

// ---------------------------------------------------------------------------- lighthouse
// Lighthouse mobile with its default settings; `audits` picks figures from its audits.
function runLighthouse(path, categories) {
  const json = join(out, "lighthouse.json");
  execFileSync("node", [
    "node_modules/lighthouse/cli/index.js", `${base}${path}`, "--quiet", "--output=json", `--output-path=${json}`,
    `--only-categories=${categories}`,
    `--chrome-flags=--headless=new ${chromiumArgs.join(" ")}`,
  ], { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: "ignore", timeout: 180_000 });
  return JSON.parse(readFileSync(json, "utf8"));
}
let lighthouse = null;
try {
  const lh = runLighthouse("/index.html", "performance,accessibility,best-practices,seo");
  lighthouse = Object.fromEntries(Object.entries(lh.categories).map(([k, v]) => [k.replace(/-/g, "_"), Math.round(v.score * 100)]));
} catch (e) {
  lighthouse = { error: String(e.message || e).split("\n")[0] };
}
// The host pages, each the median of HOST_RUNS Lighthouse runs.
const hostRuns = Number(process.env.HOST_RUNS || 3);
const host = {};
const median = (list) => pct(list, 50);
for (const variant of ["plain", "below", "above"]) {
  const runs = [];
  for (let i = 0; i < hostRuns; i++) {
    try {
      const lh = runLighthouse(`/host-${variant}.html`, "performance");
      runs.push({
        perf: Math.round(lh.categories.performance.score * 100),
        tbt: lh.audits["total-blocking-time"].numericValue,
        cls: lh.audits["cumulative-layout-shift"].numericValue,
        lcp: lh.audits["largest-contentful-paint"].numericValue,
      });
    } catch (e) {
      host[`host_${variant}_error`] = String(e.message || e).split("\n")[0];
    }
  }
  if (!runs.length) continue;
  host[`host_${variant}_perf`] = median(runs.map((r) => r.perf));
  host[`host_${variant}_tbt_ms`] = median(runs.map((r) => r.tbt));
  host[`host_${variant}_cls`] = +median(runs.map((r) => r.cls * 1000)).toFixed(0) / 1000;
  host[`host_${variant}_lcp_ms`] = median(runs.map((r) => r.lcp));
}
stop();

// ---------------------------------------------------------------------------- twiggy
// Where the code goes: twiggy over the release wasm before wasm-bindgen and wasm-opt (the
// last build to keep function names), by crate, then the largest single items. Custom
// sections and wasm-bindgen's describe functions never reach the shipped file.
let twiggy = null;
const rawWasm = "target/wasm32-unknown-unknown/release/career_explorer.wasm";
try {
  if (existsSync(rawWasm)) {
    const csv = execFileSync("twiggy", ["top", "-n", "1000000", "-f", "csv", rawWasm], { encoding: "utf8", maxBuffer: 1 << 28 });
    const items = csv.trim().split("\n").slice(1).map((line) => {
      const cut = line.lastIndexOf(",", line.lastIndexOf(",", line.lastIndexOf(",", line.lastIndexOf(",") - 1) - 1) - 1);
      const name = line.slice(0, cut).replace(/^"|"$/g, "").replace(/""/g, '"');
      return { name, bytes: Number(line.slice(cut + 1).split(",")[0]) };
    }).filter(({ name }) => !/function names|custom section|__wbindgen_describe|^Σ|^\.\.\./.test(name));
    const crates = ["serde_path_to_error", "serde_wasm_bindgen", "postcard", "career_model", "career_explorer", "tachys", "reactive_graph", "leptos", "hashbrown", "js_sys", "web_sys", "wasm_bindgen", "serde", "gloo", "futures", "dlmalloc", "indexmap", "alloc", "core", "std"];
    const byCrate = {};
    let total = 0;
    for (const { name, bytes } of items) {
      total += bytes;
      const key = name.startsWith("data segment") ? "data (strings, CSS, built-in dataset)" : crates.find((c) => name.includes(c)) ?? "other";
      byCrate[key] = (byCrate[key] ?? 0) + bytes;
    }
    twiggy = {
      note: "bytes before wasm-opt; an item counts for the first crate its name mentions (generic code under the framework that instantiates it)",
      total_bytes: total,
      by_crate: Object.fromEntries(Object.entries(byCrate).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, `${v} (${((100 * v) / total).toFixed(1)}%)`])),
      top_items: items.sort((a, b) => b.bytes - a.bytes).slice(0, 12).map(({ name, bytes }) => `${bytes} ${name.slice(0, 110)}`),
    };
  }
} catch (e) {
  twiggy = { error: `twiggy unavailable: ${String(e.message || e).split("\n")[0]}` };
}

// ---------------------------------------------------------------------------- scale
// The model's queries at the documented limits (20,000 roles and pay figures, a
// 20,000-step chain), natively in a release build.
let scale = {};
try {
  scale = JSON.parse(
    execFileSync("cargo", ["run", "--offline", "--release", "--quiet", "-p", "career-model", "--bin", "scale"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  );
} catch (e) {
  scale = { error: `scale run failed: ${String(e.message || e).split("\n")[0]}` };
}

// ---------------------------------------------------------------------------- report
const budgets = [
  ["validate_20k_ms ≤ 300 ms (native)", scale.validate_20k_ms <= 300],
  ["total_br_bytes ≤ 200 KB", total_br_bytes <= 200 * 1024],
  ["total_br_bytes ≤ 150 KB", total_br_bytes <= 150 * 1024],
  ["first_cards_ms_p50 ≤ 1.5 × static_floor_ms_p50", rows.first_cards_ms_p50 <= 1.5 * rows.static_floor_ms_p50],
  ["host_below_perf ≥ host_plain_perf − 1", host.host_below_perf >= host.host_plain_perf - 1],
  ["host_below_tbt_ms ≤ 50", host.host_below_tbt_ms <= 50],
  ["host_above_perf ≥ 95", host.host_above_perf >= 95],
  ["host_above_cls ≤ 0.01", host.host_above_cls <= 0.01],
  ["host_above_lcp_ms ≤ host_plain_lcp_ms + 500", host.host_above_lcp_ms <= host.host_plain_lcp_ms + 500],
  ["below_fold_widget_requests: embed.js only", below_fold_widget_requests.count <= 1],
  ["keystroke_ms_p95 ≤ 16 ms", rows.keystroke_ms_p95 <= 16],
  ["longest_task_ms_p95 ≤ 50 ms (1× CPU)", rows.longest_task_ms_p95 <= 50],
  ["keystroke_10k_ms_p95 ≤ 50 ms", rows.keystroke_10k_ms_p95 <= 50],
  ["load_20k_ms ≤ 1,000 ms", rows.load_20k_ms <= 1000],
  ["keystroke_20k_pay_ms_p95 ≤ 50 ms", rows.keystroke_20k_pay_ms_p95 <= 50],
  ["open_pay_20k_ms ≤ 200 ms", rows.open_pay_20k_ms <= 200],
  ["route_chain_20k_ms ≤ 200 ms", rows.route_chain_20k_ms <= 200],
  ["Lighthouse accessibility = 100", lighthouse?.accessibility === 100],
  ["Lighthouse performance ≥ 95", lighthouse?.performance >= 95],
  ["Lighthouse best practices = 100", lighthouse?.best_practices === 100],
];
const report = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cores: os.cpus().length, memory_gib: Math.round(os.totalmem() / 2 ** 30), chromium: execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim() },
  loads_per_measure: loads,
  bytes,
  total_br_bytes,
  views_br_bytes,
  view_open_br_bytes,
  ...rows,
  installable,
  lighthouse,
  ...host,
  ...scale,
  below_fold_widget_requests: below_fold_widget_requests.count,
  below_fold_widget_files: below_fold_widget_requests.files,
  twiggy,
  budgets: Object.fromEntries(budgets.map(([k, ok]) => [k, ok ? "PASS" : "MISS"])),
};
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "report.json"), JSON.stringify(report, null, 2));

const line = (k, v) => console.log(`${k.padEnd(44)} ${v}`);
console.log("\ncareer-explorer benchmark", report.date, `(${report.machine.cores} cores, ${report.machine.memory_gib} GiB, ${report.machine.chromium})`);
console.log("\nbytes                                         raw      gzip    brotli");
for (const [k, v] of Object.entries(bytes)) console.log(`${k.padEnd(40)} ${String(v.raw).padStart(9)} ${String(v.gzip).padStart(9)} ${String(v.br).padStart(9)}`);
line("total_br_bytes (embed.js + glue + link + main wasm)", total_br_bytes);
line("views_br_bytes (every split file)", views_br_bytes);
line("view_open_br_bytes (first use of each)", JSON.stringify(view_open_br_bytes));
console.log("\ntimings (ms)                                  1× CPU    4× CPU");
for (const k of Object.keys(rows).filter((k) => !k.endsWith("_cpu4x") && !k.startsWith("memory"))) {
  console.log(`${k.padEnd(44)} ${String(rows[k]).padStart(8)} ${String(rows[`${k}_cpu4x`]).padStart(9)}`);
}
line("memory after load (JS heap, wasm)", JSON.stringify(rows.memory_after_load));
line("memory after 10,000 roles (JS heap, wasm)", JSON.stringify(rows.memory_after_10k));
line("installable", JSON.stringify(installable));
line("lighthouse", JSON.stringify(lighthouse));
console.log("\nat the documented limits (native release, ms)");
for (const [k, v] of Object.entries(scale)) line(k, v);
console.log("\nthe blog post (Lighthouse mobile, median of " + hostRuns + " runs)");
for (const [k, v] of Object.entries(host)) line(k, v);
line("below_fold_widget_requests", `${below_fold_widget_requests.count} (${below_fold_widget_requests.files.join(", ")})`);
if (twiggy?.by_crate) {
  console.log(`\nwhere the code goes (twiggy, ${twiggy.total_bytes} bytes before wasm-opt)`);
  for (const [k, v] of Object.entries(twiggy.by_crate)) console.log(`  ${k.padEnd(42)} ${v}`);
  console.log("  largest items:");
  for (const t of twiggy.top_items) console.log("    " + t);
} else if (twiggy) {
  console.log(`\n${twiggy.error}`);
}
console.log("\nbudgets");
for (const [k, ok] of budgets) line(k, ok ? "PASS" : "MISS");
console.log(`\nreport written to ${join("target/bench", "report.json")}`);
process.exit(0);
