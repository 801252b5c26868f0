// Readers on phones: the widget 390 px wide (or 360), measured on the widget itself.
import { test, expect } from "@playwright/test";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

const phone = { width: 390, height: 844 };
const pageOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("on a phone, the first screen of Explore shows roles; Filters opens and closes the filters, keeping the choices", async ({ page }) => {
  await page.setViewportSize(phone);
  await openWidget(page);
  const firstProfile = page.getByRole("button", { name: "View profile" }).first();
  await expect(firstProfile).toBeInViewport();
  const box = await firstProfile.boundingBox();
  expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
  const toggle = page.getByRole("button", { name: /^Filters/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("group", { name: "Experience level" })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const levels = page.getByRole("group", { name: "Experience level" });
  await expect(levels).toBeVisible();
  await levels.getByRole("checkbox", { name: /^Senior/ }).check();
  await expect(toggle).toHaveAccessibleName("Filters (1 active)");
  await toggle.click();
  await expect(levels).toBeHidden();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  // The choice is kept while the filters are folded away.
  await expect(page.getByRole("status").filter({ hasText: /roles?$/ })).not.toHaveText("24 roles");
  await toggle.click();
  await expect(levels.getByRole("checkbox", { name: /^Senior/ })).toBeChecked();
  // The views stay on one row; every one is reachable.
  const nav = page.getByRole("group", { name: "Views" });
  const buttons = nav.getByRole("button");
  const tops = await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  expect(new Set(tops.map(Math.round)).size).toBe(1);
  await nav.getByRole("button", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { name: "Sources", level: 2 })).toBeVisible();
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
});

test("a wide window with a narrow widget column folds the filters too", async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto("/hosts/own-switch.html");
  // The widget takes its column's width (no host rule can size it): a 400 px column.
  await page.evaluate(() => document.querySelector("main").style.setProperty("width", "400px"));
  const el = page.locator("career-explorer#switch");
  await expect(el.getByRole("button", { name: /^Filters/ })).toBeVisible();
  await page.evaluate(() => document.querySelector("main").style.setProperty("width", "900px"));
  await expect(el.getByRole("button", { name: /^Filters/ })).toBeHidden();
  await expect(el.getByRole("group", { name: "Experience level" })).toBeVisible();
});

test("Compare of two roles at 360 px leaves the page without sideways scroll", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openWidget(page, "#/compare?roles=nlp-engineer,mlops-engineer");
  await expect(page.getByRole("columnheader")).toHaveText(["Aspect", "NLP Engineer", "MLOps Engineer"]);
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core at phone width: Explore, Compare and Your skills (${scheme})`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.emulateMedia({ colorScheme: scheme });
    await openWidget(page);
    await page.getByRole("button", { name: /^Filters/ }).click();
    await expectNoAxeViolations(page, `Explore at phone width (${scheme})`);
    await openWidget(page, "#/compare?roles=nlp-engineer,mlops-engineer");
    await expect(page.getByRole("columnheader")).toHaveCount(3);
    await expectNoAxeViolations(page, `Compare at phone width (${scheme})`);
    await openWidget(page, "#/skills?have=python,docker,sql");
    await expect(page.getByRole("heading", { name: "Your skills", level: 2 })).toBeVisible();
    await expectNoAxeViolations(page, `Your skills at phone width (${scheme})`);
  });
}
