import { test, expect } from "@playwright/test";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

const count = (page) => page.getByRole("status").filter({ hasText: /^\d+ roles?$/ });
const cardTitles = (page) => page.getByRole("article").getByRole("heading", { level: 3 });

test("typing 'vision' leaves Computer Vision Engineer, the count agrees and the match is marked", async ({ page }) => {
  await openWidget(page);
  await page.getByLabel("Search roles").pressSequentially("vision");
  await expect(cardTitles(page).first()).toHaveText("Computer Vision Engineer");
  const n = await page.getByRole("article").count();
  await expect(count(page)).toHaveText(n === 1 ? "1 role" : `${n} roles`);
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Computer Vision Engineer" }) });
  await expect(card.locator("mark").first()).toHaveText("Vision");
  // Every card left mentions vision somewhere a reader can see it.
  for (const text of await page.getByRole("article").allTextContents()) {
    expect(text.toLowerCase()).toContain("vision");
  }
});

test("level, country and minimum salary combine", async ({ page }) => {
  await openWidget(page);
  await page.getByRole("group", { name: "Experience level" }).getByRole("checkbox", { name: /^Senior/ }).check();
  await page.getByLabel("Country").selectOption({ label: "United Kingdom" });
  await page.getByLabel("Minimum salary").fill("100000");
  await expect(count(page)).toHaveText("2 roles");
  await expect(cardTitles(page)).toHaveText(["Applied ML Engineer", "Senior ML Engineer"]);
  // Pay is shown in the chosen country's currency, as the article writes it.
  await expect(page.getByRole("article").first()).toContainText("£85K – £130K+");
  // A minimum no UK figure reaches leaves nothing, and the empty state offers a way back.
  await page.getByLabel("Minimum salary").fill("200000");
  await expect(count(page)).toHaveText("0 roles");
  await page.getByRole("button", { name: "Undo the last filter" }).click();
  await expect(count(page)).toHaveText("2 roles");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(count(page)).toHaveText("24 roles");
});

test("cards a search left out come back in the order asked, unmarked, and hidden ones take no focus", async ({ page }) => {
  await openWidget(page);
  const search = page.getByLabel("Search roles");
  const sort = page.getByLabel("Sort by");
  const all = await cardTitles(page).allTextContents();
  expect(all).toHaveLength(24);
  await sort.selectOption({ label: "Highest pay" });
  const byPay = await cardTitles(page).allTextContents();
  expect(byPay).not.toEqual(all);
  await sort.selectOption({ label: "Title" });
  await expect(cardTitles(page)).toHaveText(all);
  // Narrow, change the order while narrowed, then widen again.
  await search.fill("vision");
  await expect(cardTitles(page)).toHaveText(["Computer Vision Engineer", "Machine Learning Engineer"]);
  await sort.selectOption({ label: "Highest pay" });
  await search.fill("");
  await expect(count(page)).toHaveText("24 roles");
  await expect(cardTitles(page)).toHaveText(byPay);
  await expect(page.getByRole("article").locator("mark")).toHaveCount(0);
  // Typing key by key and deleting key by key ends where it started.
  await sort.selectOption({ label: "Title" });
  await search.pressSequentially("nlp");
  await expect(cardTitles(page)).toHaveText(["NLP Engineer"]);
  await expect(page.getByRole("article").locator("mark").first()).toHaveText(/nlp/i);
  for (let i = 0; i < 3; i++) await search.press("Backspace");
  await expect(cardTitles(page)).toHaveText(all);
  await expect(page.getByRole("article").locator("mark")).toHaveCount(0);
  // The keyboard reaches the shown cards only.
  await search.fill("vision");
  await expect(page.getByRole("button", { name: "View profile" })).toHaveCount(2);
  const reached = [];
  await page.getByRole("button", { name: "Clear filters" }).focus();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.closest("article")?.querySelector("h3")?.textContent ?? "";
    }));
  }
  expect(reached.filter(Boolean).every((t) => ["Computer Vision Engineer", "Machine Learning Engineer"].includes(t))).toBe(true);
  expect(new Set(reached.filter(Boolean)).size).toBe(2);
});

test("facet options show how many roles they would leave", async ({ page }) => {
  await openWidget(page);
  const levels = page.getByRole("group", { name: "Experience level" });
  await expect(levels.getByRole("checkbox", { name: "Specialized (5)" })).toBeVisible();
  await page.getByRole("group", { name: "Track" }).getByRole("checkbox", { name: /^Specialist/ }).check();
  await expect(count(page)).toHaveText("7 roles");
  await expect(levels.getByRole("checkbox", { name: "Specialized (5)" })).toBeVisible();
  await expect(levels.getByRole("checkbox", { name: "Junior (0)" })).toBeVisible();
});

test("sort by highest pay puts the best-paid roles first", async ({ page }) => {
  await openWidget(page);
  await page.getByLabel("Sort by").selectOption("pay");
  await expect(cardTitles(page).first()).toHaveText("AI Architect");
  await expect(page.getByRole("article").first()).toContainText("$250K – $400K+");
});

test("open a profile, reload, go back: the filters are still there", async ({ page }) => {
  await openWidget(page);
  await page.getByLabel("Search roles").fill("engineer");
  await page.getByRole("group", { name: "Experience level" }).getByRole("checkbox", { name: /^Mid/ }).check();
  await expect(count(page)).toHaveText("2 roles");
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Production ML Engineer" }) });
  await card.getByRole("button", { name: "View profile" }).click();
  const heading = page.getByRole("heading", { level: 2, name: "Production ML Engineer" });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#\/role\/production-ml-engineer/);
  await page.reload();
  await expect(heading).toBeVisible();
  // Every source's pay range for the role's level, with a table twin.
  await expect(page.getByRole("table", { name: "Pay in United States" })).toContainText("$140K – $180K");
  await page.goBack();
  await expect(count(page)).toHaveText("2 roles");
  await expect(page.getByLabel("Search roles")).toHaveValue("engineer");
  await expect(page.getByRole("group", { name: "Experience level" }).getByRole("checkbox", { name: /^Mid/ })).toBeChecked();
});

test("typing updates the link when the reader pauses, without a history entry per key", async ({ page }) => {
  await openWidget(page);
  const before = await page.evaluate(() => history.length);
  await page.getByLabel("Search roles").pressSequentially("vision", { delay: 40 });
  await expect(page).toHaveURL(/q=vision/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.reload();
  await expect(page.getByLabel("Search roles")).toHaveValue("vision");
  await expect(count(page)).toHaveText("2 roles");
});

test("a link it cannot read shows a notice, not an error", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openWidget(page, "#/role/astronaut");
  await expect(page.getByText('No role "astronaut" in this dataset')).toBeVisible();
  await expect(count(page)).toHaveText("24 roles");
  await openWidget(page, "#/explore?level=mid,godlike&min=lots&sort=%zz");
  await expect(count(page)).toHaveText("2 roles");
  await expect(page.getByText('Ignored 3 parts of the link: level "godlike", minimum salary "lots", sort order "%zz".')).toBeVisible();
  expect(errors).toEqual([]);
});

test("keyboard only: search, filter and open a profile", async ({ page }) => {
  await openWidget(page);
  // Tab order: every view in the order shown, then Embed, then the search box.
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el ? (el.getAttribute("aria-label") || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent).trim() : "";
    });
  const names = [];
  for (let i = 0; i < 20 && names[names.length - 1] !== "Search roles"; i++) {
    await page.keyboard.press("Tab");
    const name = await focused();
    if (name) names.push(name.replace(/\s+\d+$/, ""));
  }
  const views = ["Explore", "Get started", "Compare", "Career paths", "Certifications", "Pay", "Your skills", "Sources"];
  const start = names.indexOf("Explore");
  expect(start, `focus order: ${names.join(" → ")}`).toBeGreaterThanOrEqual(0);
  expect(names.slice(start, start + views.length)).toEqual(views);
  expect(names.indexOf("Search roles")).toBeGreaterThan(start + views.length - 1);
  await expect(page.getByLabel("Search roles")).toBeFocused();
  await page.keyboard.type("nlp");
  await expect(cardTitles(page)).toHaveText(["NLP Engineer"]);
  const view = page.getByRole("article").filter({ hasText: "NLP Engineer" }).getByRole("button", { name: "View profile" });
  await view.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "NLP Engineer" })).toBeFocused();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe-core: no violation on Explore and on a profile (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWidget(page, "#/explore?q=engineer");
    await expect(page.getByRole("article").first()).toBeVisible();
    await expectNoAxeViolations(page, `Explore (${colorScheme})`);
    await openWidget(page, "#/role/machine-learning-engineer");
    await expect(page.getByRole("heading", { level: 2, name: "Machine Learning Engineer" })).toBeVisible();
    await expectNoAxeViolations(page, `profile (${colorScheme})`);
  });
}

test("usable at 320 px wide", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await openWidget(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByLabel("Search roles")).toBeVisible();
});
