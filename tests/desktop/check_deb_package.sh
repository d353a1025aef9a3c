#!/usr/bin/env bash
# The Debian package as Debian's tools and a desktop see it: builds it with scripts/build-deb.sh (hardening
# flags, its own build folder, incremental after the first run), runs lintian (any E: or W: fails; accepted
# tags are in resources/debian/lintian-overrides with their reason), checks the manual pages with groff's
# warnings on, unpacks the package with dpkg -x into a throwaway root and checks every file is where the desktop
# looks for it, and that the binaries are stripped, hardened and without RUNPATH.
# usage: check_deb_package.sh SOURCE_DIR DEB_BUILD_DIR
set -uo pipefail
source_dir=$1 deb_build=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok   $*"; }

"$source_dir/scripts/build-deb.sh" "$deb_build" || { echo "FAIL: the package did not build"; exit 1; }
deb=$(ls "$deb_build"/ctlviewer_*.deb)

# lintian at its default level; pedantic and informational tags are shown, not counted.
lintian_out=$(lintian --pedantic --info-level 0 "$deb" 2>&1 | grep -v 'running with root privileges')
echo "$lintian_out" | grep -E '^[EWPI]:' | sed 's/^/lintian: /'
if grep -qE '^[EW]:' <<<"$lintian_out"; then fail "lintian reports errors or warnings"; else ok "lintian: no errors or warnings"; fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"

# The control fields a user and apt see.
field() { dpkg-deb -f "$deb" "$1"; }
grep -qw libqt6svg6 <<<"$(field Depends)" && ok "Depends names libqt6svg6" || fail "Depends lacks libqt6svg6: $(field Depends)"
grep -qw libqt6widgets6 <<<"$(field Depends)" && ok "Depends comes from dpkg-shlibdeps" || fail "no shlibdeps in Depends"
[ "$(field Recommends)" = "fonts-noto-cjk, fonts-dejavu-core" ] && ok "Recommends the fonts" || fail "Recommends: $(field Recommends)"
for name in Section Priority Maintainer Homepage; do
  [ -n "$(field $name)" ] && ok "$name: $(field $name)" || fail "no $name field"
done
[ "$(field Description | wc -l)" -gt 5 ] && ok "extended description" || fail "no extended description"

# Every file where the desktop, man and the shells look for it.
app=io.github.ctlviewer.CtlViewer
for path in usr/bin/ctlviewer usr/bin/ctltool usr/bin/ctltool-export \
  usr/share/applications/$app.desktop usr/share/mime/packages/$app.xml usr/share/metainfo/$app.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/$app.svg usr/share/icons/hicolor/48x48/apps/$app.png \
  usr/share/icons/hicolor/symbolic/apps/$app-symbolic.svg \
  usr/share/icons/hicolor/scalable/mimetypes/application-vnd.ms-pki.stl.svg \
  usr/share/man/man1/ctlviewer.1.gz usr/share/man/man1/ctltool.1.gz usr/share/man/man1/ctltool-export.1.gz \
  usr/share/bash-completion/completions/ctltool usr/share/zsh/vendor-completions/_ctltool \
  usr/share/doc/ctlviewer/copyright usr/share/doc/ctlviewer/changelog.Debian.gz; do
  [ -e "$root/$path" ] && ok "/$path" || fail "/$path is missing"
done
# The 48x48 icon is 48x48 (the PNG's IHDR), and a staged install built no caches (dpkg's triggers do that).
size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' \
  "$root/usr/share/icons/hicolor/48x48/apps/$app.png")
[ "$size" = 48x48 ] && ok "48x48 icon is $size" || fail "48x48 icon is $size"
[ ! -e "$root/usr/share/mime/mime.cache" ] && [ ! -e "$root/usr/share/applications/mimeinfo.cache" ] \
  && ok "no MIME or desktop caches in the package" || fail "the package carries a MIME or desktop cache"

# Manual pages: groff's warnings are failures (as lintian's manpage checks), and the NAME line is there.
for page in ctlviewer ctltool; do
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
  [ -z "$warnings" ] && ok "man --warnings $page.1: none" || fail "man --warnings $page.1: $warnings"
  LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "^NAME" \
    && ok "$page(1) renders" || fail "$page(1) does not render"
done
bash -n "$root/usr/share/bash-completion/completions/ctltool" && ok "bash completion parses" || fail "bash completion"

# The binaries: stripped, PIE, full RELRO (BIND_NOW), stack protector, no RUNPATH or RPATH.
for binary in ctlviewer ctltool ctltool-export; do
  path=$root/usr/bin/$binary
  # (grep -q reads each tool's whole output from a variable: on a pipe it would end the tool early, and
  # pipefail would count that as a failure.)
  description=$(file "$path")
  grep -q ', stripped' <<<"$description" && ok "$binary stripped" || fail "$binary is not stripped"
  dynamic=$(readelf -dW "$path")
  grep -q 'FLAGS_1.*PIE' <<<"$dynamic" && ok "$binary is PIE" || fail "$binary is not PIE"
  segments=$(readelf -lW "$path")
  symbols=$(readelf --dyn-syms -W "$path")
  grep -q 'BIND_NOW' <<<"$dynamic" && grep -q GNU_RELRO <<<"$segments" && ok "$binary has full RELRO" \
    || fail "$binary lacks RELRO or BIND_NOW"
  grep -qE 'RUNPATH|RPATH' <<<"$dynamic" && fail "$binary has $(grep -E 'RUNPATH|RPATH' <<<"$dynamic")" || ok "$binary has no RUNPATH"
  grep -q __stack_chk_fail <<<"$symbols" && ok "$binary has the stack protector" \
    || fail "$binary lacks the stack protector"
done
# _FORTIFY_SOURCE: the compile commands of the package build carry it (a binary imports *_chk functions only
# where its own code calls a fortifiable one).
grep -q -- '-D_FORTIFY_SOURCE=2' "$deb_build/compile_commands.json" && ok "built with _FORTIFY_SOURCE=2" \
  || fail "built without _FORTIFY_SOURCE"

echo "$failures failed"
[ "$failures" -eq 0 ]
