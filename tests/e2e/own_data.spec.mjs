import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers.mjs";

const w = (page, id) => page.locator(`career-explorer#${id}`);
const count = (loc) => loc.getByRole("status").filter({ hasText: /^\d+ roles?$/ });
const panel = (loc) => loc.getByRole("group", { name: "This dataset has problems" });

test("an inline dataset replaces the built-in one; a broken one lists its problems", async ({ page }) => {
  await page.goto("/hosts/own-inline.html");
  await expect(count(w(page, "good"))).toHaveText("3 roles");
  await expect(w(page, "good").getByRole("heading", { name: "UX Designer" })).toBeVisible();
  await expect(w(page, "good").getByRole("article").filter({ hasText: "UX Designer" })).toContainText("$90K – $120K");
  const bad = panel(w(page, "reversed"));
  await expect(bad).toBeVisible();
  await expect(bad.getByRole("listitem")).toHaveText(["/salaries/0/max: max (90000) is below min (120000)"]);
  await bad.getByRole("button", { name: "Show built-in data" }).click();
  await expect(count(w(page, "reversed"))).toHaveText("24 roles");
  // Warnings let the data load and are listed in Sources.
  await w(page, "good").getByRole("button", { name: "Sources" }).click();
  await expect(w(page, "good").getByText('"UX Researcher" has no pay figures')).toBeVisible();
  // A field the schema does not have is left out, and named with where it is.
  await expect(
    w(page, "good").getByText('/roles/2/salary: "salary" is not a field of the dataset\'s schema, so it was left out'),
  ).toBeVisible();
  await expect(w(page, "good").getByRole("heading", { name: "1. UX careers in 2026" })).toBeVisible();
});

test("data-src: a good file, a dangling one, one that is not JSON, one that is missing", async ({ page }) => {
  await page.goto("/hosts/own-src.html");
  await expect(count(w(page, "good"))).toHaveText("3 roles");
  const dangling = panel(w(page, "dangling"));
  await expect(dangling).toContainText("/salaries/1/currency");
  await expect(dangling).toContainText('currency "DOLLARS" is not an ISO 4217 code');
  await expect(dangling).toContainText('/career_steps/0/to: role "ux-director" is not in roles');
  await expect(panel(w(page, "notjson"))).toContainText("the file is not valid JSON");
  await expect(panel(w(page, "missing"))).toContainText("HTTP 404");
  await expectNoAxeViolations(page, "dataset problems");
});

test("a dataset the tag names is fetched while the wasm loads, and only once", async ({ page }) => {
  const isWasm = (url) => /_bg\.wasm$/.test(new URL(url).pathname);
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(isWasm, async (route) => {
    await gate;
    await route.continue();
  });
  const data = [];
  page.on("request", (r) => new URL(r.url()).pathname.startsWith("/hosts/") && r.url().endsWith(".json") && data.push(new URL(r.url()).pathname));
  await page.goto("/hosts/own-src.html");
  // The wasm is held back: the first widget's file is asked for all the same.
  await expect.poll(() => data).toContain("/hosts/ux.json");
  release();
  await expect(count(w(page, "good"))).toHaveText("3 roles");
  // Answers that are not a dataset come through the same way.
  await w(page, "missing").scrollIntoViewIfNeeded();
  await expect(panel(w(page, "missing"))).toContainText("HTTP 404");
  await w(page, "notjson").scrollIntoViewIfNeeded();
  await expect(panel(w(page, "notjson"))).toContainText("the file is not valid JSON");
  // The widgets took the answers over instead of asking again.
  const times = (path) => data.filter((p) => p === path).length;
  expect([times("/hosts/ux.json"), times("/hosts/nowhere.json"), times("/hosts/not-json.json")]).toEqual([1, 1, 1]);
  // Changed later, the address is fetched by the widget itself.
  const before = times("/hosts/dangling.json");
  await w(page, "good").evaluate((el) => el.setAttribute("data-src", "/hosts/dangling.json"));
  await expect(panel(w(page, "good"))).toContainText("/career_steps/0/to");
  expect(times("/hosts/dangling.json")).toBe(before + 1);
});

test("a data-src that never answers times out into the panel", async ({ page }) => {
  test.setTimeout(40_000);
  await page.goto("/hosts/own-hang.html");
  await expect(w(page, "hang").getByRole("status")).toContainText("Loading the dataset from /hang/careers.json");
  await expect(panel(w(page, "hang"))).toContainText("did not answer within 10 seconds", { timeout: 20_000 });
});

test("dataset text stays text: no markup, no script", async ({ page }) => {
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto("/hosts/own-xss.html");
  const el = w(page, "xss");
  await expect(el.getByRole("heading", { name: "<img src=x onerror=alert(1)>" })).toBeVisible();
  expect(await el.evaluate((e) => e.shadowRoot.querySelectorAll("img, script, b, svg[onload]").length)).toBe(0);
  await el.getByRole("article").filter({ hasText: "<img" }).getByRole("button", { name: "View profile" }).click();
  await expect(el.getByText("<script>alert(2)</script><b>bold?</b>")).toBeVisible();
  await el.getByRole("button", { name: "Sources" }).click();
  await expect(el.getByRole("heading", { name: "1. <svg onload=alert(3)>" })).toBeVisible();
  // Nothing that could run: no element anywhere in the widget carries an event-handler attribute.
  const handlers = await el.evaluate((e) =>
    [...e.shadowRoot.querySelectorAll("*")].flatMap((n) => [...n.attributes].map((a) => a.name)).filter((a) => a.startsWith("on")),
  );
  expect(handlers).toEqual([]);
  expect(dialogs).toEqual([]);
});

test("the standalone page takes ?data=", async ({ page }) => {
  await page.goto("/index.html?data=/hosts/ux.json");
  await expect(count(page.locator("career-explorer"))).toHaveText("3 roles");
  await page.goto("/index.html?data=/hosts/dangling.json#/compare?roles=ux-designer,ux-lead");
  await expect(panel(page.locator("career-explorer"))).toBeVisible();
  await page.goto("/index.html?data=/hosts/ux.json#/compare?roles=ux-designer,ux-lead");
  await expect(page.getByRole("columnheader")).toHaveText(["Aspect", "UX Designer", "UX Lead"]);
});

test("a large dataset shows its first 30 cards and offers the rest", async ({ page }) => {
  const roles = Array.from({ length: 130 }, (_, i) => ({ id: `r${i}`, title: `Role ${String(i).padStart(3, "0")}`, sources: ["s"] }));
  await page.route((url) => url.pathname === "/many.json", (route) =>
    route.fulfill({ json: { sources: [{ id: "s", title: "S", file: "s" }], roles, salaries: [] } }),
  );
  await page.goto("/index.html?data=/many.json");
  await expect(page.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("130 roles");
  await expect(page.getByRole("article")).toHaveCount(30);
  for (const shown of [60, 90, 120]) {
    await page.getByRole("button", { name: "Show 30 more roles" }).click();
    await expect(page.getByRole("article")).toHaveCount(shown);
  }
  await page.getByRole("button", { name: "Show 10 more roles" }).click();
  await expect(page.getByRole("article")).toHaveCount(130);
  await expect(page.getByRole("button", { name: /Show \d+ more roles/ })).toHaveCount(0);
  // Each word matches on its own: "12" is in 012, 112 and 120–129.
  await page.getByLabel("Search roles").fill("Role 12");
  await expect(page.getByRole("article")).toHaveCount(12);
});

test("an inline dataset saved with a byte-order mark loads", async ({ page }) => {
  await page.goto("/hosts/own-bom.html");
  await expect(count(w(page, "bom"))).toHaveText("3 roles");
  await expect(w(page, "bom").getByRole("heading", { name: "UX Designer" })).toBeVisible();
});
