// The wasm-bindgen glue as a post loads it: without its documentation comments (blocks of
// /** … */ and lines of // …), which only a reader of the file needs.
// Usage: node scripts/trim-glue.mjs BUILD_DIR/GLUE.js (after Trunk wrote it)
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
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
  } else if (!t.startsWith("//")) {
    kept.push(line);
  }
}
writeFileSync(file, kept.join("\n"));
