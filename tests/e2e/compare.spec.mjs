import { test, expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

const card = (page, title) =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
const headers = (page) => page.getByRole("table").getByRole("columnheader");

async function addFromExplore(page, titles) {
  for (const t of titles) await card(page, t).getByRole("button", { name: "Add to comparison" }).click();
}

test("three roles added from Explore appear as columns in the order added", async ({ page }) => {
  await openWidget(page);
  await addFromExplore(page, ["NLP Engineer", "MLOps Engineer", "Senior ML Engineer"]);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(headers(page)).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer", "Senior ML Engineer"]);
  for (const row of ["Experience level", "Focus area", "Track", "Years of experience", "Pay (United States)", "Pay (United Kingdom)", "Pay (India)", "Skills", "Tools", "Certifications", "Responsibilities", "Education", "Career steps"]) {
    await expect(page.getByRole("rowheader", { name: row, exact: true })).toBeVisible();
  }
  // No article names tools, certifications or education for any of the three: said once per
  // role, and each such row is one cell, not a blank per role.
  await expect(page.getByRole("row", { name: /^Tools/ }).getByRole("cell")).toHaveText(["None named for these roles"]);
  await expect(page.getByText("The articles give no tools, certifications or education for Senior ML Engineer.")).toBeVisible();
  await expect(page.getByText("The articles give no pay figure, tools, certifications, duties or education for NLP Engineer.")).toBeVisible();
  const pay = page.getByRole("row", { name: /^Pay \(United States\)/ });
  await expect(pay).toContainText("$180K – $250K+");
  await expect(pay).toContainText("No figure in the sources");
  await expect(page.getByRole("row", { name: /^Career steps/ })).toContainText("No route to or from NLP Engineer");
});

test("only differences, remove, reorder", async ({ page }) => {
  await openWidget(page, "#/compare?roles=senior-ml-engineer,applied-ml-engineer,junior-ml-engineer");
  await expect(headers(page)).toHaveText(["Aspect", "Senior ML Engineer", "Applied ML Engineer", "Junior ML Engineer"]);
  await page.getByRole("button", { name: "Remove Junior ML Engineer" }).click();
  await expect(headers(page)).toHaveText(["Aspect", "Senior ML Engineer", "Applied ML Engineer"]);
  await expect(page.getByRole("rowheader", { name: "Experience level" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Only differences" }).check();
  await expect(page.getByRole("rowheader", { name: "Experience level" })).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: "Pay (United States)" })).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: "Focus area" })).toBeVisible();
  // Marks in text: every skill of one role is unique to it.
  await expect(page.getByRole("row", { name: /^Skills/ })).toContainText("(only this role)");
  await page.getByRole("button", { name: "Move Applied ML Engineer left" }).click();
  await expect(headers(page)).toHaveText(["Aspect", "Applied ML Engineer", "Senior ML Engineer"]);
  await expect(page).toHaveURL(/#\/compare\?roles=applied-ml-engineer,senior-ml-engineer/);
});

test("items every role shares are marked shared", async ({ page }) => {
  await openWidget(page, "#/compare?roles=junior-ml-engineer,ml-engineer");
  await expect(page.getByRole("row", { name: /^Certifications/ })).toContainText("(shared)");
});

test("export CSV holds the table", async ({ page }) => {
  await openWidget(page, "#/compare?roles=junior-ml-engineer,senior-ml-engineer");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("career-comparison.csv");
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("Aspect,Junior ML Engineer,Senior ML Engineer");
  expect(csv).toContain("Pay (India),");
  expect(csv).toContain("600000/1200000/INR/");
  expect(csv).toContain("180000/250000+/USD/");
  expect(csv).toContain("Career steps,");
});

test("copy link reopens exactly this comparison in a new page", async ({ page, context }) => {
  await openWidget(page, "#/compare?roles=nlp-engineer,mlops-engineer,ai-architect");
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.getByLabel("Link to this comparison").inputValue();
  expect(link).toMatch(/#\/compare\?roles=nlp-engineer,mlops-engineer,ai-architect$/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(headers(other)).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer", "AI Architect"]);
});

test("a fifth role is refused with a message", async ({ page }) => {
  await openWidget(page, "#/compare?roles=nlp-engineer,mlops-engineer,ai-architect,data-engineer");
  await page.getByLabel("Add role").fill("Head of AI");
  await expect(page.getByText("A comparison holds at most 4 roles")).toBeVisible();
  await expect(headers(page)).toHaveCount(5);
  await page.getByRole("button", { name: "Remove Data Engineer" }).click();
  await page.getByLabel("Add role").fill("Head of AI");
  await expect(headers(page)).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer", "AI Architect", "Head of AI"]);
});

test("recent comparisons survive a reload, and corrupt stored data is ignored", async ({ page }) => {
  await openWidget(page, "#/compare?roles=nlp-engineer,mlops-engineer");
  await expect(headers(page)).toHaveCount(3);
  await openWidget(page, "#/compare?roles=data-engineer,data-scientist");
  await expect(page.getByRole("group", { name: "Recent comparisons" })).toBeVisible();
  await page.getByRole("button", { name: "NLP Engineer, MLOps Engineer" }).click();
  await expect(headers(page)).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer"]);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.evaluate(() => {
    localStorage.setItem("career-explorer:v1:recent-comparisons", '{"not":"ours"}\u0000\ufffd' + "x".repeat(10000));
    localStorage.setItem("unrelated-key-of-the-host", "keep me");
  });
  await openWidget(page, "#/compare?roles=ai-engineer,applied-scientist");
  await expect(headers(page)).toHaveText(["Aspect", "AI Engineer", "Applied Scientist"]);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem("unrelated-key-of-the-host"))).toBe("keep me");
});

test("narrow screens keep the table, scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openWidget(page, "#/compare?roles=nlp-engineer,mlops-engineer,ai-architect,data-engineer");
  await expect(headers(page)).toHaveCount(5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("group", { name: /Comparison table/ })).toBeVisible();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe-core: no violation on Compare (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWidget(page, "#/compare?roles=junior-ml-engineer,ml-engineer,nlp-engineer");
    await expect(headers(page)).toHaveCount(4);
    await expectNoAxeViolations(page, `Compare (${colorScheme})`);
  });
}

test("a profile's years of experience read exactly as in Compare", async ({ page }) => {
  await openWidget(page, "#/role/senior-ml-engineer");
  await expect(page.getByRole("heading", { name: "Senior ML Engineer", level: 2 })).toBeVisible();
  const inProfile = (await page.locator("career-explorer").locator("dt", { hasText: /^Years of experience$/ }).locator("xpath=following-sibling::dd").textContent()).trim();
  expect(inProfile).toMatch(/^5–10 years \(“/);
  await openWidget(page, "#/compare?roles=senior-ml-engineer,mlops-engineer");
  const row = page.getByRole("row", { name: /^Years of experience/ });
  await expect(row.getByRole("cell").first()).toHaveText(inProfile);
});
