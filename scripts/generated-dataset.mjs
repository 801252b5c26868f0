// A dataset at the documented limits and under the 5 MB file limit: 20,000 roles, one pay
// figure each, and a chain of 19,999 career steps from the first role to the last.
// Used by `make bench` (the scale figures) and by the end-to-end tests of large datasets.
export function generatedDataset(n = 20000) {
  const levels = ["entry", "mid", "senior", "lead"];
  return {
    sources: [{ id: "g", title: "Generated", file: "generated.json" }],
    roles: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Eng ${i}`, sources: ["g"] })),
    salaries: Array.from({ length: n }, (_, i) => ({
      id: `p${i}`, source: "g", country: "US", currency: "USD", level: levels[i % 4], level_label: "G",
      role: `r${i}`, min: 50000 + (i % 100) * 1000, max: 120000 + (i % 100) * 2000,
    })),
    career_steps: Array.from({ length: n - 1 }, (_, i) => ({ from: `r${i}`, to: `r${i + 1}`, kind: "promotion", source: "g" })),
  };
}
