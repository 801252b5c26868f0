#!/bin/sh
# Runs after each Trunk build, in the build being assembled: writes the open data, the
# embed loader with this build's hashed file names, style sheet and first views, the iframe
# page, the single-file edition, and last the service worker with the exact list of this build's files.
set -eu
stage="${TRUNK_STAGING_DIR:-dist}"
cargo run --quiet --offline -p career-model --features data-file --bin export-data -- "$stage/data"
glue=$(cd "$stage" && ls career[-_]explorer*.js | grep -v '_bg' | head -n 1)
wasm=$(cd "$stage" && ls career[-_]explorer*_bg.wasm | head -n 1)
[ -n "$glue" ] && [ -n "$wasm" ] || { echo "post-build: no wasm-bindgen output in $stage" >&2; exit 1; }
# The views after Explore go in files of their own, fetched when first opened.
sh scripts/split-wasm.sh "$stage" "$glue" "$wasm"
sed -e "s/__GLUE_JS__/$glue/" -e "s/__WASM_FILE__/$wasm/" public/embed.js > "$stage/embed.js"
# What every post loads goes without the comments its sources keep; the wasm-bindgen glue
# is minified too (its top-level names stay: the single-file edition calls them).
node scripts/strip-comments.mjs "$stage/embed.js"
node node_modules/terser/bin/terser "$stage/$glue" --compress --mangle --output "$stage/$glue"
cp public/embed.html public/embed-frame.js public/embed-frame.css public/register-sw.js public/manifest.webmanifest "$stage/"
# The widget's style sheet and its first views as HTML, rendered natively by its own
# components (also into the standalone page, with widget.css), and the element's attribute
# lists from the widget's own table.
cargo run --quiet --offline -p career-explorer --no-default-features --features ssr --bin prerender -- "$stage/embed.js" "$stage/embed-frame.js" "$stage/index.html"
mkdir -p "$stage/icons" && cp public/icons/* "$stage/icons/"
node scripts/single-file.mjs "$stage"
# The standalone page asks for the glue and the wasm at once, instead of one after the other.
preload="<link rel=\"modulepreload\" href=\"$glue\"><link rel=\"modulepreload\" href=\"${glue%.js}.split.js\"><link rel=\"preload\" href=\"$wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
sed -i "s|<script type=\"module\" src=\"register-sw.js\"></script>|$preload\n    &|" "$stage/index.html"
grep -q 'rel="modulepreload"' "$stage/index.html" || { echo "post-build: could not add the preload links to index.html" >&2; exit 1; }
# The service worker: every file of this build (but itself), and a build id from their content.
files=$(cd "$stage" && find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
build=$(cd "$stage" && cat $files | cksum | cut -d' ' -f1)
list=$(printf '"./"'; for f in $files; do printf ', "%s"' "$f"; done)
sed -e "s/__BUILD__/$build/" -e "s|__FILES__|[$list]|" public/sw.js > "$stage/sw.js"
