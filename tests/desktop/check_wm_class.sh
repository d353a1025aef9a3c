#!/usr/bin/env bash
# The .desktop file's StartupWMClass is the X11 WM_CLASS the viewer really sets (a dock groups the window under
# the launcher's icon only when they match). Run under xvfb-run: starts the viewer, reads WM_CLASS with xprop.
# usage: xvfb-run -a check_wm_class.sh VIEWER DESKTOP_FILE
set -euo pipefail
viewer=$1 desktop=$2
expected=$(sed -n 's/^StartupWMClass=//p' "$desktop")
[ -n "$expected" ] || { echo "FAIL: $desktop has no StartupWMClass"; exit 1; }
"$viewer" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
classes=""
for _ in $(seq 1 50); do
  sleep 0.2
  for window in $(xwininfo -root -children | awk '/"ctlviewer"|"CTL Viewer"/ {print $1}'); do
    classes+=$(xprop -id "$window" WM_CLASS 2>/dev/null | sed -n 's/^WM_CLASS(STRING) = //p')$'\n'
  done
  grep -q . <<<"$classes" && break
done
# WM_CLASS is "instance", "class"; desktops match StartupWMClass against the class.
class=$(grep -m1 . <<<"$classes" | sed 's/.*, "\(.*\)"$/\1/')
echo "WM_CLASS: $(grep -m1 . <<<"$classes"); StartupWMClass=$expected"
[ "$class" = "$expected" ] || { echo "FAIL: the window's class is '$class', the desktop file says '$expected'"; exit 1; }
echo "ok"
