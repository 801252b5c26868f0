// The views after Explore come in wasm files of their own: a post loads the main file alone,
// and a view's file arrives the first time a reader opens that view.
import { test, expect } from "@playwright/test";
import { openWidget, waitLive } from "./helpers.mjs";

// The standalone page's service worker would fetch every file ahead, and answer in the
// page's place: these tests watch and hold back the page's own requests.
test.use({ serviceWorkers: "block" });

const wasmFile = (url) => {
  const path = new URL(url).pathname;
  return path.endsWith(".wasm") ? path.split("/").pop() : null;
};

function watchWasm(page) {
  const files = [];
  page.on("request", (r) => {
    const f = wasmFile(r.url());
    if (f) files.push(f);
  });
  return files;
}

test("the widget starts with its main wasm alone; each other view's file comes when first opened, once", async ({ page }) => {
  const files = watchWasm(page);
  await openWidget(page);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/_bg\.wasm$/);

  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Compare roles" })).toBeVisible();
  expect(files.some((f) => /\.split_build_compare\.wasm$/.test(f)), files.join(" ")).toBe(true);
  expect(files.some((f) => /\.split_build_pay\.wasm$/.test(f))).toBe(false);
  const afterCompare = files.length;

  // Back and forth: the file is not fetched again.
  await page.getByRole("button", { name: "Explore", exact: true }).click();
  await expect(page.getByLabel("Search roles")).toBeVisible();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Compare roles" })).toBeVisible();
  expect(files).toHaveLength(afterCompare);

  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Pay", exact: true })).toBeVisible();
  expect(files.some((f) => /\.split_build_pay\.wasm$/.test(f))).toBe(true);
});

test("a view whose file can't be fetched says so, and opens once the network is back", async ({ page }) => {
  const blocked = (url) => /\.split_build_sources\.wasm$/.test(new URL(url).pathname);
  await page.route(blocked, (route) => route.abort());
  await openWidget(page);
  await page.getByRole("button", { name: "Sources", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("This view could not be loaded");
  // The rest of the widget still works.
  await page.getByRole("button", { name: "Explore", exact: true }).click();
  await page.getByLabel("Search roles").fill("vision");
  await expect(page.getByRole("heading", { name: "Computer Vision Engineer" })).toBeVisible();

  await page.unroute(blocked);
  await page.getByRole("button", { name: "Sources", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Sources", exact: true })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a tag that opens on another view than Explore shows it whole at the takeover, with no empty frame", async ({ page }) => {
  // Every frame from the first paint on: the box's height and whether it shows the Pay view.
  await page.addInitScript(() => {
    window.__frames = [];
    const tick = () => {
      const root = document.querySelector("career-explorer#w")?.shadowRoot;
      if (root) {
        const heading = [...root.querySelectorAll("h2")].some((h) => h.textContent.trim() === "Pay");
        window.__frames.push({ heading, height: Math.round(root.host.getBoundingClientRect().height) });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto("/hosts/calm.html");
  await waitLive(page, "career-explorer#w");
  await page.waitForTimeout(500);
  const frames = await page.evaluate(() => window.__frames.filter((f) => f.height > 0));
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.filter((f) => !f.heading), "frames without the Pay view").toEqual([]);
  const heights = [...new Set(frames.map((f) => f.height))];
  expect(heights, "the box keeps its height").toHaveLength(1);
});

test("adding a role to the comparison starts fetching Compare's file before Compare is opened", async ({ page }) => {
  const files = watchWasm(page);
  await openWidget(page);
  await page.getByLabel("Search roles").fill("nlp");
  await expect(page.getByRole("article")).toHaveCount(1);
  expect(files.some((f) => /\.split_build_compare\.wasm$/.test(f))).toBe(false);
  await page.getByRole("article").getByRole("button", { name: "Add to comparison" }).click();
  await expect.poll(() => files.some((f) => /\.split_build_compare\.wasm$/.test(f))).toBe(true);
});

test("a role's profile comes in a file of its own, which starts coming as the pointer reaches the cards", async ({ page }) => {
  const files = watchWasm(page);
  await openWidget(page);
  await page.getByLabel("Search roles").fill("nlp");
  const card = page.getByRole("article").filter({ hasText: "NLP" });
  await expect(card).toHaveCount(1);
  expect(files.some((f) => /\.split_build_role\.wasm$/.test(f))).toBe(false);
  await card.hover();
  await expect.poll(() => files.some((f) => /\.split_build_role\.wasm$/.test(f))).toBe(true);
  await card.getByRole("button", { name: "View profile" }).click();
  // The profile is whole, and the focus lands on its heading, as before the split.
  await expect(page.getByRole("heading", { level: 2, name: /NLP/ })).toBeFocused();
  await expect(page.getByRole("button", { name: "Add to comparison" })).toBeVisible();
  expect(files.filter((f) => /\.split_build_role\.wasm$/.test(f))).toHaveLength(1);
});

test("the Embed dialog's file comes at the first press of Embed; if it can't, a notice says so and the next press opens it", async ({ page }) => {
  const files = watchWasm(page);
  const blocked = (url) => /\.split_build_embed\.wasm$/.test(new URL(url).pathname);
  await page.route(blocked, (route) => route.abort());
  await openWidget(page);
  expect(files.some((f) => /\.split_build_embed\.wasm$/.test(f))).toBe(false);
  const embed = page.getByRole("button", { name: "Embed" });
  await embed.click();
  await expect(page.getByText("The Embed dialog could not be loaded")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.unroute(blocked);
  await embed.click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Snippet")).toHaveValue(/<career-explorer/);
  // Closed and opened again: the same dialog, from the file already here.
  const embedFiles = () => files.filter((f) => /\.split_build_embed\.wasm$/.test(f));
  const count = embedFiles().length;
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await embed.click();
  await expect(dialog).toBeVisible();
  expect(embedFiles()).toHaveLength(count);
});

test("only a widget given a dataset fetches the file that reads one; if that file can't come, the widget says so", async ({ page }) => {
  const files = watchWasm(page);
  await openWidget(page);
  expect(files.some((f) => /\.split_build_own_data\.wasm$/.test(f))).toBe(false);

  const blocked = (url) => /\.split_build_own_data\.wasm$/.test(new URL(url).pathname);
  await page.route(blocked, (route) => route.abort());
  await page.goto("/hosts/own-inline.html");
  const panel = page.locator("career-explorer#good").getByRole("group", { name: "This dataset has problems" });
  await expect(panel).toContainText("the part of the widget that reads datasets could not be fetched");
  await expect(panel.getByRole("button", { name: "Show built-in data" })).toBeVisible();

  await page.unroute(blocked);
  await page.reload();
  await expect(page.locator("career-explorer#good").getByRole("heading", { name: "UX Designer" })).toBeVisible();
  expect(files.some((f) => /\.split_build_own_data\.wasm$/.test(f))).toBe(true);
});

test("a view that lists roles starts fetching the profile's file when it opens", async ({ page }) => {
  const files = watchWasm(page);
  await openWidget(page);
  await page.getByRole("button", { name: "Certifications", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Certifications", exact: true })).toBeVisible();
  await expect.poll(() => files.some((f) => /\.split_build_role\.wasm$/.test(f))).toBe(true);
});
