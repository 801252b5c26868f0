// "Get started": the articles' routes into the field, side by side, for people entering it.
import { test, expect } from "@playwright/test";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

test("Get started shows both routes as numbered steps with their sources, and opens from #/start", async ({ page }) => {
  await openWidget(page);
  await page.getByRole("button", { name: "Get started" }).click();
  await expect(page.getByRole("heading", { name: "Get started", level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/#\/start$/);
  const ik = page.getByRole("region", { name: "How to Become a Machine Learning Engineer in 2026" });
  await expect(ik.getByRole("listitem")).toHaveText([
    "Gain a strong academic foundation in computer science or related fields.",
    "Develop core technical skills in machine learning and AI.",
    "Gain hands-on experience by working on real-world projects.",
    "Prepare for technical interviews by strengthening problem-solving skills.",
    "Position yourself strategically to target high-growth opportunities.",
  ]);
  expect(await ik.locator("ol").count()).toBe(1);
  await expect(ik).toContainText("From “Machine Learning Engineer Job Description & Responsibilities: A 2026 Career Guide” (000_e70dedd7a75da111.txt)");
  const start = page.getByRole("region", { name: "Conclusion: how to start" });
  await expect(start.getByRole("listitem")).toHaveCount(4);
  await expect(start.getByRole("listitem").first()).toHaveText("Build your mathematics and Python foundations solidly.");
  await expect(start).toContainText("004_fc82408503b3f331.txt");
  // The resume checklist, the early certifications and the beginners' questions.
  await expect(page.getByRole("region", { name: "What Recruiters Look For" }).getByRole("listitem")).toHaveCount(4);
  await expect(page.getByRole("region", { name: "Resume Optimization Tips" })).toContainText("Include measurable results");
  await expect(page.getByText("IBM Machine Learning Professional Certificate")).toBeVisible();
  await page.getByText("Do machine learning engineers need a degree?").click();
  // From a starting role to its profile, and to a route.
  await page.getByRole("button", { name: "Plan a route from Junior ML Engineer" }).click();
  await expect(page).toHaveURL(/#\/path\?from=junior-ml-engineer$/);
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Get started", level: 2 })).toBeVisible();
  await page.getByRole("button", { name: "Junior ML Engineer", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Junior ML Engineer", level: 2 })).toBeVisible();
  // A link opens it directly.
  await openWidget(page, "#/start");
  await expect(page.getByRole("heading", { name: "Get started", level: 2 })).toBeVisible();
});

test("the view attribute opens Get started, and a reader's dataset without advice says so", async ({ page }) => {
  await page.goto("/hosts/own-switch.html");
  const el = page.locator("career-explorer#switch");
  await el.evaluate((e) => e.setAttribute("view", "start"));
  await expect(el.getByRole("heading", { name: "Get started", level: 2 })).toBeVisible();
  await el.evaluate((e) => e.setAttribute("data-src", "/hosts/ux.json"));
  // ux.json has no routes, advice, early certifications, beginners' questions or junior roles.
  await expect(el.getByRole("heading", { name: "Get started", level: 2 })).toBeVisible();
  await expect(el.getByText("This dataset says nothing for people starting out")).toBeVisible();
  await expect(el.getByRole("heading", { name: "Routes into the field" })).toHaveCount(0);
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core: no violation on Get started (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWidget(page, "#/start");
    await expect(page.getByRole("heading", { name: "Get started", level: 2 })).toBeVisible();
    for (const d of await page.locator("details").all()) await d.evaluate((e) => (e.open = true));
    await expectNoAxeViolations(page, `Get started (${scheme})`);
  });
}
