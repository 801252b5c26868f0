import { test, expect } from "@playwright/test";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

async function plan(page, from, to) {
  await page.getByLabel("From").selectOption({ label: from });
  await page.getByLabel("To").selectOption({ label: to });
  await page.getByRole("button", { name: "Show route" }).click();
}

const route = (page) => page.getByRole("list", { name: "Route", exact: true });

test("Junior ML Engineer to AI Architect, step by step", async ({ page }) => {
  await openWidget(page);
  await page.getByRole("button", { name: "Career paths" }).click();
  await expect(page.getByRole("img", { name: "Career path graph" })).toBeVisible();
  await plan(page, "Junior ML Engineer", "AI Architect");
  const steps = route(page).getByRole("listitem");
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText("Step 1: Junior ML Engineer → ML Engineer");
  await expect(steps.nth(1)).toContainText("Step 2: ML Engineer → Senior ML Engineer");
  await expect(steps.nth(2)).toContainText("Step 3: Senior ML Engineer → Lead ML Engineer");
  await expect(steps.nth(3)).toContainText("Step 4: Lead ML Engineer → AI Architect");
  // Pay change, years and skills to add, from the articles.
  await expect(steps.nth(1)).toContainText("$180K – $250K+");
  await expect(steps.nth(1)).toContainText("5–10 years");
  await expect(steps.nth(1)).toContainText("Model optimisation");
  await expect(steps.nth(3)).toContainText("$250K – $400K+");
  await expect(page).toHaveURL(/#\/path\?from=junior-ml-engineer&to=ai-architect/);
});

test("a route with a lateral move", async ({ page }) => {
  await openWidget(page, "#/path");
  await plan(page, "Junior ML Engineer", "MLOps Engineer");
  const steps = route(page).getByRole("listitem");
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(1)).toContainText("ML Engineer → MLOps Engineer");
  await expect(steps.nth(1)).toContainText("lateral move");
  await expect(page.getByText("2 steps, 1 lateral")).toBeVisible();
});

test("an impossible route says so and suggests reachable roles", async ({ page }) => {
  await openWidget(page, "#/path");
  await plan(page, "AI Architect", "Junior ML Engineer");
  await expect(page.getByText("No route from AI Architect to Junior ML Engineer")).toBeVisible();
  await expect(page.getByText("Junior ML Engineer comes before AI Architect on the ladder.")).toBeVisible();
  await page.getByRole("button", { name: "Head of AI" }).first().click();
  await expect(route(page).getByRole("listitem")).toHaveCount(1);
});

test("the link reopens the same plan", async ({ page, context }) => {
  await openWidget(page, "#/path?from=software-engineer&to=staff-ml-engineer");
  const steps = route(page).getByRole("listitem");
  await expect(steps).toHaveCount(3);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("list", { name: "Route", exact: true }).getByRole("listitem")).toHaveText(await steps.allTextContents());
  await expect(other.getByLabel("From")).toHaveValue("software-engineer");
});

test("Back and Forward keep the route fields and the plan in step", async ({ page }) => {
  await openWidget(page, "#/path?from=software-engineer&to=staff-ml-engineer");
  await expect(page.getByText("Software Engineer → Staff ML Engineer", { exact: false })).toBeVisible();
  await page.getByLabel("From").selectOption({ label: "Junior ML Engineer" });
  await page.getByLabel("To").selectOption({ label: "AI Architect" });
  await page.getByRole("button", { name: "Show route" }).click();
  await expect(page.getByText("Junior ML Engineer → AI Architect", { exact: false })).toBeVisible();
  await page.goBack();
  await expect(page.getByText("Software Engineer → Staff ML Engineer", { exact: false })).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue("software-engineer");
  await expect(page.getByLabel("To")).toHaveValue("staff-ml-engineer");
  await page.goForward();
  await expect(page.getByText("Junior ML Engineer → AI Architect", { exact: false })).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue("junior-ml-engineer");
  await expect(page.getByLabel("To")).toHaveValue("ai-architect");
});

test("selecting a role in the graph or its list opens the profile", async ({ page }) => {
  await openWidget(page, "#/path");
  await page.getByRole("img", { name: "Career path graph" }).getByText("Head of AI", { exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Head of AI" })).toBeVisible();
  await page.goBack();
  await page.getByRole("group", { name: "Every career step, as a list" }).getByRole("button", { name: "Staff ML Engineer" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Staff ML Engineer" })).toBeVisible();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe-core: no violation on Career paths (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWidget(page, "#/path?from=junior-ml-engineer&to=ai-architect");
    await expect(route(page)).toBeVisible();
    await expectNoAxeViolations(page, `Career paths (${colorScheme})`);
  });
}
