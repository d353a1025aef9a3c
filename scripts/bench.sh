#!/usr/bin/env bash
# The benchmark suite (issue "Performance: a benchmark suite"): builds what it needs, generates the
# synthetic lists, runs the in-process benchmarks (tests/bench/ctl_bench), the peak-memory runs
# (/usr/bin/time -v) and the whole-process comparison of ctltool with openssl, and prints one table.
#
#   scripts/bench.sh [BUILD_DIR]          (default: ./build; configured Release when it does not exist)
#
# Environment:
#   BENCH_REPEAT=5          runs of ctl_bench per input (the table gives the median and the min-max spread)
#   BENCH_REPEAT_LARGE=3    the same for lists of 1,000,000 entries
#   BENCH_SIZES="10000 100000 1000000"    synthetic list sizes
#   BENCH_VARIANTS="full minimal"         full: ~10 attributes per entry (like authroot.stl);
#                                         minimal: identifier + friendly name (ctlfixture --minimal-entries);
#                                         none: only the real authroot.stl and authrootstl.cab
#   BENCH_PHASES="time memory process startup hostile certs trust exports"
#                                         what to run: in-process time (ctl_bench), in-process peak
#                                         memory, whole-process comparison with openssl, the viewer's
#                                         start to drawn window (ctl_startup_bench, offscreen and, when
#                                         xvfb-run is installed, on an X server), and the load and
#                                         validation of hostile lists built within the limits
#                                         (ctl_hostile_bench; its lines are printed after the table),
#                                         and certificate sources: linking 1,000,000 entries to 1,000
#                                         certificates, opening 600-certificate .sst and PEM sources
#                                         (ctl_certs_bench; printed after the table too), effective
#                                         trust of 1,000,000 entries (ctl_trust_bench; printed after), and
#                                         the exports as whole processes: ctltool export --pdf (up to
#                                         BENCH_PDF_MAX_ENTRIES) and --csv, wall and CPU time and peak
#                                         memory (/usr/bin/time; printed after the table)
#   BENCH_PDF_MAX_ENTRIES=20000           the PDF export is skipped above this many entries
#   BENCH_KEYSTROKES=16                   characters of a name typed into the filter
#   BENCH_KEYSTROKES_LARGE=6              the same for lists of 1,000,000 entries (each keystroke scans
#                                         every row, so the first few show the cost)
#   BENCH_WAIT_QUIET=0      seconds to wait for the 1-minute load average to fall below 0.3 first
#   BENCH_RESULTS=DIR       write into DIR (e.g. an earlier run's, to redo one phase when the machine is
#                           quiet; the files of the phases run again are replaced)
#
# Everything generated goes under BUILD_DIR/bench-data (the synthetic lists, kept between runs) and
# BUILD_DIR/bench-results/<time> (raw results: Qt Test XML, hyperfine JSON, /usr/bin/time -v output).
# Nothing is written into the source tree. Needs python3 (the table) and /usr/bin/time; uses hyperfine
# when installed, otherwise a loop with date +%s%N.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build}")
repeat=${BENCH_REPEAT:-5}
repeat_large=${BENCH_REPEAT_LARGE:-3}
sizes=${BENCH_SIZES:-10000 100000 1000000}
variants=${BENCH_VARIANTS:-full minimal}
pdf_max=${BENCH_PDF_MAX_ENTRIES:-20000}
keystrokes=${BENCH_KEYSTROKES:-16}
keystrokes_large=${BENCH_KEYSTROKES_LARGE:-6}
wait_quiet=${BENCH_WAIT_QUIET:-0}
phases=${BENCH_PHASES:-time memory process startup hostile certs trust exports diff}
[ "$variants" = none ] && variants=""
phase() { case " $phases " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
export QT_QPA_PLATFORM=offscreen

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is missing" >&2; exit 1; }
command -v openssl >/dev/null || { echo "bench: openssl is missing" >&2; exit 1; }

# --- Build --------------------------------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" -j2 --target ctl_bench ctltool ctlfixture ctl_diff_bench
bench="$build/tests/bench/ctl_bench"
ctltool="$build/app/ctltool"
fixture="$build/tests/fixturegen/ctlfixture"
for program in "$bench" "$ctltool" "$fixture"; do
  [ -x "$program" ] || { echo "bench: $program was not built" >&2; exit 1; }
done
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
case "$build_type" in
  Release|RelWithDebInfo) ;;
  *) echo "bench: warning: $build is a '$build_type' build; the figures are only meaningful for Release" >&2 ;;
esac

# --- Inputs ---------------------------------------------------------------------------------------------
data="$build/bench-data"
results=${BENCH_RESULTS:-$build/bench-results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$data" "$results"
# One root for every synthetic list, so that each verifies (ctltool --trust, ctl_bench --trust).
if [ ! -f "$data/root.pem" ] || [ "$fixture" -nt "$data/root.pem" ]; then
  echo "bench: generating the fixture root" >&2
  "$fixture" --out "$data/root-seed.stl" --entries 1 --write-root "$data/root.pem" --write-root-key "$data/root.key"
fi
# inputs.tsv: id, label, path, entries (-1: read from the list), trust file or "-", variant
inputs="$results/inputs.tsv"
real_stl="$root/tests/data/real/authroot_2025-06-16_sha256_listca2011.stl"
real_cab="$root/tests/data/real/authrootstl_2025-06-16_sha256_listca2011.cab"
printf 'real-stl\tauthroot.stl 2025-06-16\t%s\t-1\t-\treal\n' "$real_stl" >"$inputs"
printf 'real-cab\tauthrootstl.cab 2025-06-16\t%s\t-1\t-\treal\n' "$real_cab" >>"$inputs"
for variant in $variants; do
  for size in $sizes; do
    file="$data/${variant}_${size}.stl"
    if [ ! -s "$file" ] || [ "$fixture" -nt "$file" ] || [ "$data/root.pem" -nt "$file" ]; then
      echo "bench: generating $file" >&2
      extra=()
      [ "$variant" = minimal ] && extra=(--minimal-entries)
      "$fixture" --out "$file.tmp" --entries "$size" "${extra[@]}" \
        --root-key-in "$data/root.key" --root-cert-in "$data/root.pem" --list-id "bench $variant $size"
      mv "$file.tmp" "$file"
    fi
    printf '%s-%s\tsynthetic %s\t%s\t%s\t%s\t%s\n' "$variant" "$size" "$variant" "$file" "$size" "$data/root.pem" "$variant" >>"$inputs"
  done
done

# --- Machine ----------------------------------------------------------------------------------------------
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ) (phases: $phases)"
  echo "nproc: $(nproc)"
  lscpu | sed -n 's/^Model name:[[:space:]]*/cpu: /p'
  free -h | sed -n 's/^Mem:[[:space:]]*\([^[:space:]]*\).*/memory: \1/p'
  echo "build: $build ($build_type)"
  echo "hyperfine: $(command -v hyperfine >/dev/null && hyperfine --version || echo 'not installed (date +%s%N loop)')"
  echo "openssl: $(openssl version)"
} >>"$results/machine.txt"
if [ "$wait_quiet" -gt 0 ]; then
  for _ in $(seq "$wait_quiet"); do
    awk '{ exit !($1 < 0.3) }' /proc/loadavg && break
    sleep 1
  done
fi
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/machine.txt"

large() { [ "$1" -ge 500000 ] 2>/dev/null; }
# Arguments of ctl_bench for an input.
bench_args() {
  local path=$1 trust=$2 entries=$3
  local typed=$keystrokes
  large "$entries" && typed=$keystrokes_large
  local args=(--file "$path" --pdf-max-entries "$pdf_max" --keystrokes "$typed")
  [ "$trust" != - ] && args+=(--trust "$trust")
  [ "$(stat -c %s "$path")" -gt $((256 * 1024 * 1024)) ] && args+=(--no-size-limit)
  printf '%s\n' "${args[@]}"
}

# --- In-process: time (ctl_bench, Qt Test XML) ---------------------------------------------------------------
functions=(detect parse load validate parseVerify models firstRows searchIndex filterThumbprint filterName csv pdf)
phase time && while IFS=$'\t' read -r -u 3 id label path entries trust variant; do
  mapfile -t args < <(bench_args "$path" "$trust" "$entries")
  runs=$repeat
  large "$entries" && runs=$repeat_large
  rm -f "$results/time-$id-"*.xml "$results/time-$id-"*.log
  for run in $(seq "$runs"); do
    echo "bench: ctl_bench $id, run $run of $runs" >&2
    "$bench" "${args[@]}" -o "$results/time-$id-$run.xml,xml" </dev/null >"$results/time-$id-$run.log" 2>&1 ||
      echo "bench: ctl_bench $id run $run failed (see $results/time-$id-$run.log)" >&2
  done
done 3<"$inputs"

# --- In-process: peak memory (one function per process, each operation once) ---------------------------
first_input=$(head -n1 "$inputs" | cut -f3)
phase memory && /usr/bin/time -v -o "$results/mem-baseline.txt" "$bench" --file "$first_input" --once startup -o /dev/null,txt \
  </dev/null >/dev/null 2>&1 || true
phase memory && while IFS=$'\t' read -r -u 3 id label path entries trust variant; do
  mapfile -t args < <(bench_args "$path" "$trust" "$entries")
  for function in "${functions[@]}"; do
    echo "bench: peak memory of $function on $id" >&2
    /usr/bin/time -v -o "$results/mem-$id-$function.txt" "$bench" "${args[@]}" --once "$function" \
      -o "$results/mem-$id-$function.xml,xml" </dev/null >/dev/null 2>&1 || true
  done
done 3<"$inputs"

# --- Whole process: ctltool verify, ctltool dump --json, openssl pkcs7 -print ----------------------------
# The command line of one of them, one word a line.
process_command() {
  local name=$1 path=$2 trust=$3
  local trust_args=()
  [ "$trust" != - ] && trust_args=(--trust "$trust")
  case $name in
    verify) printf '%s\n' "$ctltool" verify --no-system-trust "${trust_args[@]}" "$path" ;;
    dump) printf '%s\n' "$ctltool" dump --json "${trust_args[@]}" "$path" ;;
    openssl) printf '%s\n' openssl pkcs7 -inform DER -print -noout -in "$path" ;;
  esac
}
phase process && while IFS=$'\t' read -r -u 3 id label path entries trust variant; do
  names=(verify dump openssl)
  # openssl cannot read a CAB: the comparison is on the .stl.
  [ "$id" = real-cab ] && names=(verify dump)
  hyperfine_args=()
  rm -f "$results/proc-$id.json" "$results/proc-$id.loop"
  for name in "${names[@]}"; do
    mapfile -t command < <(process_command "$name" "$path" "$trust")
    # Exit status and stderr, once (a refused input is reported, not timed as a success).
    set +e
    "${command[@]}" </dev/null >/dev/null 2>"$results/proc-$id-$name.err"
    echo $? >"$results/proc-$id-$name.rc"
    set -e
    # Peak memory of the whole process, three runs.
    for run in 1 2 3; do
      /usr/bin/time -v -o "$results/procmem-$id-$name-$run.txt" "${command[@]}" </dev/null >/dev/null 2>&1 || true
    done
    hyperfine_args+=(--command-name "$name" "$(printf '%q ' "${command[@]}")")
  done
  echo "bench: whole process on $id" >&2
  if command -v hyperfine >/dev/null; then
    if large "$entries"; then runs=(--warmup 1 --runs 5); else runs=(--warmup 3 --min-runs 20); fi
    # -N: no shell in between; -i: a refused input (exit 2) is still timed, the table says it was refused.
    hyperfine -N -i "${runs[@]}" --export-json "$results/proc-$id.json" "${hyperfine_args[@]}" \
      </dev/null >"$results/proc-$id.txt" 2>&1 || echo "bench: hyperfine failed on $id (see $results/proc-$id.txt)" >&2
  else
    count=20
    large "$entries" && count=5
    for name in "${names[@]}"; do
      mapfile -t command < <(process_command "$name" "$path" "$trust")
      for _ in $(seq "$count"); do
        start=$(date +%s%N)
        "${command[@]}" </dev/null >/dev/null 2>&1 || true
        echo "$name $(($(date +%s%N) - start))" >>"$results/proc-$id.loop"
      done
    done
  fi
done 3<"$inputs"
# --- The viewer: process start to the first paint with the bundled authrootstl.cab open and validated ----
startup_bench="$build/tests/bench/ctl_startup_bench"
if phase startup; then
  rm -f "$results/startup-"*.txt
  for run in $(seq 20); do
    echo "bench: viewer start-up, run $run of 20" >&2
    "$startup_bench" "$root/resources/samples/authrootstl.cab" 2>/dev/null | sed -n 's/^startup-ms //p' \
      >>"$results/startup-offscreen.txt" || true
    if command -v xvfb-run >/dev/null; then
      QT_QPA_PLATFORM=xcb xvfb-run -a "$startup_bench" "$root/resources/samples/authrootstl.cab" 2>/dev/null |
        sed -n 's/^startup-ms //p' >>"$results/startup-xvfb.txt" || true
    fi
  done
  # Typing a name into the viewer's filter, timed to the end of each repaint, once the search index is
  # built (ctl_bench searchIndex gives how long that takes).
  while IFS=$'\t' read -r -u 3 id label path entries trust variant; do
    case $id in full-100000 | minimal-1000000) ;; *) continue ;; esac
    rm -f "$results/typing-$id.txt"
    for run in 1 2 3; do
      echo "bench: typing into the viewer's filter on $id, run $run of 3" >&2
      platform=(env QT_QPA_PLATFORM=offscreen)
      command -v xvfb-run >/dev/null && platform=(env QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24")
      LANG=C "${platform[@]}" "$startup_bench" --type "Fixture Root 4711" --type-after 8000 "$path" 2>/dev/null |
        sed -n 's/^keystroke-ms //p' >>"$results/typing-$id.txt" || true
    done
  done 3<"$inputs"
fi
# --- Hostile lists within the limits (issue 13): one load + validation each ------------------------------
if phase hostile; then
  echo "bench: hostile lists" >&2
  "$build/tests/bench/ctl_hostile_bench" -o "$results/hostile.txt,txt" >/dev/null 2>&1 || true
fi
# --- Certificate sources (issue 14): linking and opening, in-process ---------------------------------------
if phase certs; then
  echo "bench: certificate sources" >&2
  "$build/tests/bench/ctl_certs_bench" -o "$results/certs.txt,txt" >/dev/null 2>&1 || true
fi
# --- Effective trust (issue 15): a million entries' status for one purpose and date, in-process ---------------
if phase trust; then
  echo "bench: effective trust" >&2
  "$build/tests/bench/ctl_trust_bench" -o "$results/trust.txt,txt" >/dev/null 2>&1 || true
fi
# --- Exports as a user runs them: ctltool export --pdf and --csv, whole process, three runs each ----------
if phase exports; then
  cmake --build "$build" -j2 --target ctltool-export >/dev/null
  rm -f "$results/exports.txt"
  while IFS=$'\t' read -r -u 3 id label path entries trust variant; do
    trust_args=()
    [ "$trust" != - ] && trust_args=(--trust "$trust")
    [ "$(stat -c %s "$path")" -gt $((256 * 1024 * 1024)) ] && continue # over the input limit
    for kind in pdf csv; do
      [ "$kind" = pdf ] && [ "$entries" -gt "$pdf_max" ] && continue
      echo "bench: export --$kind on $id" >&2
      for run in 1 2 3; do
        /usr/bin/time -f "$id $kind %e s wall, %U+%S s CPU, %M KB" -a -o "$results/exports.txt" \
          "$ctltool" export "--$kind" "$results/export-out" "${trust_args[@]}" "$path" >/dev/null 2>&1 || true
      done
    done
  done 3<"$inputs"
  rm -f "$results/export-out"
fi
# --- Diff and history (issue 16): two million-entry lists, and 120 lists of 500 entries ----------------------
if phase diff; then
  echo "bench: diff and history" >&2
  scratch=$(mktemp -d)
  "$fixture" --out "$scratch/a.stl" --entries 1000000 --minimal-entries --key ec256 \
      --write-root "$scratch/root.pem" --write-root-key "$scratch/root.key"
  "$fixture" --out "$scratch/b.stl" --entries 1000000 --minimal-entries --key ec256 \
      --root-key-in "$scratch/root.key" --root-cert-in "$scratch/root.pem" --first-entry 1000 \
      --alter 5000:name --alter 70000:name --this-update 2025-07-01T00:00:00Z
  mkdir "$scratch/history"
  for k in $(seq 0 119); do
    "$fixture" --out "$scratch/history/l$(printf %03d "$k").stl" --entries 500 --key ec256 \
        --root-key-in "$scratch/root.key" --root-cert-in "$scratch/root.pem" --first-entry $((k * 3)) \
        --this-update "$(date -u -d "2015-01-01 +$((k * 30)) days" +%Y-%m-%dT00:00:00Z)" \
        --alter $((k * 3 + 100)):name --alter $((k * 3 + 200)):disable
  done
  {
    "$build/tests/bench/ctl_diff_bench" diff "$scratch/a.stl" "$scratch/b.stl" "$repeat_large"
    "$build/tests/bench/ctl_diff_bench" history "$scratch/history"
    for run in $(seq "$repeat_large"); do
      /usr/bin/time -f "ctltool diff: %e s wall, %U s user, %M KB peak" "$ctltool" diff "$scratch/a.stl" "$scratch/b.stl" >/dev/null
      /usr/bin/time -f "ctltool history --json: %e s wall, %U s user, %M KB peak" "$ctltool" history --json "$scratch/history" >/dev/null
    done
  } >"$results/diff.txt" 2>&1 || true
  rm -rf "$scratch"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/machine.txt"

# --- The table ----------------------------------------------------------------------------------------------
python3 "$root/tests/bench/report.py" "$results" | tee "$results/table.txt"
if [ -f "$results/hostile.txt" ]; then
  echo "hostile lists (load + validation, one run each):"
  grep -E '^(QINFO|     [0-9,.]+ msecs)' "$results/hostile.txt" | uniq | sed 's/^QINFO  : BenchHostile::/  /; s/^ *\([0-9,.]* msecs\).*/    \1/'
fi
if [ -f "$results/certs.txt" ]; then
  echo "certificate sources (ms per operation):"
  grep -E '^(RESULT|     [0-9,.]+ msecs)' "$results/certs.txt" | sed 's/^RESULT : BenchCerts::/  /; s/^ *\([0-9,.]* msecs\).*/    \1/'
fi
if [ -f "$results/exports.txt" ]; then
  echo "exports (whole process, ctltool export, three runs each):"
  sed 's/^/  /' "$results/exports.txt"
fi
if [ -f "$results/trust.txt" ]; then
  echo "effective trust (ms per operation):"
  grep -E '^(RESULT|     [0-9,.]+ msecs)' "$results/trust.txt" | sed 's/^RESULT : BenchTrust::/  /; s/^ *\([0-9,.]* msecs\).*/    \1/'
fi
if [ -f "$results/diff.txt" ]; then
  echo "diff and history:"
  sed 's/^/  /' "$results/diff.txt"
fi
echo "raw results: $results" >&2
