#!/usr/bin/env bash
# Bundle benchmark: builds a district-size file (default 100 groups, 20,000-odd
# members, about 2.3 million journal lines), then times exporting it, importing
# the bundle into an empty file, and sqlite3's own .import of the same CSV files
# into plain tables (no checks, no keys): the floor any importer can reach.
# Peak memory (GNU time's maximum resident size) is printed for a half-size and
# the full bundle, to show that import memory does not grow with the input.
# Usage: scripts/bench-bundle.sh [--orgs N] [--members-per-org M] [--years Y]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${THANRAK_BENCH_BUILD:-$root/build-bench}"
work="${THANRAK_BENCH_DIR:-$(mktemp -d)}"
orgs=100 members=206 years=5
while (($#)); do
  case "$1" in
    --orgs) orgs="$2"; shift 2 ;;
    --members-per-org) members="$2"; shift 2 ;;
    --years) years="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in sqlite3 unzip /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install sqlite3 unzip time)" >&2; exit 1; }
done
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTHANRAK_BUILD_TESTS=OFF -DTHANRAK_BUILD_UI=OFF >/dev/null
cmake --build "$build" --target thanrak-bench thanrak-cli
cli="$build/bin/thanrak-cli"
district="$work/district.thanrak"

measure() {  # label, command...: prints seconds and peak memory
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt"
  read -r secs kb <"$work/time.txt"
  awk -v l="$label" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-34s %8.1f s  peak %6.0f MB\n", l, s, k / 1024 }'
}

if [[ ! -f "$district" ]]; then
  "$build/bin/thanrak-bench" --orgs "$orgs" --members-per-org "$members" --big-group "$members" \
    --years "$years" --runs 1 --out "$district" --keep --generate-only
fi
echo "rows: $(sqlite3 "$district" 'SELECT (SELECT count(*) FROM organisations) || " organisations, " ||
  (SELECT count(*) FROM people) || " people, " || (SELECT count(*) FROM journal_lines) || " journal lines"')"

rm -f "$work/full.zip" "$work/half.zip" "$work/empty-"*.thanrak
measure "export, whole file" "$cli" export --db "$district" --out "$work/full.zip"
half_codes=$(sqlite3 "$district" "SELECT code FROM organisations ORDER BY code LIMIT $((orgs / 2))")
args=(); for c in $half_codes; do args+=(--org "$c"); done
measure "export, half the groups" "$cli" export --db "$district" "${args[@]}" --out "$work/half.zip"
ls -l "$work/full.zip" "$work/half.zip" | awk '{printf "%-34s %8.1f MB\n", $NF, $5 / 1e6}'

"$cli" init "$work/empty-half.thanrak" >/dev/null
"$cli" init "$work/empty-full.thanrak" >/dev/null
measure "import, half bundle" "$cli" import --db "$work/empty-half.thanrak" "$work/half.zip"
measure "import, full bundle" "$cli" import --db "$work/empty-full.thanrak" "$work/full.zip"
import_secs=$(awk 'NR==1{print $1}' "$work/time.txt")
tail -n 1 "$work/out.txt"
measure "import again (all unchanged)" "$cli" import --db "$work/empty-full.thanrak" "$work/full.zip"

rm -rf "$work/csv" "$work/plain.db" && mkdir "$work/csv"
unzip -q "$work/full.zip" -d "$work/csv"
script="$work/import.sql"; : >"$script"
for f in "$work"/csv/*.csv; do echo ".import --csv $f $(basename "$f" .csv)" >>"$script"; done
measure "sqlite3 .import of the same CSVs" sqlite3 "$work/plain.db" ".read $script"
sqlite_secs=$(awk 'NR==1{print $1}' "$work/time.txt")
awk -v a="$import_secs" -v b="$sqlite_secs" 'BEGIN { printf "full import / sqlite3 .import: %.1f times\n", a / b }'
echo "files kept in $work"
