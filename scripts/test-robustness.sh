#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Robustness CI (after scripts/test.sh): the whole test suite built with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/), then each libFuzzer target for FUZZ_SECONDS (default 60)
# on the engine built with clang (build-fuzz/). Any sanitizer report, crash, leak or failed test
# fails the script. A crash input is left in build-fuzz/artifacts/: add it to tests/fuzz/<target>/
# once fixed, so every later run replays it first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz_seconds="${FUZZ_SECONDS:-60}"
jobs="$(nproc)"
"$root/scripts/install-deps.sh"

echo "== sanitizers: build-asan (ASan + UBSan, -O1)"
start=$SECONDS
cmake -S "$root" -B "$root/build-asan" -DACV_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" >/dev/null
cmake --build "$root/build-asan" --parallel "$jobs"
echo "build-asan built in $((SECONDS - start)) s"
start=$SECONDS
(cd "$root/build-asan" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --timeout 600)
echo "build-asan tests ran in $((SECONDS - start)) s"

echo "== fuzzing: build-fuzz (clang, libFuzzer + ASan + UBSan), ${fuzz_seconds} s per target"
start=$SECONDS
CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -DACV_ENGINE_ONLY=ON -DACV_FUZZ=ON -DACV_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g" >/dev/null
cmake --build "$root/build-fuzz" --parallel "$jobs"
echo "build-fuzz built in $((SECONDS - start)) s"
mkdir -p "$root/build-fuzz/artifacts"
failed=()
for target in table_reader number_parser name_matcher crosswalk; do
  corpus="$root/build-fuzz/corpus/$target" # grows here; the checked-in seeds stay as they are
  mkdir -p "$corpus"
  echo "-- fuzz_$target"
  if ! "$root/build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=3072 \
      -print_final_stats=1 -artifact_prefix="$root/build-fuzz/artifacts/$target-" \
      "$corpus" "$root/tests/fuzz/$target" >"$root/build-fuzz/fuzz_$target.log" 2>&1; then
    failed+=("$target")
    tail -n 60 "$root/build-fuzz/fuzz_$target.log"
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$root/build-fuzz/fuzz_$target.log" || true
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs in build-fuzz/artifacts/)" >&2
  exit 1
fi
echo "robustness: sanitizer suite and fuzzing clean"
