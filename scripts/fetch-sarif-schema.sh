#!/usr/bin/env bash
# Puts the official SARIF 2.1.0 JSON schema at target/sarif-schema/sarif-2.1.0-rtm.5.json, taken from
# the npm package @microsoft/jest-sarif (which ships the OASIS schema), for the SARIF validation test.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/target/sarif-schema"
schema="$dir/sarif-2.1.0-rtm.5.json"
[ -s "$schema" ] && exit 0
command -v npm >/dev/null || { echo "fetch-sarif-schema: npm not found" >&2; exit 1; }
mkdir -p "$dir"
cd "$dir"
npm pack @microsoft/jest-sarif@1.0.0-beta.0 --silent >/dev/null
tar xzf microsoft-jest-sarif-1.0.0-beta.0.tgz package/lib/schemas/sarif-2.1.0-rtm.5.json
mv package/lib/schemas/sarif-2.1.0-rtm.5.json "$schema"
rm -rf package microsoft-jest-sarif-1.0.0-beta.0.tgz
