#!/usr/bin/env bash
# Proves the README's set-up works on a fresh Debian 12: builds a minimal Debian 12 root with debootstrap
# (--variant=minbase, nothing else installed), clones this repository's committed HEAD into it and runs the
# README's commands there, as a newcomer would: the set-up and the main job (the viewer on the bundled
# sample), then every CTest test. The sanitizer and fuzz stages stay outside (they run on the host in .ci/run).
#
#   bash scripts/fresh-check.sh          as root (debootstrap, chroot and mounts need it)
#
# Why: the build machines come with tools a minimal Debian lacks (make was missing from setup.sh once, and CI
# stayed green). Only a root that starts empty shows what setup.sh forgot.
#
# The mounts (/proc, /sys, /dev) live in a private mount namespace, so they vanish with the script, whatever
# happens. The root is deleted at the end unless FRESH_KEEP_ROOT=1.
# Environment: FRESH_ROOT (default build-fresh/root), DEBIAN_MIRROR (default: the first Debian mirror in
# the machine's apt sources, else http://deb.debian.org/debian), FRESH_KEEP_ROOT.
set -euo pipefail
cd "$(dirname "$0")/.."
repository=$(pwd)

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-check: must run as root (debootstrap, chroot and mounts)" >&2
  exit 1
fi

# The Debian mirror this machine's apt uses (deb822 or one-line sources).
mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  mirror=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
    /etc/apt/sources.list | grep -oE 'https?://[^ ]+/debian/?$|https?://[^ ]+/debian ' | head -n 1 | tr -d ' ' || true)
  mirror=${mirror:-http://deb.debian.org/debian}
fi
security_mirror=${mirror%/debian}/debian-security

missing=()
for tool in debootstrap git; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends debootstrap git
fi

root=${FRESH_ROOT:-$repository/build-fresh/root}
cleanup() {
  if [ "${FRESH_KEEP_ROOT:-0}" != 1 ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
rm -rf --one-file-system "$root"
mkdir -p "$root"

stage_start=$SECONDS
echo "fresh-check: debootstrap --variant=minbase bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
  tail -n 30 "$root.debootstrap.log" >&2
  exit 1
}
rm -f "$root.debootstrap.log"
# The same suites a Debian 12 installation has: the release, its updates and security.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
EOF
echo "fresh-check: minimal root ready in $((SECONDS - stage_start)) s"

# The committed state, as a clone gives it to a newcomer (uncommitted changes are not part of the check).
git clone --quiet --no-hardlinks "$repository" "$root/root/ctlviewer"

# What runs inside the root: exactly the README's two commands. The viewer runs offscreen under a time
# limit: still running after 15 s (timeout's exit code 124) means it opened the sample and waits for its
# user; any other exit code is a failure.
cat >"$root/root/fresh-commands.sh" <<'EOF'
set -euo pipefail
cd /root/ctlviewer
start=$SECONDS
status=0
bash scripts/setup.sh && QT_QPA_PLATFORM=offscreen timeout 15 build/app/ctlviewer resources/samples/authrootstl.cab || status=$?
if [ "$status" -ne 124 ]; then
  echo "fresh-check: the main job failed (exit code $status; 124 would mean the viewer was still open)" >&2
  exit 1
fi
echo "fresh-check: set-up, build and main job in $((SECONDS - start)) s"
start=$SECONDS
bash scripts/setup.sh && ctest --test-dir build --output-on-failure
echo "fresh-check: every test passed in the fresh root in $((SECONDS - start)) s"
EOF

# A private mount namespace: /proc, /sys and /dev are mounted for the tests and disappear with it.
unshare --mount --fork bash -euo pipefail -c '
  root=$1
  mount --make-rprivate /
  mount -t proc proc "$root/proc"
  mount -t sysfs sysfs "$root/sys"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs tmpfs "$root/tmp"
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash /root/fresh-commands.sh
' fresh-check "$root"
echo "fresh-check: passed in $((SECONDS - stage_start)) s in all"
