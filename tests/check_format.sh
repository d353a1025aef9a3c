#!/usr/bin/env bash
# Every C++ source of the project follows .clang-format: clang-format --dry-run --Werror over app/, model/,
# ui/ and tests/ (build folders excluded). Fails with the first differences clang-format reports.
#   usage: check_format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
cd "$2"
mapfile -d '' sources < <(find app model ui tests -path '*/build*' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
echo "check_format: ${#sources[@]} files"
"$clang_format" --dry-run --Werror "${sources[@]}"
