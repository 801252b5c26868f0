// "Your skills": which roles fit what a reader already knows.
import { test, expect } from "@playwright/test";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

const fits = (page) => page.getByRole("list", { name: "Roles that fit your skills" }).getByRole("listitem");

test("ticking Python, Docker and SQL ranks roles with N of M skills, and the link restores the picks", async ({ page }) => {
  await openWidget(page);
  await page.getByRole("button", { name: "Your skills" }).click();
  await expect(page.getByRole("heading", { name: "Your skills", level: 2 })).toBeVisible();
  for (const name of ["Python", "Docker", "SQL"]) await page.getByRole("checkbox", { name, exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: /ticked$/ })).toHaveText("3 skills ticked");
  await expect(page).toHaveURL(/#\/skills\?have=python,docker,sql$/);
  const first = fits(page).first();
  await expect(first).toContainText(/\d+ of \d+ skills/);
  // The best fit covers the largest share: read every item's "N of M" and check the order.
  const shares = (await fits(page).allTextContents()).map((t) => {
    const [, n, m] = /(\d+) of (\d+) skill/.exec(t);
    return Number(n) / Number(m);
  });
  expect(shares.length).toBeGreaterThan(3);
  expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  expect(shares[0]).toBeGreaterThan(0);
  // What is still missing, and a route from the nearest role to the others.
  await expect(fits(page).nth(1)).toContainText("Still to learn:");
  const route = page.getByRole("list", { name: "Roles that fit your skills" }).getByRole("button", { name: /^Route from / }).first();
  await expect(route).toBeVisible();
  await route.click();
  await expect(page).toHaveURL(/#\/path\?from=[a-z-]+&to=[a-z-]+$/);
  await expect(page.getByRole("heading", { name: "Career paths", level: 2 })).toBeVisible();
  await page.goBack();
  // The filter box narrows the checklist; ticked skills stay in sight.
  await page.getByLabel("Filter skills").fill("kube");
  await expect(page.getByRole("checkbox", { name: "Kubernetes" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Python", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "PyTorch" })).toBeHidden();
  // Kept for the next visit: the reader's own ticks.
  await page.getByRole("checkbox", { name: "SQL", exact: true }).uncheck();
  expect(await page.evaluate(() => localStorage.getItem("career-explorer:v1:skills"))).toBe("python,docker");
  // A link restores its picks.
  await page.goto("about:blank");
  await openWidget(page, "#/skills?have=python,sql");
  await expect(page.getByRole("checkbox", { name: "Python", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "SQL", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Docker", exact: true })).not.toBeChecked();
  // Opened again without picks in the link, the reader's kept ones come back.
  await page.goto("about:blank");
  await openWidget(page, "#/skills");
  await expect(page.getByRole("checkbox", { name: "Docker", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "SQL", exact: true })).not.toBeChecked();
});

test("the attributes open Your skills with picks", async ({ page }) => {
  await page.goto("/hosts/own-switch.html");
  const el = page.locator("career-explorer#switch");
  await el.evaluate((e) => {
    e.setAttribute("have", "python,sql");
    e.setAttribute("view", "skills");
  });
  await expect(el.getByRole("heading", { name: "Your skills", level: 2 })).toBeVisible();
  await expect(el.getByRole("checkbox", { name: "SQL", exact: true })).toBeChecked();
  await expect(el.getByRole("list", { name: "Roles that fit your skills" }).getByRole("listitem").first()).toContainText(/of \d+ skills?/);
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core: no violation on Your skills (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWidget(page, "#/skills?have=python,docker,sql");
    await expect(fits(page).first()).toBeVisible();
    await expectNoAxeViolations(page, `Your skills (${scheme})`);
  });
}
