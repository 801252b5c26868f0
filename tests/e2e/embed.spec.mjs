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
  // The main WebAssembly is fetched once for both, and no view's own file.
  expect(w.requests.filter((u) => u.endsWith("_bg.wasm"))).toHaveLength(1);
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
  // The plain copy keeps the table's headers and spans, and only those attributes.
  await dialog.getByRole("checkbox", { name: "Include a plain copy for readers without JavaScript" }).check();
  await expect(snippet).toHaveValue(/<th scope="col">MLOps Engineer<\/th>/);
  await expect(snippet).toHaveValue(/<tr><th scope="row">Experience level<\/th>\n<td>Specialized<\/td>/);
  expect(await snippet.inputValue()).not.toMatch(/class=|id=|aria-/);
  await dialog.getByRole("checkbox", { name: "Include a plain copy for readers without JavaScript" }).uncheck();
  await dialog.getByRole("radio", { name: /iframe/ }).check();
  await expect(snippet).toHaveValue(/embed\.html\?view=compare&amp;roles=mlops-engineer%2Cnlp-engineer&amp;country=GB/);
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByText("Snippet copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("career-explorer:height");
  await expectNoAxeViolations(page, "Embed dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("a searched and filtered Explore goes into the tag and comes back the same, by script or iframe", async ({ page, browser }) => {
  await page.goto("/index.html#/explore?q=engineer&level=senior&sort=pay");
  const count = await page.getByRole("status").filter({ hasText: /roles?$/ }).textContent();
  const titles = await page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  const snippet = dialog.getByLabel("Snippet");
  await expect(snippet).toHaveValue(/<career-explorer search="engineer" level="senior" sort="pay"><\/career-explorer>/);
  const tag = await snippet.inputValue();
  await dialog.getByRole("radio", { name: /iframe/ }).check();
  await expect(snippet).toHaveValue(/embed\.html\?search=engineer&amp;level=senior&amp;sort=pay"/);
  const frameTag = await snippet.inputValue();
  // Pasted into a post, each form opens on the same roles in the same order.
  for (const [name, html] of [["script", tag], ["iframe", frameTag]]) {
    const post = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body><main><h1>My post</h1>${html}</main></body></html>`;
    const reader = await browser.newPage();
    await reader.route(`${origin}/pasted.html`, (route) => route.fulfill({ contentType: "text/html", body: post }));
    await reader.goto(`${origin}/pasted.html`);
    const box = name === "script" ? reader.locator("career-explorer") : reader.frameLocator("iframe[data-career-explorer]");
    await expect(box.getByLabel("Search roles"), name).toHaveValue("engineer");
    await expect(box.getByRole("status").filter({ hasText: /roles?$/ }), name).toHaveText(count);
    await expect(box.getByRole("article").getByRole("heading", { level: 3 }), name).toHaveText(titles);
    await expect(box.getByRole("group", { name: "Experience level" }).getByRole("checkbox", { name: /Senior/ }), name).toBeChecked();
    await reader.close();
  }
});

test("Explore's attributes set at run time filter that widget; a value the data lacks warns", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("/hosts/two.html");
  const el = widget(page, "a");
  await el.evaluate((e) => e.setAttribute("search", "vision"));
  await expect(el.getByLabel("Search roles")).toHaveValue("vision");
  await expect(el.getByRole("article")).toHaveCount(2);
  await el.evaluate((e) => e.setAttribute("level", "senior,guru"));
  await expect(el.getByRole("group", { name: "Experience level" }).getByRole("checkbox", { name: /Senior/ })).toBeChecked();
  await expect.poll(() => warnings.filter((w) => w.includes('unknown level "guru"')).length).toBe(1);
  await el.evaluate((e) => { e.removeAttribute("search"); e.removeAttribute("level"); });
  await expect(el.getByLabel("Search roles")).toHaveValue("");
  await expect(el.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("24 roles");
  await el.evaluate((e) => e.setAttribute("provider", "Google"));
  await expect(el.getByRole("heading", { name: "Certifications", level: 2 })).toBeVisible();
  await expect(el.getByLabel("Provider")).toHaveValue("Google");
});

test("the snippet can carry a plain copy of the view, which only readers without JavaScript see", async ({ page, browser }) => {
  await page.goto("/index.html#/explore?q=vision");
  await expect(page.getByRole("article")).toHaveCount(2);
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  const snippet = dialog.getByLabel("Snippet");
  const plain = dialog.getByRole("checkbox", { name: "Include a plain copy for readers without JavaScript" });
  await expect(plain).not.toBeChecked();
  await expect(snippet).not.toHaveValue(/noscript/);
  await plain.check();
  await expect(snippet).toHaveValue(/<career-explorer search="vision"><noscript>\n/);
  const text = await snippet.inputValue();
  expect(text).toContain("<article><h3>Computer Vision Engineer</h3>");
  expect(text).toContain("<dt>Level</dt>");
  // What the view shows, and only that: the roles found, not the others.
  expect(text.match(/<article>/g)).toHaveLength(2);
  expect(text).toContain('<a href="http://127.0.0.1:4173/index.html#/explore?q=vision">Open this view in the career explorer</a>');
  // The controls stay behind: they do nothing without the widget.
  for (const control of ["<button", "<input", "<select", "<label", "Add to comparison", "Search roles"]) expect(text).not.toContain(control);
  // The iframe form has no such copy.
  await dialog.getByRole("radio", { name: /iframe/ }).check();
  await expect(plain).toBeDisabled();
  await expect(snippet).not.toHaveValue(/noscript/);
  await expectNoAxeViolations(page, "Embed dialog with the plain copy");

  // Pasted into a post: a reader without JavaScript reads the copy and can follow the link.
  const post = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body><main><h1>My post</h1>${text}<p id="after">After the widget.</p></main></body></html>`;
  const serve = (p) => p.route(`${origin}/pasted.html`, (route) => route.fulfill({ contentType: "text/html", body: post }));
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const reader = await noJs.newPage();
  await serve(reader);
  await reader.goto(`${origin}/pasted.html`);
  await expect(reader.getByRole("heading", { name: "Computer Vision Engineer", level: 3 })).toBeVisible();
  await expect(reader.getByRole("link", { name: "Open this view in the career explorer" })).toHaveAttribute("href", `${origin}/index.html#/explore?q=vision`);
  await expect(reader.getByRole("button")).toHaveCount(0);
  await noJs.close();
  // With JavaScript the widget shows the view, searched as it was, and the copy is never
  // shown.
  const withJs = await browser.newPage();
  await serve(withJs);
  await withJs.goto(`${origin}/pasted.html`);
  const el = withJs.locator("career-explorer");
  await expect(el.getByRole("heading", { name: "Computer Vision Engineer", level: 3 })).toHaveCount(1);
  await expect(el.getByLabel("Search roles")).toHaveValue("vision");
  await expect(el.getByRole("article")).toHaveCount(2);
  await expect(withJs.getByRole("heading", { name: "Computer Vision Engineer" })).toHaveCount(1);
  await expect(withJs.getByRole("link", { name: "Open this view in the career explorer" })).toHaveCount(0);
  await withJs.close();
});

test("the plain copy escapes a dataset's text", async ({ page }) => {
  await page.goto("/hosts/own-xss.html");
  const el = page.locator("career-explorer#xss");
  await expect(el.getByRole("heading", { name: "<img src=x onerror=alert(1)>", level: 3 })).toBeVisible();
  await el.getByRole("button", { name: "Embed" }).click();
  await el.getByRole("checkbox", { name: "Include a plain copy for readers without JavaScript" }).check();
  const text = await el.getByLabel("Snippet").inputValue();
  expect(text).toContain("<h3>&lt;img src=x onerror=alert(1)&gt;</h3>");
  expect(text).not.toContain("<img");
});

test("axe-core: no violation in an embedded widget, dark theme", async ({ page }) => {
  await page.goto("/hosts/plain.html");
  await expect(widget(page).getByRole("columnheader")).toHaveCount(3);
  await expectNoAxeViolations(page, "embedded compare (dark)");
});
