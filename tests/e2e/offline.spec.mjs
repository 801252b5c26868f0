import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { openWidget, waitLive } from "./helpers.mjs";

const count = (page) => page.getByRole("status").filter({ hasText: /^\d+ roles?$/ });

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test("installed once, the standalone page works with no network", async ({ page, context }) => {
  await openWidget(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(count(page)).toHaveText("24 roles");
  await page.getByLabel("Search roles").fill("nlp");
  await expect(count(page)).toHaveText("1 role");
  const add = page.getByRole("article").getByRole("button", { name: "Add to comparison" });
  await expect(add).toHaveAttribute("aria-pressed", "false");
  await add.click();
  await expect(add).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("article").getByRole("button", { name: "View profile" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "NLP Engineer" })).toBeVisible();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.getByRole("columnheader")).toHaveText(["Aspect", "NLP Engineer"]);
  await page.goto("/index.html#/compare?roles=nlp-engineer,mlops-engineer");
  await expect(page.getByRole("columnheader")).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer"]);
  await page.getByRole("button", { name: "Career paths" }).click();
  await page.getByLabel("From").selectOption({ label: "Junior ML Engineer" });
  await page.getByLabel("To").selectOption({ label: "AI Architect" });
  await page.getByRole("button", { name: "Show route" }).click();
  await expect(page.getByRole("list", { name: "Route", exact: true }).getByRole("listitem")).toHaveCount(4);
  // The open data and the offline edition are cached too.
  expect(await page.evaluate(async () => (await fetch("data/careers.json")).ok)).toBe(true);
  expect(await page.evaluate(async () => (await fetch("career-explorer.html")).ok)).toBe(true);
});

test("the service worker is registered only once the widget has taken its first view over", async ({ page }) => {
  // The worker's downloads (every file of the build) wait for the widget's start.
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route((url) => /_bg\.wasm$/.test(url.pathname), async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("/index.html", { waitUntil: "domcontentloaded" });
  await expect(page.getByRole("heading", { name: "AI Architect", level: 3 })).toBeVisible();
  // The page's scripts have run and a moment has passed: still no worker.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  release();
  await waitLive(page);
  await controlled(page);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active)).toBe(true);
});

test("with the service worker in control, a reader's dataset still comes from the network", async ({ page }) => {
  await openWidget(page);
  await controlled(page);
  const body = { sources: [{ id: "s", title: "S", file: "s" }], roles: [{ id: "a", title: "Fresh Role", sources: ["s"] }], salaries: [] };
  await page.route((url) => url.pathname === "/fresh.json", (route) => route.fulfill({ json: body }));
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === "/fresh.json");
  await page.goto("/index.html?data=/fresh.json");
  expect((await answered).fromServiceWorker()).toBe(false);
  await expect(count(page)).toHaveText("1 role");
  await expect(page.getByRole("heading", { name: "Fresh Role" })).toBeVisible();
  // The build's own files are still served by the worker.
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
});

test("a new build: the update notice, then the new data, and the old cache gone", async ({ browser }) => {
  const next = resolve("target/e2e/dist-next");
  await access(join(next, "sw.js"));
  const site = await mkdtemp(join(tmpdir(), "ce-site-"));
  await cp(resolve("dist"), site, { recursive: true });
  const port = 4175;
  const server = spawn(process.execPath, ["tests/e2e/server.mjs", site, String(port)], { stdio: "ignore" });
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/index.html`).catch(() => null))?.ok ?? false).toBe(true);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/index.html#/sources`);
    await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeVisible();
    await controlled(page);
    const oldVersion = await page.getByText(/^Data version/).textContent();
    const oldCaches = await page.evaluate(() => caches.keys());
    expect(oldCaches).toHaveLength(1);
    // Deploy the new build.
    await rm(site, { recursive: true, force: true });
    await cp(next, site, { recursive: true });
    await page.reload();
    const notice = page.getByRole("status").filter({ hasText: "A new version of the career explorer is ready." });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // Until the reader says so, the old build keeps running.
    await expect(page.getByText(/^Data version/)).toHaveText(oldVersion);
    await page.getByRole("button", { name: "Reload to update" }).click();
    await expect(page.getByText(/^Data version 2099-01-01\./)).toBeVisible({ timeout: 20_000 });
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).not.toBe(oldCaches[0]);
    await context.close();
  } finally {
    server.kill();
    await rm(site, { recursive: true, force: true });
  }
});

test("the single-file edition works from disk with every request blocked", async ({ browser }) => {
  const context = await browser.newContext({ offline: true });
  const requests = [];
  // Every request beyond the file itself is blocked (and recorded).
  await context.route((url) => url.protocol !== "file:", (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(resolve("dist/career-explorer.html")).href);
  await expect(count(page)).toHaveText("24 roles");
  await page.getByLabel("Search roles").fill("vision");
  await expect(page.getByRole("article").first()).toContainText("Computer Vision Engineer");
  await expect(page.getByText("This copy works offline")).toBeVisible();
  // A view that comes in a wasm file of its own is in this file too.
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Pay", exact: true })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  // So are a role's profile and the Embed dialog.
  await page.getByRole("button", { name: "Explore", exact: true }).click();
  await page.getByRole("article").first().getByRole("button", { name: "View profile" }).click();
  await expect(page.getByRole("button", { name: "← Back to results" })).toBeVisible();
  await page.getByRole("button", { name: "Embed" }).click();
  await expect(page.getByRole("dialog", { name: "Embed this view" })).toBeVisible();
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test("the page is installable: a manifest with icons and a service worker", async ({ page, request }) => {
  await openWidget(page);
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
  await controlled(page);
  await expect(page.getByRole("link", { name: "Download for offline use" })).toHaveAttribute("href", /career-explorer\.html$/);
});
