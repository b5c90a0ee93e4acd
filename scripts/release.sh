#!/usr/bin/env bash
# Builds the release archives into dist/:
#   shuzhi-VERSION-windows-amd64.zip   shuzhi.exe (cgo with Debian's mingw-w64, linked statically) + 使用说明.txt
#   shuzhi-VERSION-linux-amd64.tar.gz  shuzhi + 使用说明.txt
# Needs gcc/g++ and gcc-mingw-w64-x86-64-posix, g++-mingw-w64-x86-64-posix, zip.
# Usage: scripts/release.sh [VERSION]   (default: git describe)
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
date=$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)
ldflags="-s -w -X main.version=$version -X main.commit=$commit -X main.date=$date"
out=dist
rm -rf "$out" && mkdir -p "$out/windows" "$out/linux"

echo "building linux/amd64 …"
CGO_ENABLED=1 GOOS=linux GOARCH=amd64 go build -trimpath -ldflags "$ldflags" -o "$out/linux/shuzhi" ./cmd/shuzhi

echo "building windows/amd64 …"
CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
  CC=x86_64-w64-mingw32-gcc-posix CXX=x86_64-w64-mingw32-g++-posix \
  go build -trimpath -ldflags "$ldflags -extldflags -static" -o "$out/windows/shuzhi.exe" ./cmd/shuzhi

# The exe must need no DLL beyond Windows' own (no libstdc++-6.dll,
# libgcc_s_seh-1.dll or libwinpthread-1.dll).
if x86_64-w64-mingw32-objdump -p "$out/windows/shuzhi.exe" | grep -iE 'DLL Name: (libstdc|libgcc|libwinpthread)'; then
  echo "shuzhi.exe is not linked statically" >&2
  exit 1
fi

sed "s/@VERSION@/$version/" scripts/使用说明.txt > "$out/windows/使用说明.txt"
sed "s/@VERSION@/$version/" scripts/使用说明.txt > "$out/linux/使用说明.txt"
# Windows' Notepad reads UTF-8 with a BOM, and wants CRLF.
printf '\xef\xbb\xbf' | cat - "$out/windows/使用说明.txt" | sed 's/$/\r/' > "$out/windows/tmp" && mv "$out/windows/tmp" "$out/windows/使用说明.txt"

(cd "$out/windows" && zip -q -X "../shuzhi-$version-windows-amd64.zip" shuzhi.exe 使用说明.txt)
tar -C "$out/linux" --owner=0 --group=0 -czf "$out/shuzhi-$version-linux-amd64.tar.gz" shuzhi 使用说明.txt
ls -l "$out"/*.zip "$out"/*.tar.gz
