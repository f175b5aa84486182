#!/usr/bin/env bash
# Coverage-guided fuzzing on the stable toolchain: libFuzzer (the libfuzzer-sys crate) driven by
# the sanitizer-coverage passes stable rustc has (no nightly, no cargo-fuzz needed).
#
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     # default: 60 seconds each, every target
#
# Targets (fuzz/src/targets.rs): document (the document model and every rule), reader (each
# input reader: text, Markdown, NITF/NewsML-G2, ninjs, ANPA, HTML), config (the config file
# parser), form (the HTTP API's form parsing and its answer). An input that panics, or takes
# more than 5 s, is copied to fuzz/regressions/<target>/ and the script fails: commit the file
# and `cargo test --test fuzz` replays it from then on.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/fuzz"
secs="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document reader config form)
triple="$(rustc -vV | sed -n 's/^host: //p')"
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
# Its own target folder, whatever CARGO_TARGET_DIR says: instrumented builds never mix with
# the project's. --target keeps the instrumentation off build scripts, which cannot link
# libFuzzer.
export CARGO_TARGET_DIR="$root/fuzz/target"
cargo build --release --quiet --target "$triple" --bins
bin="$CARGO_TARGET_DIR/$triple/release"
for t in "${targets[@]}"; do
  [ -x "$bin/$t" ] || { echo "fuzz.sh: no fuzz target named $t (see fuzz/src/targets.rs)"; exit 2; }
done

# Seeds: the project's own fixtures and examples, and every input kept from earlier runs.
seed() {
  local t="$1" dir="corpus/$1"
  mkdir -p "$dir" "artifacts/$t"
  case "$t" in
    document) cp "$root"/examples/*.txt "$root"/tests/fixtures/*.txt "$dir/" ;;
    reader)
      # The first byte picks the reader: 0-5 one each, 6 detection from the content.
      for f in "$root"/tests/fixtures/feeds/* "$root"/examples/*.txt; do
        for pick in 0 1 2 3 4 5 6; do
          { printf "\\x0$pick"; cat "$f"; } > "$dir/$pick-$(basename "$f")"
        done
      done ;;
    *) cp seeds/"$t"/* "$dir/" ;;
  esac
  cp regressions/"$t"/* "$dir/" 2>/dev/null || true
}

max_len() {
  case "$1" in document|reader) echo 16384 ;; *) echo 4096 ;; esac
}

failed=()
for t in "${targets[@]}"; do
  seed "$t"
  echo "== fuzz $t for ${secs}s"
  if ! "$bin/$t" "corpus/$t" -max_total_time="$secs" -max_len="$(max_len "$t")" -timeout=5 \
      -rss_limit_mb=2048 -artifact_prefix="artifacts/$t/" -print_final_stats=1 \
      > "artifacts/$t.log" 2>&1; then
    tail -40 "artifacts/$t.log"
    failed+=("$t")
  else
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done)" "artifacts/$t.log" || tail -3 "artifacts/$t.log"
  fi
  for a in artifacts/"$t"/*; do
    [ -e "$a" ] || continue
    cp "$a" "regressions/$t/"
    echo "kept $a as fuzz/regressions/$t/$(basename "$a")"
  done
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found inputs that break: ${failed[*]} (kept under fuzz/regressions/)"
  exit 1
fi
echo "fuzzing: no crash or hang in ${targets[*]}"
