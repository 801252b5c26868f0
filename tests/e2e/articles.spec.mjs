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

test("a profile shows what the articles say beyond duties, each line with its article", async ({ page }) => {
  await openWidget(page, "#/role/machine-learning-engineer");
  await expect(page.getByRole("heading", { name: "Machine Learning Engineer", level: 2 })).toBeVisible();
  const profile = page.getByRole("article", { name: "Machine Learning Engineer" });
  const section = (name) => profile.locator("section").filter({ has: page.getByRole("heading", { name, level: 3, exact: true }) });
  await expect(section("Benefits").getByRole("listitem")).toHaveCount(3);
  await expect(section("Benefits")).toContainText("401(k) matching and unlimited paid time off. (“Machine Learning Engineer Job Description Template (2026)”)");
  await expect(section("Where the role sits")).toContainText("tech and R&D departments");
  await expect(section("What moves the pay")).toContainText("experience level, technical expertise and industry demand");
  await expect(section("Outlook and demand")).toContainText("severe talent shortage");
  await expect(section("Background that counts")).toContainText("Published research in ML conferences or journals is valued for senior positions.");
  // 001's "R or Java (optional)" and 003's nice-to-haves are not shown as plain requirements.
  const weighed = section("Skills and tools").getByRole("list");
  await expect(weighed.getByRole("listitem").filter({ hasText: /^R: optional/ })).toContainText("Machine Learning Engineer Jobs: Complete Career Guide 2026");
  await expect(weighed.getByRole("listitem").filter({ hasText: /^Apache Spark: nice to have/ })).toHaveCount(1);
  // 001's "career growth leads to …" are where the role can lead, not promotions.
  await expect(section("Career steps").getByRole("listitem").filter({ hasText: "AI Architect" })).toContainText("where it can lead");
  // A role without notes shows none of these headings.
  await openWidget(page, "#/role/data-engineer");
  await expect(page.getByRole("heading", { level: 2, name: "Data Engineer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Benefits" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "How the articles weigh them" })).toHaveCount(0);
});

test("Sources counts the other facts each article gave", async ({ page }) => {
  await openWidget(page, "#/sources");
  const jd = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Job Description Template/ }) });
  // 003: eight weighed skills, two lines describing the role, three benefits.
  await expect(jd.getByText("13 other facts", { exact: true })).toBeVisible();
});
