#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer: configures a separate build
# directory with CTL_SANITIZE=ON (cmake/Sanitizers.cmake), builds it with two jobs, and runs every test
# there. A sanitizer report aborts the process, so it fails its test (leaks included).
#
#   bash scripts/sanitize.sh [CTEST ARGUMENTS...]      e.g. bash scripts/sanitize.sh -R tst_robustness
#
# Environment: SANITIZE_BUILD_DIR (default build-sanitize), CXX (default: the system c++, g++ on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SANITIZE_BUILD_DIR:-build-sanitize}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCTL_SANITIZE=ON
cmake --build "$build" -j2
echo "sanitize: built in $SECONDS s ($build)"

# The options every test gets (tests/robustness.cmake sets the same ones per test, so a plain ctest in
# this directory behaves alike); exported too for anything started outside ctest.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}
start=$(date +%s)
# deb_package (label packaging) builds the Debian package in a hardened build folder of its own, never from
# the sanitizer build: run here it would only build the same package again, so it is left to the plain run.
ctest --test-dir "$build" --output-on-failure -LE packaging "$@"
echo "sanitize: every test passed under ASan + UBSan in $(( $(date +%s) - start )) s (build: $build)"
