import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers.mjs";

const origin = "http://127.0.0.1:4173";

/** Records CSP violations and every request the page makes. */
async function watch(page) {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { requests, violations: () => page.evaluate(() => window.__violations) };
}

const widget = (page, id = "w") => page.locator(`career-explorer#${id}`);

test("a blog post: the widget from its attributes, no foreign request, no CSP violation, host links intact", async ({ page }) => {
  const w = await watch(page);
  await page.goto("/hosts/plain.html");
  const el = widget(page);
  await expect(el.getByRole("columnheader")).toHaveText(["Aspect", "MLOps Engineer", "NLP Engineer"]);
  await expect(el.getByRole("row", { name: /^Pay \(United Kingdom\)/ })).toBeVisible();
  await expect(el.getByLabel("Add role")).toBeVisible();
  // Use it: the host's address does not change.
  await el.getByRole("button", { name: "Explore" }).click();
  await el.getByLabel("Search roles").fill("data");
  expect(page.url()).toBe(`${origin}/hosts/plain.html`);
  // The host's links work as before.
  await page.getByRole("link", { name: "Jump to my notes" }).click();
  await expect(page).toHaveURL(`${origin}/hosts/plain.html#host-section`);
  await expect(el.getByLabel("Search roles")).toHaveValue("data");
  expect(await w.violations()).toEqual([]);
  const foreign = w.requests.filter((u) => !u.startsWith(origin));
  expect(foreign).toEqual([]);
  await page.getByRole("link", { name: "My other post" }).click();
  await expect(page).toHaveURL(`${origin}/hosts/other.html`);
});

test("the standalone page runs under the strict CSP with no violation", async ({ page }) => {
  const w = await watch(page);
  await page.goto("/index.html#/compare?roles=nlp-engineer,mlops-engineer");
  await expect(page.getByRole("columnheader")).toHaveCount(3);
  await page.getByRole("button", { name: "Career paths" }).click();
  await expect(page.getByRole("img", { name: "Career path graph" })).toBeVisible();
  expect(await w.violations()).toEqual([]);
  expect(w.requests.filter((u) => !u.startsWith(origin))).toEqual([]);
});

/** A screenshot taken once two in a row are the same: the widget has stopped changing. */
async function steadyShot(locator) {
  let last = await locator.screenshot({ animations: "disabled" });
  for (let i = 0; i < 20; i++) {
    const next = await locator.screenshot({ animations: "disabled" });
    if (next.equals(last)) return next;
    last = next;
  }
  throw new Error("the widget kept changing over 20 screenshots");
}

test("hostile host CSS does not change the widget", async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto("/hosts/calm.html");
  await expect(widget(page).getByRole("heading", { name: "Pay", level: 2 })).toBeVisible();
  const calm = await steadyShot(widget(page));
  await page.goto("/hosts/hostile.html");
  await expect(widget(page).getByRole("heading", { name: "Pay", level: 2 })).toBeVisible();
  const hostile = await steadyShot(widget(page));
  expect(hostile.length).toBeGreaterThan(1000);
  expect(hostile.equals(calm), "the widget looks the same with and without the host's CSS").toBe(true);
  // And the widget's CSS does not leak out.
  const outside = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(outside).toContain("Comic Sans");
});

test("two widgets on one page are independent", async ({ page }) => {
  const w = await watch(page);
  await page.goto("/hosts/two.html");
  const a = widget(page, "a");
  const b = widget(page, "b");
  await expect(a.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("24 roles");
  await a.getByLabel("Search roles").fill("nlp");
  await expect(a.getByRole("status").filter({ hasText: /roles?$/ })).toHaveText("1 role");
  await expect(b.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("24 roles");
  await expect(b.getByLabel("Country")).toHaveValue("IN");
  await expect(a.getByLabel("Country")).toHaveValue("US");
  // The WebAssembly is fetched once for both.
  expect(w.requests.filter((u) => u.endsWith(".wasm"))).toHaveLength(1);
  expect(w.requests.filter((u) => u.endsWith("/embed.js"))).toHaveLength(1);
  // Two widgets add no landmark twice.
  await expectNoAxeViolations(page, "two widgets");
});

test("attributes changed at run time update that widget; bad values warn once and fall back", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/hosts/plain.html");
  const el = widget(page);
  await expect(el.getByRole("columnheader")).toHaveCount(3);
  await el.evaluate((e) => e.setAttribute("roles", "data-engineer,ai-engineer,applied-scientist"));
  await expect(el.getByRole("columnheader")).toHaveText(["Aspect", "Data Engineer", "AI Engineer", "Applied Scientist"]);
  await el.evaluate((e) => e.setAttribute("view", "pay"));
  await el.evaluate((e) => e.setAttribute("country", "IN"));
  await expect(el.getByRole("heading", { name: "Pay", level: 2 })).toBeVisible();
  await expect(el.getByRole("table", { name: /Pay in India/ })).toBeVisible();
  await el.evaluate((e) => e.setAttribute("role", "nlp-engineer"));
  await expect(el.getByRole("heading", { level: 2, name: "NLP Engineer" })).toBeVisible();
  await el.evaluate((e) => e.setAttribute("height", "300"));
  await expect.poll(() => el.evaluate((e) => e.shadowRoot.querySelector(".ce-root").getBoundingClientRect().height)).toBe(300);
  await el.evaluate((e) => e.setAttribute("view", "gallery"));
  await el.evaluate((e) => e.setAttribute("theme", "neon"));
  await expect(el.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("24 roles");
  expect(warnings.filter((w) => w.includes('unknown view "gallery"'))).toHaveLength(1);
  expect(warnings.filter((w) => w.includes('unknown theme "neon"'))).toHaveLength(1);
});

test("data-version warns when the served data differs", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/hosts/two.html");
  await widget(page, "a").evaluate((e) => e.setAttribute("data-version", "2020-01-01.deadbeef"));
  await expect.poll(() => warnings.some((w) => w.includes("data version 2020-01-01.deadbeef"))).toBe(true);
});

test("the iframe form resizes its frame to the widget", async ({ page }) => {
  const w = await watch(page);
  await page.goto("/hosts/iframe-host.html");
  const frame = page.frameLocator("iframe[data-career-explorer]");
  await expect(frame.getByRole("columnheader")).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer"]);
  await expect.poll(async () => Number(await page.locator("iframe").getAttribute("height"))).toBeGreaterThan(400);
  const h = Number(await page.locator("iframe").getAttribute("height"));
  const inner = await frame.locator("career-explorer").evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
  expect(h).toBe(inner);
  expect(await w.violations()).toEqual([]);
  expect(w.requests.filter((u) => !u.startsWith(origin))).toEqual([]);
});

test("the Embed dialog gives the snippet for what the reader sees", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/index.html#/compare?roles=mlops-engineer,nlp-engineer&country=GB");
  await expect(page.getByRole("columnheader")).toHaveCount(3);
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  const snippet = dialog.getByLabel("Snippet");
  await expect(snippet).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:4173\/embed\.js"><\/script>/);
  await expect(snippet).toHaveValue(/<career-explorer view="compare" roles="mlops-engineer,nlp-engineer" country="GB"><\/career-explorer>/);
  await dialog.getByRole("radio", { name: /iframe/ }).check();
  await expect(snippet).toHaveValue(/embed\.html\?view=compare&amp;roles=mlops-engineer%2Cnlp-engineer&amp;country=GB/);
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByText("Snippet copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("career-explorer:height");
  await expectNoAxeViolations(page, "Embed dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("axe-core: no violation in an embedded widget, dark theme", async ({ page }) => {
  await page.goto("/hosts/plain.html");
  await expect(widget(page).getByRole("columnheader")).toHaveCount(3);
  await expectNoAxeViolations(page, "embedded compare (dark)");
});
