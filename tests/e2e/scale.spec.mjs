// A reader's dataset at the documented limits (20,000 roles, 20,000 pay figures, a chain of
// 19,999 steps) opens every view without drawing one element per role or figure.
import { test, expect } from "@playwright/test";
import { generatedDataset } from "../../scripts/generated-dataset.mjs";

const text = JSON.stringify(generatedDataset());

async function open(page, view) {
  await page.route((url) => url.pathname === "/generated-20k.json", (route) => route.fulfill({ contentType: "application/json", body: text }));
  await page.goto("/index.html?data=/generated-20k.json");
  const w = page.locator("career-explorer");
  await expect(w.getByRole("status").filter({ hasText: /roles?$/ })).toHaveText("20,000 roles", { timeout: 30_000 });
  await w.getByRole("button", { name: view, exact: true }).click();
  await expect(w.getByRole("heading", { level: 2 }).first()).toBeVisible();
  return w;
}

const nodes = (w) => w.evaluate((e) => e.shadowRoot.querySelectorAll("*").length);

test("Pay draws the first figures of each level and says how many there are", async ({ page }) => {
  const w = await open(page, "Pay");
  await expect(w.getByRole("heading", { name: "Pay", level: 2 })).toBeVisible();
  const lines = w.getByText("The first 40 of 5,000 figures are drawn and listed; the consensus counts all of them.");
  await expect(lines).toHaveCount(4);
  expect(await w.evaluate((e) => e.shadowRoot.querySelectorAll(".ce-pay-level .ce-bar").length)).toBe(160);
  expect(await nodes(w)).toBeLessThan(5000);
});

test("Compare's role box suggests a few matching titles, not 20,000 options", async ({ page }) => {
  const w = await open(page, "Compare");
  const box = w.getByLabel("Add role");
  const options = () => w.evaluate((e) => e.shadowRoot.querySelectorAll("#ce-role-options option").length);
  expect(await options()).toBe(50);
  await box.fill("ng 1999");
  await expect.poll(options).toBe(11);
  await box.fill("Eng 19999");
  await expect(w.getByRole("columnheader")).toHaveText(["Aspect", "Eng 19999"]);
  expect(await nodes(w)).toBeLessThan(5000);
});

test("Career paths lists the steps a page at a time and plans the route from the first role to the last", async ({ page }) => {
  const w = await open(page, "Career paths");
  await expect(w.getByText("The graph is drawn for up to 150 roles; this dataset's career steps join 20,000 roles.", { exact: false })).toBeVisible();
  await expect(w.getByRole("img", { name: "Career path graph" })).toHaveCount(0);
  const twin = w.getByRole("group", { name: "Every career step, as a list" });
  await expect(twin.getByRole("button", { name: /^Eng \d+$/ })).toHaveCount(100);
  await twin.getByRole("button", { name: "Show 100 more of 20,000 roles" }).click();
  await expect(twin.getByRole("button", { name: /^Eng \d+$/ })).toHaveCount(200);
  // From and To are boxes that suggest titles.
  await w.getByLabel("From").fill("Eng 0");
  await w.getByLabel("To").fill("Eng 19999");
  await w.getByRole("button", { name: "Show route" }).click();
  await expect(w.getByText("Eng 0 → Eng 19999: 19,999 steps")).toBeVisible();
  const route = w.getByRole("list", { name: "Route", exact: true });
  await expect(route.getByRole("listitem").filter({ hasText: /^Step \d+:/ })).toHaveCount(100);
  await w.getByRole("button", { name: "Show 100 more of 19,999 steps" }).click();
  await expect(route.getByRole("listitem").filter({ hasText: /^Step \d+:/ })).toHaveCount(200);
  expect(await nodes(w)).toBeLessThan(20000);
});
