import { test, expect } from "@playwright/test";
import { openWidget, expectNoAxeViolations } from "./helpers.mjs";

test("the first screen shows every role of the built-in data as a card", async ({ page }) => {
  await openWidget(page);
  await expect(page.getByRole("status").filter({ hasText: /roles$/ })).toHaveText("24 roles");
  const cards = page.getByRole("article");
  await expect(cards).toHaveCount(24);
  const mle = cards.filter({ has: page.getByRole("heading", { name: "Machine Learning Engineer", exact: true }) });
  await expect(mle).toContainText("$120K – $190K");
  await expect(mle).toContainText("4 sources");
});

test("axe-core finds no violation on the first screen, light and dark", async ({ page }) => {
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await openWidget(page);
    await expect(page.getByRole("article").first()).toBeVisible();
    await expectNoAxeViolations(page, `first screen (${colorScheme})`);
  }
});

test("the open data is published with its schema and validates against it", async ({ request }) => {
  const Ajv = (await import("ajv/dist/2020.js")).default;
  const data = await (await request.get("/data/careers.json")).json();
  const schema = await (await request.get("/data/careers.schema.json")).json();
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const ok = validate(data);
  expect(validate.errors || [], "schema errors").toEqual([]);
  expect(ok).toBe(true);
  for (const key of ["sources", "roles", "salaries", "certifications", "career_steps"]) {
    expect(Array.isArray(data[key]), key).toBe(true);
  }
  expect(data.sources).toHaveLength(5);
});

test("a failed start shows a readable message in the widget's box, never a blank box", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto("/hosts/plain.html");
  const box = page.locator("career-explorer#w");
  await expect(box.getByRole("alert")).toHaveText("The career explorer could not start in this browser. Reload the page to try again.");
  expect(errors.some((e) => e.includes("career-explorer: could not start"))).toBe(true);
});
