import { test, expect } from "@playwright/test";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

test("certifications filtered by provider Google", async ({ page }) => {
  await openWidget(page);
  await page.getByRole("button", { name: "Certifications" }).click();
  await expect(page.getByRole("article")).toHaveCount(7);
  await page.getByLabel("Provider").selectOption("Google");
  await expect(page.getByRole("heading", { name: "Google Professional Machine Learning Engineer" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("status").filter({ hasText: "certification" })).toHaveText("2 certifications");
  // What an article calls a specialisation is said to be one.
  await page.getByLabel("Provider").selectOption({ label: "deeplearning.ai (Coursera)" });
  await expect(page.getByRole("article").first()).toContainText("Not a formal certification");
});

test("most-named first, filter by role, and one click to the roles a certification helps", async ({ page }) => {
  await openWidget(page, "#/certifications");
  const first = page.getByRole("article").first();
  await expect(first).toContainText("Named by 3 articles");
  await page.getByLabel("Helps with").selectOption({ label: "Junior ML Engineer" });
  await expect(page.getByRole("article")).toHaveCount(5);
  const tf = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "TensorFlow Developer Certificate" }) });
  await tf.getByRole("button", { name: "Show the roles it helps" }).click();
  await expect(page.getByRole("status").filter({ hasText: /roles?$/ })).toHaveText("3 roles");
  await expect(page.getByRole("group", { name: "Certifications" }).getByRole("checkbox", { name: /^TensorFlow Developer Certificate/ })).toBeChecked();
});

test("a profile links to its certifications", async ({ page }) => {
  await openWidget(page, "#/role/junior-ml-engineer");
  await page.getByRole("button", { name: "IBM Machine Learning Professional Certificate" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Certifications" })).toBeVisible();
  await expect(page.getByLabel("Helps with")).toHaveValue("junior-ml-engineer");
});

test("pay in India: the three ₹ levels, and the table matches the bars", async ({ page }) => {
  await openWidget(page);
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await page.getByLabel("Country").selectOption({ label: "India" });
  const table = page.getByRole("table", { name: /Pay in India by level and source/ });
  await expect(table.getByRole("rowheader")).toHaveText(["Entry", "Mid", "Senior"]);
  await expect(table).toContainText("₹6L – ₹12L");
  await expect(table).toContainText("₹15L – ₹30L");
  await expect(table).toContainText("₹35L+");
  const bars = await page.locator(".ce-pay-chart svg text.ce-bar-label").allTextContents();
  const figures = bars.map((t) => t.replace(/^\d+: /, ""));
  expect(figures).toEqual(["₹6L – ₹12L", "₹15L – ₹30L", "₹35L+"]);
  for (const f of figures) await expect(table).toContainText(f);
  await expect(page.getByText("Only one source gives a figure").first()).toBeVisible();
  await expect(page.getByText("Bangalore, Hyderabad and Pune")).toBeVisible();
});

test("pay in the United States shows each level's consensus band", async ({ page }) => {
  await openWidget(page, "#/pay");
  await expect(page.getByText("Sources agree on $110K – $120K")).toBeVisible();
  // Senior: 000 and 001 reach $250K+, 004 starts there. 003's range, given without a
  // level, sits with the all-levels figures.
  await expect(page.getByText("Sources agree on $250K+")).toBeVisible();
  await expect(page.getByText("Sources agree on $115K – $185K")).toBeVisible();
  await expect(page.getByText("up to $350K in leading tech companies", { exact: false })).toBeVisible();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe-core: no violation on Certifications and Pay (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWidget(page, "#/certifications");
    await expect(page.getByRole("article").first()).toBeVisible();
    await expectNoAxeViolations(page, `Certifications (${colorScheme})`);
    await openWidget(page, "#/pay?country=GB");
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectNoAxeViolations(page, `Pay (${colorScheme})`);
    await openWidget(page, "#/sources");
    await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeVisible();
    await expectNoAxeViolations(page, `Sources (${colorScheme})`);
  });
}
