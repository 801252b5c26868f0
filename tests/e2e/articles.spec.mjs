// What the articles say, where a reader looks for it: a country's pay insights at every
// level, and a career ladder whose every promotion leads up.
import { test, expect } from "@playwright/test";
import { openWidget } from "./helpers.mjs";

test("a country's pay insights show with a senior role's pay, not only at entry level", async ({ page }) => {
  await openWidget(page, "#/role/senior-ml-engineer");
  await expect(page.getByRole("heading", { name: "Senior ML Engineer", level: 2 })).toBeVisible();
  await expect(page.getByText("San Francisco, Seattle and New York lead compensation", { exact: false })).toBeVisible();
  await openWidget(page, "#/pay?country=GB");
  await expect(page.getByText("London dominates pay", { exact: false })).toBeVisible();
});

test("the ladder has one junior rung: ML Engineer is the step after it, with no level of its own", async ({ page }) => {
  await openWidget(page, "#/explore?level=junior");
  await expect(page.getByRole("status").filter({ hasText: /roles?$/ })).toHaveText("1 role");
  await expect(page.getByRole("article").getByRole("heading")).toHaveText(["Junior ML Engineer"]);
  await openWidget(page, "#/path?from=junior-ml-engineer&to=senior-ml-engineer");
  await expect(page.getByText("Junior ML Engineer → Senior ML Engineer: 2 steps")).toBeVisible();
});

test("what the articles lack for a role is said once, in the profile and in Compare", async ({ page }) => {
  await openWidget(page, "#/role/mlops-engineer");
  const line = page.getByText(/^The articles give no .* for MLOps Engineer\.$/);
  await expect(line).toHaveCount(1);
  await expect(line).toContainText("certifications");
  await expect(page.getByRole("heading", { name: "Certifications that help" })).toHaveCount(0);
  await openWidget(page, "#/compare?roles=mlops-engineer,machine-learning-engineer");
  await expect(page.getByText(/^The articles give no .* for MLOps Engineer\.$/)).toHaveCount(1);
  await expect(page.getByText(/for Machine Learning Engineer\.$/)).toHaveCount(0);
  // A row only one role fills stays, with the other's cell marked.
  await expect(page.getByRole("row", { name: /^Certifications/ })).toContainText("None named");
  await page.getByRole("checkbox", { name: "Only differences" }).check();
  await expect(page.getByRole("rowheader", { name: "Experience level" })).toBeVisible();
  await openWidget(page, "#/compare?roles=mlops-engineer,nlp-engineer");
  await expect(page.getByText(/^The articles give no /)).toHaveCount(2);
});
