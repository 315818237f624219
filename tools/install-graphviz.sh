#!/usr/bin/env bash
# 그림을 그리는 블록(keras.utils.plot_model → pydot)이 쓰는 graphviz 의 dot 과 글꼴을 데비안 패키지로 설치합니다.
# make outputs / make test 만 부릅니다 (make serve 에는 필요 없습니다). 이미 있으면 아무것도 하지 않습니다.
set -euo pipefail
if command -v dot >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q "DejaVuSans.ttf"; then
  exit 0
fi
fail() { echo "tools/install-graphviz.sh: $1" >&2; exit 1; }
command -v apt-get >/dev/null 2>&1 || fail "dot(graphviz) 이 없고 apt-get 도 없습니다. graphviz 와 DejaVu 글꼴을 설치하세요."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "graphviz 가 없습니다. root 로 'apt-get install graphviz fonts-dejavu-core' 를 실행하세요."
  SUDO="sudo"
fi
echo "tools/install-graphviz.sh: apt-get install graphviz fonts-dejavu-core"
export DEBIAN_FRONTEND=noninteractive
# 새 머신에는 패키지 목록이 없을 수 있으니 설치가 실패하면 목록을 받고 한 번 더 합니다.
$SUDO apt-get install -y --no-install-recommends graphviz fonts-dejavu-core >/dev/null 2>&1 || {
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends graphviz fonts-dejavu-core >/dev/null
} || fail "apt-get install graphviz 가 실패했습니다. 직접 실행해 오류를 보세요."
command -v dot >/dev/null 2>&1 || fail "설치 뒤에도 dot 이 없습니다."
