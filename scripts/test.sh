#!/usr/bin/env bash
# The one gate: typecheck, format check, unit tests, official-text check, production builds
# (at / and under the /kb/ base path), tests on the built sites (the Nu Html Checker among them),
# browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

step "Chromium for the browser tests"
bash scripts/ensure-chromium.sh

step "Java for the HTML validator"
bash scripts/ensure-java.sh

step "Typecheck (astro check)"
astro check

step "Format check (prettier)"
prettier --check . --log-level warn

step "Unit tests"
vitest run --project unit

if [ -f ../shared/checks/source-fidelity.mjs ]; then
  step "Official text against ../shared/sources"
  node ../shared/checks/source-fidelity.mjs
fi

if [ -d ../shared/seeds ]; then
  step "Content against its sources (figures, quotations)"
  node scripts/check-sources.ts
fi

step "Build (base /)"
astro build

step "Build (base /kb/, into dist-kb)"
BASE_PATH=/kb/ OUT_DIR=dist-kb astro build

step "Tests on the built site and in Chromium"
vitest run --project build --project e2e
