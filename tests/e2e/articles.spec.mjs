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
