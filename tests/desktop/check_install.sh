#!/usr/bin/env bash
# `cmake --install` to a live prefix updates that prefix's MIME and desktop-file caches (so a double-click opens
# the viewer at once); a staged install (DESTDIR, as packagers use) leaves no caches behind.
# usage: check_install.sh BUILD_DIR
set -uo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }

cmake --install "$build" --prefix "$tmp/live" >"$tmp/live.log" 2>&1 || { cat "$tmp/live.log"; fail "cmake --install to a live prefix"; }
grep -qx 'application/x-ctl-cab' "$tmp/live/share/mime/types" 2>/dev/null \
  && ok "live prefix: the MIME database knows application/x-ctl-cab" || fail "live prefix: no MIME database with our types"
grep -q 'application/x-ctl-cab=io.github.ctlviewer.CtlViewer.desktop' "$tmp/live/share/applications/mimeinfo.cache" 2>/dev/null \
  && ok "live prefix: mimeinfo.cache names the viewer" || fail "live prefix: no mimeinfo.cache naming the viewer"

DESTDIR="$tmp/staged" cmake --install "$build" --prefix /usr >"$tmp/staged.log" 2>&1 || { cat "$tmp/staged.log"; fail "staged install"; }
[ -e "$tmp/staged/usr/share/mime/packages/io.github.ctlviewer.CtlViewer.xml" ] && ok "staged: the MIME package is installed" \
  || fail "staged: the MIME package is missing"
[ ! -e "$tmp/staged/usr/share/mime/mime.cache" ] && [ ! -e "$tmp/staged/usr/share/applications/mimeinfo.cache" ] \
  && ok "staged: no caches" || fail "staged: caches were built inside DESTDIR"
echo "$failures failed"
[ "$failures" -eq 0 ]
