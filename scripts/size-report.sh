#!/usr/bin/env bash
# Prints every file of a build with its raw, gzip and brotli size, and the totals.
set -euo pipefail
dir="${1:-dist}"
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
tr=0; tg=0; tb=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  tr=$((tr + raw)); tg=$((tg + gz)); tb=$((tb + br))
  printf '%-48s %10d %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz" "$br"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d %10d\n' TOTAL "$tr" "$tg" "$tb"
