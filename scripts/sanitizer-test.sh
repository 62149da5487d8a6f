#!/usr/bin/env bash
# Builds the package and its tests with AddressSanitizer (Swift and C) and UndefinedBehaviorSanitizer (C), in
# .build-sanitize/, and runs the whole test suite, whose CLI tests start the instrumented carevoice.
#
# Usage: scripts/sanitizer-test.sh
# Why UBSan covers C only: swiftc refuses it on Linux ("unsupported option '-sanitize=undefined' for target
# 'x86_64-unknown-linux-gnu'", Swift 6.3), and Swift code needs none: overflow, bounds and nil are checked
# at run time by the language in every build. The C code (CSHAExtensions) is built with -fsanitize=undefined
# in trap mode, which needs no runtime library. Leaks are looked for in every carevoice the tests start, but
# not in the test runner, where Foundation's and XCTest's own allocations are reported (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
flags=(--sanitize=address -Xcc -fsanitize=undefined -Xcc -fsanitize-trap=undefined --build-path .build-sanitize)
swift build --build-tests "${flags[@]}" 2>&1 | grep -v "ld.gold: warning: Cannot export local symbol"
SNAPSHOT_TESTING_RECORD=never ASAN_OPTIONS=detect_leaks=0 CAREVOICE_ASAN_OPTIONS=detect_leaks=1 \
  LSAN_OPTIONS="suppressions=$PWD/scripts/reliability/lsan-suppressions.txt:print_suppressions=0" \
  swift test --skip-build "${flags[@]}"
