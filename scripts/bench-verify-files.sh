#!/usr/bin/env bash
# Benchmarks of `ctltool verify-files` (README, "Which files a catalog covers"):
#  1. hashing speed: verify-files over a 100 MB folder (PE images with large overlays, and flat files)
#     against sha256sum, sha1sum + sha256sum, and openssl dgst over the same files (page cache warm);
#     verify-files computes SHA-1 and SHA-256 of every file, so sha1sum + sha256sum is the like-for-like
#     figure and sha256sum alone the issue's bar (within 1.5x);
#  2. indexing: a folder of 10,000 catalogs (a CatRoot copy) indexed for one file.
#
#   scripts/bench-verify-files.sh [BUILD_DIR]      (default ./build)
#
# Environment: BENCH_REPEAT (default 5 runs; the median is printed), BENCH_MB (default 100),
# BENCH_CATALOGS (default 10000). Data goes under BUILD_DIR/bench-data/verify-files (kept between runs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build}")
repeat=${BENCH_REPEAT:-5}
megabytes=${BENCH_MB:-100}
catalog_count=${BENCH_CATALOGS:-10000}
cmake --build "$build" -j2 --target ctltool >/dev/null
ctltool=$build/app/ctltool
data=$build/bench-data/verify-files
files=$data/files-${megabytes}mb
catroot=$data/catroot-$catalog_count
catalog=$root/tests/data/catalogs/viostor/viostor.cat

# 1. The folder: a tenth PE images (hello64.exe with a 5 MB overlay), the rest 1 MB flat files.
if [ ! -d "$files" ]; then
  mkdir -p "$files.tmp"
  pe_count=$((megabytes / 50))
  for i in $(seq 1 "$pe_count"); do
    { cat "$root/tests/data/pe/hello64.exe"; head -c $((5 * 1024 * 1024)) /dev/urandom; } >"$files.tmp/image$i.sys"
  done
  for i in $(seq 1 $((megabytes - pe_count * 5))); do
    head -c $((1024 * 1024)) /dev/urandom >"$files.tmp/data$i.bin"
  done
  mv "$files.tmp" "$files"
fi
# 2. The catalogs: the real catalogs of tests/data/catalogs copied into CatRoot-like {GUID} folders.
if [ ! -d "$catroot" ]; then
  mapfile -t sources < <(find "$root/tests/data/catalogs" -name '*.cat' | sort)
  for i in $(seq 0 $((catalog_count - 1))); do
    folder=$catroot.tmp/{F750E6C3-38EE-11D1-85E5-00C04FC295EE-$((i / 1000))}
    mkdir -p "$folder"
    cp "${sources[$((i % ${#sources[@]}))]}" "$folder/catalog$i.cat"
  done
  mv "$catroot.tmp" "$catroot"
fi

# The median wall time of `repeat` runs of a command, in seconds.
median() {
  local times=() start end
  for _ in $(seq 1 "$repeat"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=("$(((end - start) / 1000000))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1000}'
}

cat "$files"/* >/dev/null # warm the page cache
size=$(du -sm "$files" | cut -f1)
echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
vf=$(median "$ctltool" verify-files "$catalog" "$files")
s256=$(median sh -c "sha256sum '$files'/*")
s1=$(median sh -c "sha1sum '$files'/*")
both=$(median sh -c "sha1sum '$files'/* && sha256sum '$files'/*")
ossl=$(median sh -c "openssl dgst -sha256 '$files'/*")
echo "hashing $size MB ($(ls "$files" | wc -l) files), median of $repeat:"
echo "  ctltool verify-files (SHA-1 + SHA-256) $vf s"
echo "  sha256sum                              $s256 s   (verify-files / sha256sum = $(awk "BEGIN {printf \"%.2f\", $vf / $s256}"))"
echo "  sha1sum                                $s1 s"
echo "  sha1sum + sha256sum                    $both s   (verify-files / both = $(awk "BEGIN {printf \"%.2f\", $vf / $both}"))"
echo "  openssl dgst -sha256                   $ossl s"
cat "$catroot"/*/* >/dev/null
# A file no catalog covers: the run is the indexing alone (a covered file adds the verification of each
# catalog that lists it).
probe=$root/tests/data/pe/hello.c
index=$(median "$ctltool" verify-files "$catroot" "$probe")
/usr/bin/time -o "$data/time.txt" -f "%U + %S" "$ctltool" verify-files "$catroot" "$probe" >/dev/null 2>&1 || true
cpu=$(cat "$data/time.txt" | tail -1)
echo "indexing $catalog_count catalogs ($(du -sm "$catroot" | cut -f1) MB): $index s wall (median of $repeat); CPU user+system of one run: $cpu s"
