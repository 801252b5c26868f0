// The build's JavaScript as a post loads it: without its comments (blocks of /* … */ and
// lines of // …), which only a reader of the source needs. The markers of the block the
// single-file edition replaces in embed.js (// <load> … // </load>) stay.
// Usage: node scripts/strip-comments.mjs FILE.js...
import { readFileSync, writeFileSync } from "node:fs";

const marker = /^\/\/ <\/?load>/;
for (const file of process.argv.slice(2)) {
  const kept = [];
  let inComment = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const t = line.trim();
    if (inComment) {
      inComment = !t.includes("*/");
    } else if (t.startsWith("/*")) {
      // A comment that opens a line and closes on it with code after it is left whole.
      const end = t.indexOf("*/", 2);
      if (end === -1) inComment = true;
      else if (end + 2 < t.length) kept.push(line);
    } else if (!t.startsWith("//") || marker.test(t)) {
      kept.push(line);
    }
  }
  writeFileSync(file, kept.join("\n"));
}
