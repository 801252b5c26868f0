#!/bin/sh
# Runs after each Trunk build, in the build being assembled: writes the open data, the
# embed loader with this build's hashed file names, and the iframe page.
set -eu
stage="${TRUNK_STAGING_DIR:-dist}"
cargo run --quiet --offline -p career-model --features loader --bin export-data -- "$stage/data"
glue=$(cd "$stage" && ls career[-_]explorer*.js | head -n 1)
wasm=$(cd "$stage" && ls career[-_]explorer*_bg.wasm | head -n 1)
[ -n "$glue" ] && [ -n "$wasm" ] || { echo "post-build: no wasm-bindgen output in $stage" >&2; exit 1; }
sed -e "s/__GLUE_JS__/$glue/" -e "s/__WASM_FILE__/$wasm/" public/embed.js > "$stage/embed.js"
cp public/embed.html public/embed-frame.js public/embed-frame.css "$stage/"
