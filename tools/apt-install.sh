#!/usr/bin/env bash
# 데비안 패키지를 설치합니다 (root 가 아니면 sudo). make 의 설치 스크립트들이 함께 씁니다:
#   tests/browser/install.sh (chromium, 한글 글꼴), tools/install-graphviz.sh (graphviz, 글꼴)
# 새 머신에는 패키지 목록이 없을 수 있으니 설치가 실패하면 목록을 받고 한 번 더 합니다. 실패하면 까닭을 말하고 1 로 끝납니다.
set -euo pipefail
[ "$#" -gt 0 ] || { echo "사용법: tools/apt-install.sh 패키지..." >&2; exit 2; }
fail() { echo "tools/apt-install.sh: $1" >&2; exit 1; }
command -v apt-get >/dev/null 2>&1 || fail "apt-get 이 없습니다. 직접 설치하세요: $*"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "root 가 아니고 sudo 도 없습니다. root 로 실행하세요: apt-get install $*"
  SUDO="sudo"
fi
echo "apt-get install $*"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 || {
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
} || fail "apt-get install $* 이 실패했습니다. 직접 실행해 오류를 보세요: apt-get update && apt-get install $*"
