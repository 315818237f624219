#!/usr/bin/env bash
# 그림을 그리는 블록(keras.utils.plot_model → pydot)이 쓰는 graphviz 의 dot 과 글꼴을 데비안 패키지로 설치합니다.
# make outputs / make test 만 부릅니다 (make serve 에는 필요 없습니다). 이미 있으면 아무것도 하지 않습니다.
set -euo pipefail
# (fc-list | grep -q 는 쓰지 않습니다: pipefail 에서 grep 이 먼저 끝나면 fc-list 가 SIGPIPE 로 실패합니다.)
if command -v dot >/dev/null 2>&1 && [[ "$(fc-list 2>/dev/null || true)" == *DejaVuSans.ttf* ]]; then
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" graphviz fonts-dejavu-core
command -v dot >/dev/null 2>&1 || { echo "tools/install-graphviz.sh: 설치 뒤에도 dot 이 없습니다." >&2; exit 1; }
