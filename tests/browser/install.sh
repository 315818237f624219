#!/usr/bin/env bash
# 브라우저 검사(tests/browser/check.mjs)에 필요한 것을 설치합니다. 이미 있으면 아무것도 하지 않습니다 (make 가 매번 불러도 됩니다).
#   - 데비안 chromium (/usr/bin/chromium): 없으면 apt-get install (root 또는 sudo)
#   - 한글 글꼴 fonts-noto-cjk (docs/stylesheets/extra.css 의 글꼴 목록에 있는 Noto Sans CJK KR): 독자의 기기처럼 한글을 그리게.
#     없으면 Chromium 이 글자마다 대체 글꼴을 찾느라 배치가 두 배쯤 걸리고 한글은 빈 네모로 그려집니다 (README "페이지 성능").
#   - npm 패키지: package-lock.json 에 고정된 그대로 npm ci (playwright-core, axe-core, lighthouse 12.2.3)
# 설치할 수 없으면 무엇이 없는지와 고치는 방법을 말하고 실패합니다.
set -euo pipefail
cd "$(dirname "$0")"

fail() {
  echo "" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "tests/browser/install.sh: $1" >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  exit 1
}

# ---------------------------------------------------------------- Chromium
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$CHROMIUM" != /usr/bin/chromium ]; then
    fail "CHROMIUM=$CHROMIUM 이 없습니다."
  fi
  bash ../../tools/apt-install.sh chromium || fail "Chromium 을 설치하지 못했습니다 (위 메시지). 설치하고 CHROMIUM=/경로/chromium 으로 알려 줄 수도 있습니다."
  [ -x /usr/bin/chromium ] || fail "apt-get install chromium 뒤에도 /usr/bin/chromium 이 없습니다."
fi

# ---------------------------------------------------------------- 한글 글꼴
# (fc-list | grep -q 는 쓰지 않습니다: pipefail 에서 grep 이 먼저 끝나면 fc-list 가 SIGPIPE 로 실패해 "없음"이 됩니다.)
has_korean_font() { [[ "$(fc-list : family 2>/dev/null || true)" == *"Noto Sans CJK KR"* ]]; }
if ! has_korean_font; then
  bash ../../tools/apt-install.sh fonts-noto-cjk || fail "한글 글꼴(fonts-noto-cjk)을 설치하지 못했습니다 (위 메시지)."
  has_korean_font || fail "apt-get install fonts-noto-cjk 뒤에도 fc-list 에 Noto Sans CJK KR 이 없습니다."
fi

# ---------------------------------------------------------------- Node + npm 패키지
command -v node >/dev/null 2>&1 || fail "node 가 없습니다 (Node 20 이상 필요). 예: apt-get install nodejs npm (데비안 13), 또는 nodejs.org 의 20 LTS."
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 20 ] || fail "Node $(node --version) 입니다. playwright-core 1.65 는 Node 20 이상이 필요합니다."
command -v npm >/dev/null 2>&1 || fail "npm 이 없습니다."

# package-lock.json 이 바뀌었을 때만 npm ci (node_modules/.package-lock.json 은 npm 이 설치한 것의 기록입니다).
STAMP=node_modules/.installed-from-lock
if [ ! -f "$STAMP" ] || ! cmp -s package-lock.json "$STAMP"; then
  echo "tests/browser/install.sh: npm ci (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci 가 실패했습니다 (npm 레지스트리에 닿는지 확인하세요)."
  cp package-lock.json "$STAMP"
fi
