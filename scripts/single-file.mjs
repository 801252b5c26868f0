// Writes the single-file edition: one HTML file with the WebAssembly, its JavaScript, the
// CSS and the data inlined, that works opened straight from disk with the network off.
// It defines <career-explorer> with the built embed.js, whose loader it swaps for one
// that reads the inlined wasm.
// Usage: node scripts/single-file.mjs BUILD_DIR (after embed.js has been written there)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] || "dist";
const files = readdirSync(dir);
const find = (re) => {
  const f = files.find((name) => re.test(name));
  if (!f) throw new Error(`single-file: no file matching ${re} in ${dir}`);
  return join(dir, f);
};
const gluePath = find(/^career[-_]explorer[^/.]*\.js$/);
const stem = gluePath.slice(dir.length + 1, -".js".length);
// The views after Explore are files of their own (scripts/split-wasm.sh): their link
// module goes in this module too, and fetches each view's wasm from a string below.
const link = readFileSync(join(dir, `${stem}.split.js`), "utf8");
const linked = [];
const linkCode = link
  .replace(/^import \{ initSync \} from "[^"]+";$/m, "")
  .replace(/^export const (\w+) =/gm, (_, name) => (linked.push(name), `const ${name} =`))
  .replace(/fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g, (_, file) => {
    const bytes = readFileSync(join(dir, file)).toString("base64");
    return `Promise.resolve(new Response(Uint8Array.from(atob("${bytes}"), (c) => c.charCodeAt(0)), { headers: { "content-type": "application/wasm" } }))`;
  });
if (!linked.length || /import\.meta/.test(linkCode)) throw new Error("single-file: the split link module is not as expected");
const importsOfLink = /import\s*\*\s*as\s*([\w$]+)\s*from\s*["']\.\/[^"']+\.split\.js["'];?/g;
const glueSource = readFileSync(gluePath, "utf8");
if (!importsOfLink.test(glueSource)) throw new Error("single-file: the glue does not import the split link module");
const glue = `${linkCode}\nconst __ceSplit = { ${linked.join(", ")} };\n${glueSource.replace(importsOfLink, (_, name) => `const ${name} = __ceSplit;`)}`;
const wasm = readFileSync(find(/^career[-_]explorer.*_bg\.wasm$/)).toString("base64");
const css = readFileSync(find(/^page.*\.css$/), "utf8");
const embed = readFileSync(join(dir, "embed.js"), "utf8");

// No files beside this one: an empty base, and the wasm from the string below. Opened from
// disk the wasm is at hand at once, so no prerendered view is painted first.
const loader = `const base = "";
const PRERENDER = false;
const load = async () => {
  const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
  await __wbg_init({ module_or_path: bytes });
  return { mount_element, prepare };
};`;
const block = /\/\/ <load>[^\n]*\n[\s\S]*?\/\/ <\/load>\n/;
if (!block.test(embed)) throw new Error("single-file: embed.js has no <load> block");
const element = embed.replace(block, () => loader + "\n");

// The glue is an ES module; inlined, its functions are in scope for the loader above.
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Career explorer (offline edition)</title>
<meta name="description" content="Machine learning engineer roles, pay, certifications and career paths: the whole explorer in one file, for offline use.">
<style>${css}</style>
</head>
<body>
<main class="page">
<h1 class="page-title">Career explorer</h1>
<career-explorer loading="eager"><p class="page-loading">Loading the career explorer…</p></career-explorer>
</main>
<script type="module">
${glue}
${element}
</script>
</body>
</html>
`;
writeFileSync(join(dir, "career-explorer.html"), html);
