#!/usr/bin/env bash
# Records glibc's `getent services` output for each test fixture, as the expected output the tests compare with.
# Needs root and the glibc oracle (../shared/tools/glibc-getent, or GLIBC_GETENT=path).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
oracle="${GLIBC_GETENT:-$root/../shared/tools/glibc-getent}"
for file in "$root"/tests/PortRegistry.Tests/TestData/*.services; do
  "$oracle" "$file" > "${file%.services}.getent"
  echo "recorded ${file%.services}.getent"
done
