// Shared steps for the end-to-end tests: open the widget, scan it with axe-core.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Opens the standalone page (optionally at a hash) and waits for the first cards. */
export async function openWidget(page, hash = "") {
  await page.goto(`/index.html${hash}`);
  await expect(page.getByRole("button", { name: "Explore" })).toBeVisible();
}

/** Runs axe-core on the page, shadow roots included, and expects no violation. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
