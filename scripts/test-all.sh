#!/usr/bin/env bash
# The README's test command: lint, typecheck, then the unit, integration and e2e suites.
# Ends with one line "N passed, N failed" over every check and test case.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-artifacts
passed=0
failed=0

check() { # name, command…
  local name=$1; shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "✗ $name failed"; fi
}

suite() { # vitest project name
  local report="test-artifacts/vitest-$1.json"
  rm -f "$report"
  echo "── tests: $1"
  npx vitest run --config vitest.config.ts --project "$1" --reporter=default --reporter=json --outputFile.json="$report"
  local code=$?
  if [ -f "$report" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + r.numFailedTestSuites * (r.numTotalTests === 0 ? 1 : 0))' "$PWD/$report")
    passed=$((passed + p)); failed=$((failed + f))
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
  else
    failed=$((failed + 1))
  fi
}

check lint npx eslint .
check typecheck npm run -s typecheck
check electronegativity npx tsx scripts/check-electronegativity.ts
# Built once here, so test files running in parallel never race to build it (they rebuild only when it is stale).
check "renderer build" npm run -s build:renderer
suite unit
suite integration
suite e2e

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
