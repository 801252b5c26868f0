#!/bin/sh
# Writes data/careers.json and data/careers.schema.json into the build being assembled.
set -eu
out="${TRUNK_STAGING_DIR:-dist}/data"
cargo run --quiet --offline -p career-model --features loader --bin export-data -- "$out"
