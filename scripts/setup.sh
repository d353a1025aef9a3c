#!/usr/bin/env bash
# All set-up on a fresh Debian 12 machine, as root: install the Debian packages the project needs,
# configure and build into ./build. Safe to run again: it skips what is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ make cmake pkg-config     # compiler and build system (CMake's Unix Makefiles generator needs make)
  clang-format                  # a test checks that every source follows .clang-format
  qt6-base-dev                  # QtCore, QtGui, QtWidgets, QtTest; QtPrintSupport (File > Print) and QtNetwork (QLocalSocket: a second ctlviewer hands files to the first) (Debian 12: Qt 6.4.2)
  libqt6svg6                    # the SVG image plugin: the viewer's icons are SVG
  qt6-tools-dev qt6-l10n-tools  # Qt Linguist tools (lupdate, lrelease) and their CMake package: translations
  qt6-translations-l10n         # Qt's own strings (file dialogs, standard buttons) in German and Korean
  libssl-dev                    # OpenSSL 3: certificates, signatures, chains
  libarchive-dev                # CAB extraction in memory
  desktop-file-utils appstream  # tests validate the .desktop and AppStream files
  shared-mime-info              # tests build a MIME database with the CTL type
  xdg-utils libglib2.0-bin      # tests ask xdg-mime and gio which type a file is and which program opens it
  xvfb xauth x11-utils          # a test reads the viewer's WM_CLASS with xprop under xvfb-run
  lintian dpkg-dev file man-db  # the deb_package test: lintian, dpkg-shlibdeps (CPack), file (CPack), man --warnings
  poppler-utils python3         # tests read the PDF report back, and the CSV with Python's csv module
  python3-jsonschema            # tests validate ctltool's JSON output against resources/schema
  zsh                           # a test types into zsh to check ctltool's completion
  fonts-dejavu-core             # the PDF report's font
  fonts-noto-cjk                # the report's font for Korean, Chinese and Japanese text
  clang libclang-rt-14-dev      # libFuzzer and the sanitizer runtimes: the fuzz targets (scripts/fuzz.sh)
  osslsigncode                  # tst_pe checks the Authenticode image hash against osslsigncode's digest
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]} (run as root, or install them first)" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
