#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and UBSan (CTL_FUZZ=ON), then
# runs each target for SECONDS seconds (default 60), one after the other, on one core each.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]    targets: fuzz_container fuzz_ctl_parser fuzz_load_validate
#                                                          fuzz_export fuzz_pe
#
# Seed corpora go into a temporary directory, never into the source tree: the files of tests/data/real and
# tests/data/malformed up to FUZZ_MAX_SEED bytes (default 65536; 0 = all: the 190 KB lists make every
# execution some five times slower), plus a dozen small signed lists that tests/fixturegen/ctlfixture
# writes (both encodings, nested and countersignatures, EC, PSS, CT logs, broken signatures). The corpus
# grown by a run is deleted at the end unless FUZZ_KEEP_CORPUS=1. A crash, leak, sanitizer report, timeout (-timeout=30 s per input) or an input above
# the memory limit (-rss_limit_mb=4096) fails the script; the input that caused it is kept in
# $FUZZ_BUILD_DIR/artifacts. To keep it as a regression: copy it into tests/data/malformed, add its line
# to tests/data/malformed/MANIFEST, fix the bug; tst_robustness then replays it on every test run.
#
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_MAX_SEED, FUZZ_KEEP_CORPUS, FUZZ_ARGS (extra
# libFuzzer options, e.g. FUZZ_ARGS=-jobs=2 -workers=2; mind the machine's cores).
# Needs Debian's clang and libclang-rt-14-dev (the libFuzzer and sanitizer runtimes).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if [ $# -gt 0 ]; then shift; fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_container fuzz_ctl_parser fuzz_load_validate fuzz_export fuzz_pe)
fi
case "$seconds" in ''|*[!0-9]*) echo "fuzz: SECONDS must be a whole number, got \"$seconds\"" >&2; exit 2;; esac

build=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCTL_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
cmake --build "$build" -j2 --target "${targets[@]}" ctlfixture
echo "fuzz: built in $SECONDS s ($build)"

work=$(mktemp -d "${TMPDIR:-/tmp}/ctl-fuzz.XXXXXX")
if [ "${FUZZ_KEEP_CORPUS:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
artifacts="$build/artifacts"
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}

# Small generated lists, shared by every target.
fixtures="$work/fixtures"
mkdir -p "$fixtures"
index=0
while IFS= read -r options; do
  index=$((index + 1))
  # shellcheck disable=SC2086
  "$build/tests/fixturegen/ctlfixture" --out "$fixtures/fixture-$index.stl" --entries 3 $options
done <<'VARIANTS'

--encoding octet
--nested --countersign
--key ec256 --ca-key ec256
--pss --digest sha384
--digest sha1 --minimal-entries --chain-depth 1
--ctlogs 2 --next-update 2026-01-01T00:00:00Z --generalized-time --list-id Fixture
--no-signer-infos
--signature-over content --include-root
--sign-with-other-cert --ca-first
--duplicate-signed-attr --trailing-bytes 3
--usage 1.3.6.1.4.1.311.10.3.30 --entries 0
VARIANTS

# Seeds: the files of tests/data up to FUZZ_MAX_SEED bytes and the fixtures; the parser takes DER only;
# the PE reader starts from the MinGW-built images of tests/data/pe (and the rest, as flat files).
max_seed=${FUZZ_MAX_SEED:-65536}
seed() {
  local target=$1 corpus=$2 file
  mkdir -p "$corpus"
  local extra=()
  if [ "$target" = fuzz_pe ]; then extra=(tests/data/pe/*.exe tests/data/pe/*.dll); fi
  for file in tests/data/real/* tests/data/malformed/* "$fixtures"/* "${extra[@]}"; do
    [ -f "$file" ] || continue # folders of test data (a folder of root certificates) are not seeds
    case "$(basename "$file")" in SOURCES.md|MANIFEST|README.md|*.crt) continue;; esac
    if [ "$max_seed" -gt 0 ] && [ "$(stat -c %s "$file")" -gt "$max_seed" ]; then continue; fi
    if [ "$target" = fuzz_ctl_parser ] && [ "$(head -c 1 "$file" | od -An -tx1 | tr -d ' ')" != 30 ]; then continue; fi
    cp "$file" "$corpus/"
  done
}

failed=0
summary=()
for target in "${targets[@]}"; do
  corpus="$work/corpus-$target"
  seed "$target" "$corpus"
  echo "fuzz: $target for ${seconds}s, $(ls "$corpus" | wc -l) seed files"
  status=0
  touch "$work/started-$target"
  # shellcheck disable=SC2086
  "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
    -dict=tests/fuzz/ctl.dict -print_final_stats=1 -artifact_prefix="$artifacts/$target-" ${FUZZ_ARGS:-} \
    > "$work/$target.log" 2>&1 || status=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$' || true)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$' || true)
  cov=$(grep -o 'cov: [0-9]*' "$work/$target.log" | tail -1 | grep -o '[0-9]*' || true)
  found=$(find "$artifacts" -maxdepth 1 -type f -name "$target-*" -newer "$work/started-$target" | sort)
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    failed=1
    summary+=("$target: FAILED (exit $status) after ${runs:-?} executions; the input that failed is kept in: ${found:-$artifacts (no file written)}")
    tail -80 "$work/$target.log" >&2
  else
    summary+=("$target: ${runs:-?} executions in ${seconds}s (${rate:-?}/s), coverage ${cov:-?} edges, no crash")
  fi
done
printf 'fuzz: %s\n' "${summary[@]}"
echo "fuzz: $SECONDS s in all (build and runs)"
exit $failed
