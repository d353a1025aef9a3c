#!/usr/bin/env bash
# Builds the PE fixtures of the catalog coverage tests (committed, so that CI needs no MinGW):
#   hello32.exe hello64.exe fixture32.dll fixture64.dll   MinGW-w64 builds of hello.c, stripped
#   hello64-overlay.exe                                   hello64.exe with 16 bytes of data after its last section
#   hello64-signed.exe                                    hello64.exe signed by osslsigncode with test-signer.{key,crt}
#                                                         (adds an attribute certificate table and its directory entry)
# Needs gcc-mingw-w64-x86-64, gcc-mingw-w64-i686, osslsigncode and openssl. The test key is a throwaway made here.
# -Wl,--no-insert-timestamp and a fixed signing time keep the output the same from run to run.
set -euo pipefail
cd "$(dirname "$0")"
flags=(-Os -s -Wl,--no-insert-timestamp)
x86_64-w64-mingw32-gcc "${flags[@]}" -o hello64.exe hello.c
i686-w64-mingw32-gcc "${flags[@]}" -o hello32.exe hello.c
x86_64-w64-mingw32-gcc "${flags[@]}" -shared -DFIXTURE_DLL -o fixture64.dll hello.c
i686-w64-mingw32-gcc "${flags[@]}" -shared -DFIXTURE_DLL -o fixture32.dll hello.c
if [ ! -f test-signer.key ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout test-signer.key -out test-signer.crt -days 36500 \
    -subj "/CN=CTL Viewer PE fixture test signer" -addext extendedKeyUsage=codeSigning 2>/dev/null
fi
printf "overlay payload!" | cat hello64.exe - >hello64-overlay.exe
rm -f hello64-signed.exe
osslsigncode sign -certs test-signer.crt -key test-signer.key -h sha256 -time 1764115200 \
  -in hello64.exe -out hello64-signed.exe >/dev/null
ls -l ./*.exe ./*.dll
