#!/usr/bin/env bash
# Runs shuzhi.exe (windows/amd64) under wine on a .txt, a .docx and a .doc
# with Chinese names and checks that its JSON is byte for byte the linux
# binary's. Debian's wine 8 lacks bcryptprimitives.dll, which Go's runtime
# loads from system32 at start; a test-only stand-in (scripts/wine/
# bcryptprimitives.c, ProcessPrng over RtlGenRandom) is built with mingw and
# put into a throwaway wine prefix. Nothing of it is shipped.
# Usage: scripts/wine-test.sh [dist/windows/shuzhi.exe [dist/linux/shuzhi]]
# Needs wine, gcc-mingw-w64-x86-64-posix, g++-mingw-w64-x86-64-posix.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

exe=${1:+$(realpath "$1")}
linux=${2:+$(realpath "$2")}
if [ -z "$exe" ]; then
  exe=$work/shuzhi.exe
  CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc-posix CXX=x86_64-w64-mingw32-g++-posix \
    go build -ldflags "-s -w -extldflags -static" -o "$exe" ./cmd/shuzhi
fi
if [ -z "$linux" ]; then
  linux=$work/shuzhi
  go build -o "$linux" ./cmd/shuzhi
fi

export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wineboot -i >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc-posix -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  scripts/wine/bcryptprimitives.c -ladvapi32

docs=$work/docs
mkdir -p "$docs"
cp testdata/reports/a09-yiyuan-vague.txt "$docs/张三述职报告.txt"
cp testdata/docx/a14-weishengyuan-heavy.docx "$docs/李四述职报告.docx"
cp testdata/doc/a01-cun-headed.doc "$docs/王五述职报告.doc"
cd "$docs"
files=(张三述职报告.txt 李四述职报告.docx 王五述职报告.doc)
set +e
"$linux" check --format json "${files[@]}" > linux.json
want=$?
wine "$exe" check --format json "${files[@]}" > windows.json
got=$?
set -e
if [ "$got" != "$want" ]; then
  echo "wine-test: exit code $got under wine, $want on linux" >&2
  exit 1
fi
if ! cmp -s linux.json windows.json; then
  echo "wine-test: JSON differs" >&2
  diff linux.json windows.json | head -40 >&2
  exit 1
fi
version=$(wine "$exe" --version | tr -d '\r')
echo "wine-test: $version"
echo "wine-test: ${#files[@]} files (txt, docx, doc) give the same JSON ($(wc -c < windows.json) bytes) and exit code $got under wine as on linux"
