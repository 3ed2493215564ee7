#!/usr/bin/env bash
# The browser tests and the web bench drive Debian's chromium (Playwright's own browser downloads
# are unreachable here), with Noto CJK so that screenshots show Chinese. Installs both when
# missing; run by .ci/run and by `npm test` (test/infra/jest-global-setup.js). Needs root for apt-get.
set -euo pipefail
# fc-list read whole first: grep -q stops early, and under pipefail the broken pipe fails the test.
fonts=$(fc-list 2>/dev/null || true)
if command -v chromium >/dev/null && grep -q 'Noto Sans CJK' <<<"$fonts"; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium and fonts-noto-cjk are missing: run 'sudo apt-get install chromium fonts-noto-cjk'" >&2
  exit 1
fi
echo "Installing chromium and fonts-noto-cjk for the browser tests (once)..." >&2
apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
