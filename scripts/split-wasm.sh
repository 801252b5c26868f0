#!/bin/sh
# Cuts the widget's WebAssembly in two kinds of file: the main one, which every post that
# shows the widget loads (the frame, Explore and the model), and one per split point in
# src/split.rs (the other views, the role profile, the Embed dialog, the reading of a host's
# dataset), which the browser fetches the first time it is needed.
#
# Runs inside the Trunk build (post-build.sh), on the wasm cargo built with the `split`
# feature and `--emit-relocs` (.cargo/config.toml): it writes the glue and the main wasm in
# place of the ones Trunk wrote, under the same names, and the views' files beside them,
# named after the build so that no cache mixes two builds.
# Usage: split-wasm.sh STAGE GLUE WASM
set -eu
stage=$1
glue=$2
wasm=$3
profile=${TRUNK_PROFILE:-debug}
input="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/career_explorer.wasm"
[ -f "$input" ] || { echo "split-wasm: no $input" >&2; exit 1; }
stem=${glue%.js}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wasm-split-cli "$input" "$work/split" --out-name "$stem"
# The views' files share the main file's function table and memory: keep their exports.
wasm-bindgen --keep-lld-exports --target web --no-typescript --out-dir "$work/bg" --out-name "$stem" "$work/split/$stem.wasm"

# The link module and the views' files, renamed after the build; the glue imports the one,
# which fetches the others.
link="$stem.split.js"
sed -e "s|\"\./\([A-Za-z0-9_]*\)\.wasm\"|\"./$stem.\1.wasm\"|g" "$work/split/__wasm_split.js" > "$stage/$link"
grep -q "$stem\." "$stage/$link" || { echo "split-wasm: no view files named in the link module" >&2; exit 1; }
sed -e "s|from \"\./__wasm_split\.js\"|from \"./$link\"|g" "$work/bg/$stem.js" > "$stage/$glue"
grep -q "$link" "$stage/$glue" || { echo "split-wasm: the glue does not import the link module" >&2; exit 1; }

optimize() {
  if [ "$profile" = release ]; then
    # In place of Trunk (index.html: data-wasm-opt="0"), on each file the split wrote.
    # Each file warns of the name subsection it drops: only other messages are shown.
    wasm-opt -Os --converge "$1" -o "$2" 2> "$work/opt.log" || { cat "$work/opt.log" >&2; exit 1; }
    grep -v "unknown name subsection" "$work/opt.log" >&2 || true
  else
    cp "$1" "$2"
  fi
}
optimize "$work/bg/${stem}_bg.wasm" "$stage/$wasm"
for f in "$work"/split/*.wasm; do
  name=$(basename "$f" .wasm)
  [ "$name" = "$stem" ] && continue
  optimize "$f" "$stage/$stem.$name.wasm"
done
echo "split-wasm: $(ls "$stage" | grep -c "^$stem\..*\.wasm$") view files beside $wasm"
