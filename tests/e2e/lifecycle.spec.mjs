// A widget's life on a page it does not own: removed and put back, its dataset changed
// while loading, a server that stalls, files and links far bigger than they should be.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { openWidget, waitLive } from "./helpers.mjs";

const w = (page, id) => page.locator(`career-explorer#${id}`);
const count = (loc) => loc.getByRole("status").filter({ hasText: /^\d+ roles?$/ });
const panel = (loc) => loc.getByRole("group", { name: "This dataset has problems" });

test("a widget removed from the page is released, and put back it works", async ({ page }) => {
  await page.goto("/hosts/own-switch.html");
  await waitLive(page, "#switch");
  const el = w(page, "switch");
  await el.getByLabel("Search roles").fill("mlops");
  await expect(count(el)).toHaveText("2 roles");
  // Moved within the page: it stays live, with what the reader typed.
  await page.evaluate(() => {
    const e = document.getElementById("switch");
    document.querySelector("h1").before(e);
  });
  await expect(count(el)).toHaveText("2 roles");
  // Taken off the page: its box is emptied (its listeners and timers released with it).
  const held = await page.evaluateHandle(() => {
    const e = document.getElementById("switch");
    e.remove();
    return e;
  });
  await page.waitForFunction((e) => e.shadowRoot.childElementCount === 0, held);
  // Put back: it starts again and answers the reader.
  await page.evaluate((e) => document.querySelector("main").append(e), held);
  await waitLive(page, "#switch");
  await expect(count(el)).toHaveText("24 roles");
  await el.getByLabel("Search roles").fill("nlp");
  await expect(count(el)).toHaveText("1 role");
});

test("widgets created and removed give their memory back", async ({ page }) => {
  await page.goto("/hosts/plain.html");
  await waitLive(page, "#w");
  // The widget's own memory, from the module every widget on the page shares.
  const memory = () =>
    page.evaluate(async () => {
      const src = [...document.scripts].find((s) => s.src.endsWith("embed.js")).src;
      const glue = (await (await fetch(src)).text()).match(/GLUE = "([^"]+)"/)[1];
      return (await import(new URL(glue, src).href)).wasm_memory_bytes();
    });
  const cycle = async (n) => {
    for (let i = 0; i < n; i++) {
      await page.evaluate(() => {
        const el = document.createElement("career-explorer");
        el.id = "cycled";
        el.setAttribute("loading", "eager");
        document.body.append(el);
      });
      await waitLive(page, "#cycled");
      await page.evaluate(() => document.getElementById("cycled").remove());
    }
  };
  await cycle(10);
  const before = await memory();
  await cycle(40);
  const after = await memory();
  // Each widget holds its own copy of the data (about 80 KB): kept, 40 would add megabytes.
  expect(after - before, `grew from ${before} to ${after} bytes`).toBeLessThan(512 * 1024);
});

test("two quick data-src changes show the second dataset; the first load is cancelled", async ({ page }) => {
  // The first file is held back until the second has been shown.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/first.json",
    async (route) => {
      await held;
      const first = { sources: [{ id: "s", title: "S", file: "s" }], roles: [{ id: "a", title: "First", sources: ["s"] }] };
      await route.fulfill({ json: first }).catch(() => {});
    },
  );
  // Each fetch's abort signal, to see the first one cancelled.
  await page.addInitScript(() => {
    const fetch = window.fetch;
    window.fetched = [];
    window.fetch = (url, init) => {
      window.fetched.push({ url: String(url), signal: init?.signal });
      return fetch(url, init);
    };
  });
  await page.goto("/hosts/own-switch.html");
  await waitLive(page, "#switch");
  const el = w(page, "switch");
  await el.evaluate((e) => {
    e.setAttribute("data-src", "/first.json");
    e.setAttribute("data-src", "/hosts/ux.json");
  });
  await expect(count(el)).toHaveText("3 roles");
  const aborted = await page.evaluate(() =>
    window.fetched.filter((f) => f.url.endsWith(".json")).map((f) => [f.url.replace(/^.*\//, ""), !!f.signal?.aborted]),
  );
  expect(aborted).toEqual([
    ["first.json", true],
    ["ux.json", false],
  ]);
  release();
  await expect(el.getByRole("heading", { name: "UX Designer" })).toBeVisible();
});

test("a data-src that sends its headers and then stalls ends in the problems panel", async ({ page }) => {
  test.setTimeout(40_000);
  await page.goto("/hosts/own-switch.html");
  await waitLive(page, "#switch");
  const el = w(page, "switch");
  await el.evaluate((e) => e.setAttribute("data-src", "/stall/careers.json"));
  await expect(el.getByRole("status")).toContainText("Loading the dataset from /stall/careers.json");
  await expect(panel(el)).toContainText("did not send the whole file within 10 seconds", { timeout: 20_000 });
});

test("a data-src that never ends is read only up to the size limit", async ({ page }) => {
  test.setTimeout(40_000);
  await page.goto("/hosts/own-switch.html");
  await waitLive(page, "#switch");
  const el = w(page, "switch");
  await el.evaluate((e) => e.setAttribute("data-src", "/endless/careers.json"));
  await expect(panel(el)).toContainText("the file is larger than the limit of 5120 KB", { timeout: 9_000 });
});

test("a 10,000-deep array in a text field ends in the problems panel", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  const body = `{"sources":[{"id":"s","title":"S","file":"s"}],"roles":[{"id":"a","title":${deep},"sources":["s"]}]}`;
  await page.route((url) => url.pathname === "/deep.json", (route) => route.fulfill({ body, contentType: "application/json" }));
  await page.goto("/index.html?data=/deep.json");
  await expect(panel(page.locator("career-explorer"))).toContainText("/roles/0/title: expected text, found a list");
  expect(errors).toEqual([]);
});

test("a 10,000-deep array in a field nothing reads ends in the problems panel", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  const body = `{"sources":[{"id":"s","title":"S","file":"s"}],"roles":[{"id":"a","title":"A","extra":${deep},"sources":["s"]}]}`;
  await page.route((url) => url.pathname === "/deep.json", (route) => route.fulfill({ body, contentType: "application/json" }));
  await page.goto("/index.html?data=/deep.json");
  await expect(panel(page.locator("career-explorer"))).toContainText("nested more than 32 levels deep");
  expect(errors).toEqual([]);
});

test("a wrong value of megabytes is quoted in a few words", async ({ page }) => {
  const title = JSON.stringify(Array(400_000).fill(1));
  const body = `{"sources":[{"id":"s","title":"S","file":"s"}],"roles":[{"id":"a","title":"A","summary":${title},"sources":["s"]}]}`;
  await page.route((url) => url.pathname === "/wide.json", (route) => route.fulfill({ body, contentType: "application/json" }));
  await page.goto("/index.html?data=/wide.json");
  const item = panel(page.locator("career-explorer")).getByRole("listitem");
  await expect(item).toHaveText("/roles/0/summary: expected text, found a list ([…])");
});

test("a link naming thousands of unknown roles opens at once with one notice", async ({ page }) => {
  const ids = Array.from({ length: 15_870 }, (_, i) => `no-such-role-${i}`);
  await openWidget(page, `#/compare?roles=${ids.join(",")},nlp-engineer`);
  await expect(page.getByText(/^Ignored 15870 parts of the link: role "no-such-role-0"/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Dismiss notice" })).toHaveCount(1);
  await expect(page.getByRole("columnheader")).toHaveText(["Aspect", "NLP Engineer"]);
});

test("the Embed snippet and Download the data follow the dataset shown", async ({ page }) => {
  await page.goto("/hosts/own-src.html");
  const el = w(page, "good");
  await expect(count(el)).toHaveText("3 roles");
  await el.getByRole("button", { name: "Sources" }).click();
  const download = el.getByRole("link", { name: "Download the data shown (careers.json)" });
  await expect(download).toHaveAttribute("href", "http://127.0.0.1:4173/hosts/ux.json");
  await el.getByRole("button", { name: "Embed" }).click();
  const snippet = el.getByRole("dialog", { name: "Embed this view" }).getByLabel("Snippet");
  await expect(snippet).toHaveValue(/<career-explorer view="sources" data-src="http:\/\/127\.0\.0\.1:4173\/hosts\/ux\.json"><\/career-explorer>/);
  await el.getByRole("radio", { name: /iframe/ }).check();
  await expect(snippet).toHaveValue(/embed\.html\?view=sources&amp;data-src=http%3A%2F%2F127\.0\.0\.1%3A4173%2Fhosts%2Fux\.json/);
  // The built-in dataset shown again: the published file.
  await page.goto("/index.html#/sources");
  await expect(page.getByRole("link", { name: "Download the data (careers.json)" })).toHaveAttribute("href", /\/data\/careers\.json$/);
});

test("JSON inside the element downloads as the file it is", async ({ page }) => {
  await page.goto("/hosts/own-inline.html");
  const el = w(page, "good");
  await expect(count(el)).toHaveText("3 roles");
  await el.getByRole("button", { name: "Sources" }).click();
  const link = el.getByRole("link", { name: "Download the data shown (careers.json)" });
  await expect(link).toHaveAttribute("href", /^blob:/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("careers.json");
  const text = readFileSync(await download.path(), "utf8");
  expect(JSON.parse(text).roles.map((r) => r.id)).toContain("ux-designer");
});
