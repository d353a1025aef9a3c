#!/usr/bin/env bash
# Builds the Debian package with Debian's hardening flags (dpkg-buildflags: stack protector, _FORTIFY_SOURCE,
# RELRO and BIND_NOW; PIE is the compiler's default on Debian), in a build folder of its own (default
# build-deb/) so the flags never mix with the development build. Only the installed programs are built, and
# without RUNPATH (Qt's project set-up would install them with $ORIGIN/../lib, which a package does not need).
# usage: scripts/build-deb.sh [BUILD_DIR]     -> BUILD_DIR/ctlviewer_<version>_<arch>.deb (+ -dbgsym .ddeb)
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-$source_dir/build-deb}
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)

# CMake reads CXXFLAGS and LDFLAGS from the environment when it first configures a build folder; CPPFLAGS
# (-D_FORTIFY_SOURCE=2) it ignores, so they join the compile flags explicitly, on every configure.
# hardening=+all adds BIND_NOW (-Wl,-z,now) to the default set, as packages that ask for it in debian/rules do.
export DEB_BUILD_MAINT_OPTIONS="hardening=+all"
cd "$source_dir" # -ffile-prefix-map names the folder dpkg-buildflags runs in
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF "${launcher[@]}" \
  -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" -DCMAKE_SHARED_LINKER_FLAGS="$ldflags" \
  -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_SKIP_INSTALL_RPATH=ON -DCMAKE_STRIP="$source_dir/scripts/deb-strip.sh" >/dev/null
cmake --build "$build_dir" -j2 --target ctlviewer ctltool ctltool-export ctl_install_docs
# CPack installs everything `all` would; the targets above are all of it (no tests in this folder).
cd "$build_dir"
rm -f ./*.deb ./*.ddeb
cpack -G DEB >/dev/null
ls "$build_dir"/*.deb
