// What the widget costs a blog post: nothing of its WebAssembly until it is near the
// screen, a first view painted as HTML at once, and no movement of the page at the takeover.
import { test, expect } from "@playwright/test";
import { waitLive as waitLiveOn } from "./helpers.mjs";

const isWasm = (url) => /_bg\.wasm$/.test(new URL(url).pathname);
const widget = (page) => page.locator("career-explorer#w");
/** Whether the WebAssembly has taken the widget over (the prerendered view is gone). */
const isLive = (page) =>
  page.evaluate(() => !!document.querySelector("career-explorer#w").shadowRoot.querySelector(".ce-root:not(.ce-prerender):not(.ce-placeholder)"));
const waitLive = (page) => waitLiveOn(page, "career-explorer#w");

/** Holds back every wasm request until the returned function is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(isWasm, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test("a widget far below the fold fetches no wasm until the reader scrolls near it", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => isWasm(r.url()) && wasm.push(r.url()));
  await page.goto("/hosts/long.html");
  // The first view is already there as HTML, below the fold.
  await expect(widget(page).getByRole("heading", { name: "Computer Vision Engineer" })).toHaveCount(1);
  await page.waitForLoadState("networkidle");
  expect(wasm, "no wasm request before scrolling").toEqual([]);
  expect(await isLive(page)).toBe(false);
  await widget(page).scrollIntoViewIfNeeded();
  await waitLive(page);
  expect(wasm.length).toBe(1);
  await widget(page).getByLabel("Search roles").fill("vision");
  await expect(widget(page).getByRole("status").filter({ hasText: /roles?$/ })).not.toHaveText("24 roles");
});

test('loading="eager" fetches the wasm at once, wherever the widget is', async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => isWasm(r.url()) && wasm.push(r.url()));
  await page.goto("/hosts/eager.html");
  await waitLive(page);
  expect(wasm.length).toBe(1);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test("focusing the widget starts it, even far below the fold", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => isWasm(r.url()) && wasm.push(r.url()));
  await page.goto("/hosts/long.html");
  await page.waitForLoadState("networkidle");
  expect(wasm).toEqual([]);
  await widget(page).evaluate((el) => el.shadowRoot.querySelector("#ce-q").focus({ preventScroll: true }));
  await waitLive(page);
  expect(wasm.length).toBe(1);
});

test("before the wasm arrives the first view is readable; what the reader typed is kept at the takeover", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/hosts/top.html");
  const el = widget(page);
  // The first view, painted from HTML: role titles and the search box.
  await expect(el.getByRole("heading", { name: "NLP Engineer", level: 3 })).toBeVisible();
  await expect(el.getByRole("heading", { name: "MLOps Engineer", level: 3 })).toBeVisible();
  const search = el.getByLabel("Search roles");
  await expect(search).toBeVisible();
  await expect(el.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("24 roles");
  expect(await isLive(page)).toBe(false);
  // The reader starts typing before the takeover.
  await search.click();
  await page.keyboard.type("vision");
  release();
  await waitLive(page);
  // The typed text was handed over, filters, and the box still has the focus.
  await expect(search).toHaveValue("vision");
  await expect(el.getByRole("status").filter({ hasText: /roles?$/ })).not.toHaveText("24 roles");
  await expect(el.getByRole("heading", { name: "Computer Vision Engineer", level: 3 })).toBeVisible();
  await expect(el.getByRole("heading", { name: "MLOps Engineer", level: 3 })).toHaveCount(0);
  expect(await el.evaluate((w) => w.shadowRoot.activeElement?.id)).toBe("ce-q");
  // After the takeover, typing still filters.
  await page.keyboard.type(" engineer");
  await expect(search).toHaveValue("vision engineer");
});

test("the content after the widget does not move when the wasm takes over", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/hosts/top.html");
  const el = widget(page);
  await expect(el.getByRole("heading", { name: "NLP Engineer", level: 3 })).toBeVisible();
  const before = await page.locator("#after").boundingBox();
  const shifts = page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) total += e.value;
        }).observe({ type: "layout-shift", buffered: false });
        window.__shifts = () => total;
        resolve();
      }),
  );
  await shifts;
  release();
  await waitLive(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await page.locator("#after").boundingBox();
  expect(after.y).toBe(before.y);
  expect(await page.evaluate(() => window.__shifts())).toBe(0);
});

test("a button pressed on the first view before the takeover is pressed again once live", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/hosts/top.html");
  const el = widget(page);
  const card = el.getByRole("article").filter({ has: page.getByRole("heading", { name: "NLP Engineer", exact: true }) });
  await card.getByRole("button", { name: "View profile" }).click();
  release();
  await expect(el.getByRole("heading", { name: "NLP Engineer", level: 2 })).toBeVisible();
});

test("the first view's HTML carries no inline style and no script", async ({ page }) => {
  await holdWasm(page);
  await page.goto("/hosts/top.html");
  const el = widget(page);
  await expect(el.getByRole("heading", { name: "NLP Engineer", level: 3 })).toBeVisible();
  const found = await el.evaluate((w) => ({
    styled: w.shadowRoot.querySelectorAll("[style]").length,
    scripts: w.shadowRoot.querySelectorAll("script").length,
    handlers: [...w.shadowRoot.querySelectorAll("*")].filter((n) => [...n.attributes].some((a) => a.name.startsWith("on"))).length,
  }));
  expect(found).toEqual({ styled: 0, scripts: 0, handlers: 0 });
});

test("with the script right before the tag, nothing on the page moves from its first paint through the takeover", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto("/hosts/classic.html");
  const el = widget(page);
  await expect(el.getByRole("heading", { name: "NLP Engineer", level: 3 })).toBeVisible();
  const before = await page.locator("#after").boundingBox();
  release();
  await waitLive(page);
  await el.getByLabel("Search roles").fill("");
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect((await page.locator("#after").boundingBox()).y).toBe(before.y);
  expect(await page.evaluate(() => window.__shifts)).toEqual([]);
});

test("the classic script finds its own files wherever it is hosted", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => isWasm(r.url()) && wasm.push(new URL(r.url()).pathname));
  await page.goto("/hosts/classic.html");
  await waitLive(page);
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^\/career[-_]explorer-[0-9a-f]+_bg\.wasm$/);
});

test("an attribute changed before the widget is live repaints its first view, still without the wasm", async ({ page }) => {
  const wasm = [];
  page.on("request", (r) => isWasm(r.url()) && wasm.push(r.url()));
  await page.goto("/hosts/long.html");
  const el = widget(page);
  await expect(el.getByRole("heading", { name: "Computer Vision Engineer", level: 3 })).toHaveCount(1);
  await el.evaluate((w) => w.setAttribute("view", "pay"));
  await expect(el.getByRole("heading", { name: "Pay", level: 2 })).toHaveCount(1);
  await expect(el.getByRole("heading", { name: "Computer Vision Engineer", level: 3 })).toHaveCount(0);
  await el.evaluate((w) => {
    w.removeAttribute("view");
    w.setAttribute("role", "nlp-engineer");
  });
  await expect(el.getByRole("status")).toHaveText("Loading the career explorer…");
  expect(wasm).toEqual([]);
  await el.scrollIntoViewIfNeeded();
  await waitLive(page);
  await expect(el.getByRole("heading", { name: "NLP Engineer", level: 2 })).toBeVisible();
});

test("a view that opens with what the reader kept is not painted from the HTML built without it", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("/hosts/long.html");
  const el = widget(page);
  // No picks kept: Your skills is painted from its HTML, nothing ticked.
  await el.evaluate((w) => w.setAttribute("view", "skills"));
  await expect(el.getByRole("checkbox", { name: "Python" })).not.toBeChecked();
  // A reader who ticked skills on an earlier visit: the live view will show them, so the
  // box waits for it instead of showing them unticked.
  await page.evaluate(() => localStorage.setItem("career-explorer:v1:skills", "python,docker"));
  await page.reload();
  await expect(el.getByRole("heading", { name: "Computer Vision Engineer", level: 3 })).toHaveCount(1);
  await el.evaluate((w) => w.setAttribute("view", "skills"));
  await expect(el.getByRole("status")).toHaveText("Loading the career explorer…");
  await expect(el.getByRole("checkbox", { name: "Python" })).toHaveCount(0);
  // The same for the comparisons Compare offers again.
  await page.evaluate(() => {
    localStorage.removeItem("career-explorer:v1:skills");
    localStorage.setItem("career-explorer:v1:recent-comparisons", "mlops-engineer,nlp-engineer");
  });
  await el.evaluate((w) => w.setAttribute("view", "compare"));
  await expect(el.getByRole("status")).toHaveText("Loading the career explorer…");
  await el.evaluate((w) => w.setAttribute("view", "skills"));
  await expect(el.getByRole("heading", { name: "Your skills", level: 2 })).toBeVisible();
  await el.evaluate((w) => w.setAttribute("view", "compare"));
  release();
  await el.scrollIntoViewIfNeeded();
  await waitLive(page);
  await expect(el.getByRole("heading", { name: "Recent comparisons" })).toBeVisible();
});

test.describe("the standalone page", () => {
  // Its service worker would answer the requests these tests hold back.
  test.use({ serviceWorkers: "block" });

  test("carries its first view: readable with no script at all, kept as it is by embed.js until the takeover", async ({ page }) => {
    // The page preloads the wasm: it is held back from the start.
    const release = await holdWasm(page);
    // No script of the widget runs: the page's own HTML shows Explore.
    await page.route(/\/embed\.js$/, (route) => route.abort());
    await page.goto("/index.html");
    const el = page.locator("career-explorer");
    await expect(el.getByRole("heading", { name: "NLP Engineer", level: 3 })).toBeVisible();
    await expect(el.getByLabel("Search roles")).toBeVisible();
    await expect(el.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("24 roles");
    const first = await page.evaluateHandle(() => document.querySelector("career-explorer").shadowRoot.querySelector(".ce-prerender"));

    // Then embed.js, with the wasm held back: the node the parser made stays.
    await page.unroute(/\/embed\.js$/);
    await page.addScriptTag({ url: "/embed.js" });
    await page.waitForFunction(() => customElements.get("career-explorer") !== undefined);
    expect(await first.evaluate((node) => node.isConnected)).toBe(true);
    // What was typed before the takeover is kept.
    await el.getByLabel("Search roles").fill("vision");
    release();
    await waitLiveOn(page, "career-explorer");
    expect(await first.evaluate((node) => node.isConnected)).toBe(false);
    await expect(el.getByLabel("Search roles")).toHaveValue("vision");
    await expect(el.getByRole("heading", { name: "Computer Vision Engineer", level: 3 })).toBeVisible();
    await expect(el.getByRole("heading", { name: "MLOps Engineer", level: 3 })).toHaveCount(0);
  });

  test("opened on another view's link does not keep its Explore", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("/index.html#/compare?roles=nlp-engineer,mlops-engineer");
    await page.waitForFunction(() => customElements.get("career-explorer") !== undefined);
    const el = page.locator("career-explorer");
    await expect(el.getByLabel("Search roles")).toHaveCount(0);
    release();
    await expect(el.getByRole("columnheader")).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer"]);
  });
});
