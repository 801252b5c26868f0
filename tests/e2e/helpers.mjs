// Shared steps for the end-to-end tests: open the widget, scan it with axe-core.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Opens the standalone page (optionally at a hash) and waits until the widget is live:
 * its WebAssembly has taken over the first view painted as HTML. */
export async function openWidget(page, hash = "") {
  await page.goto(`/index.html${hash}`);
  await waitLive(page);
  await expect(page.getByRole("button", { name: "Explore" })).toBeVisible();
}

/** Waits until the widget (the first on the page, or the one `selector` finds) is live. */
export async function waitLive(page, selector = "career-explorer") {
  await page.waitForFunction(
    (sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector(".ce-root:not(.ce-prerender):not(.ce-placeholder)"),
    selector,
  );
}

/** Runs axe-core on the page, shadow roots included, and expects no violation. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}
