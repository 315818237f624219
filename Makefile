# 새 머신에서 필요한 것: Python 3.11 과 make. 나머지는 아래 대상이 .venv 에 설치합니다.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# TensorFlow 시작 로그가 출력에 섞이지 않게 합니다 (출력되는 숫자는 바뀌지 않습니다).
export TF_CPP_MIN_LOG_LEVEL := 3
export TF_ENABLE_ONEDNN_OPTS := 0
export PYTHONDONTWRITEBYTECODE := 1
export NO_MKDOCS_2_WARNING := 1
# mkdocs-jupyter(nbconvert) 시작을 빠르게 합니다 (출력은 같음).
export NBCONVERT_DISABLE_CONFIG_EXPORTERS := 1
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# PAGE=01-layer 처럼 한 페이지만 고를 수 있습니다.
PAGE_FILTER := $(if $(PAGE),-k "$(PAGE)")

.PHONY: help serve build test outputs clean test-latest bench bench-build bench-pages browser-deps deviation graphviz-deps

help:
	@echo "make serve    사이트 미리보기 (http://127.0.0.1:8000/keras-custom-ko/, TensorFlow 없음)"
	@echo "make build    site/ 에 사이트 빌드 (--strict)"
	@echo "make test     빌드 + 모든 문서 테스트   (PAGE=01-layer 로 한 페이지만)"
	@echo "make outputs  코드를 실행해 snippets/**/*.out 다시 쓰기 (PAGE=... 가능)"
	@echo "make bench    문서 테스트 속도 wall ÷ (import + raw), make test 가 페이지를 실행하는 배수"
	@echo "make bench-build  mkdocs build 시간: 노트북 있음 ÷ 없음"
	@echo "make bench-pages  가장 긴 가이드 페이지를 여는 메인 스레드 작업: 만든 그대로 ÷ 코드 블록을 다 그린 것"
	@echo "make test-latest  최신 TensorFlow/Keras 로 문서 테스트 (페이지별 결과)"

# 사이트에 필요한 것만 (TensorFlow 없음)
$(VENV)/.site: requirements/site.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) -r requirements/site.txt
	touch $@

# 문서 테스트에 필요한 것 (TensorFlow CPU, pytest, pytest-codeblocks …)
$(VENV)/.test: requirements/test.txt $(VENV)/.site
	$(PIP) -r requirements/test.txt
	touch $@

# 한국어 검색 색인의 형태소 분석기 (kiwipiepy, 약 100 MB). make build / make test 만 설치합니다 (make serve 는 없이도 됩니다).
$(VENV)/.search: requirements/search.txt $(VENV)/.site
	$(PIP) -r requirements/search.txt
	touch $@

serve: $(VENV)/.site
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

# --quiet 는 쓰지 않습니다: mkdocs 1.6.1 에서 --quiet 이면 strict 의 경고가 빌드를 멈추지 못합니다.
build: $(VENV)/.site $(VENV)/.search
	$(BIN)/mkdocs build --strict

# 브라우저 검사(tests/test_browser.py, tests/test_search.py)에 필요한 Chromium 과 npm 패키지 (있으면 아무것도 하지 않음)
browser-deps:
	bash tests/browser/install.sh

# 그림을 그리는 블록(plot_model)에 필요한 데비안 graphviz 와 글꼴 (있으면 아무것도 하지 않음). make serve 에는 필요 없습니다.
graphviz-deps:
	bash tools/install-graphviz.sh

test: $(VENV)/.test graphviz-deps build browser-deps
	$(BIN)/python -m pytest $(PAGE_FILTER)

outputs: $(VENV)/.test graphviz-deps
	$(BIN)/python -m pytest tests/test_pages.py --update-outputs -q $(PAGE_FILTER)

clean:
	rm -rf site .pytest_cache

# 최신 TensorFlow/Keras 로 문서 테스트만 따로 실행해 페이지별 통과/실패를 보여 줍니다 (make test 에 들어가지 않음).
test-latest:
	test -x .venv-latest/bin/python || $(PYTHON) -m venv .venv-latest
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check -r requirements/site.txt
	.venv-latest/bin/python -m pip install --quiet --disable-pip-version-check --upgrade tensorflow-cpu keras scikit-learn pytest pytest-codeblocks matplotlib pydot jax jaxlib torch==2.13.0
	@.venv-latest/bin/python -c "import tensorflow as tf, keras; print('최신 환경: TensorFlow', tf.__version__, '/ Keras', keras.__version__)"
	DOCS_LATEST=1 .venv-latest/bin/python -m pytest tests/test_pages.py -q -p no:cacheprovider --page-report $(PAGE_FILTER)

# 문서 테스트의 벽시계 시간 ÷ (TensorFlow import + 블록 실행 시간), 그리고 make test 안의 페이지 실행 시간 합 ÷ 한 번 실행
bench: $(VENV)/.test graphviz-deps build browser-deps
	$(BIN)/python -m tools.bench

# mkdocs build 시간: 노트북 없이 / 노트북과 함께(차가운·따뜻한 캐시), 중앙값의 비율 (BENCH_RUNS=5)
bench-build: $(VENV)/.site $(VENV)/.search
	$(BIN)/python -m tools.bench_build

# 페이지를 여는 메인 스레드 작업 (헤드리스 Chromium, CPU 4배 느리게): 만든 그대로 ÷ 화면 밖 코드 블록도 그린 것 (ROUNDS=7)
# BENCH_PAGE=notebooks/04-training-mask/index.html 로 다른 페이지, BASELINE=다른/site 로 그 사이트의 같은 페이지와 비교
bench-pages: build browser-deps
	PYTHON=$(BIN)/python node tests/browser/bench_pages.mjs --site site --rounds $(or $(ROUNDS),7) \
	  $(if $(BENCH_PAGE),--page $(BENCH_PAGE)) $(if $(BASELINE),--baseline $(BASELINE))

# 실행 환경(oneDNN 켬, CPU 하나)을 바꾸면 페이지의 숫자가 얼마나 달라지는지: 비교 규칙의 허용 오차(RTOL) 근거
deviation: $(VENV)/.test graphviz-deps
	$(BIN)/python -m tools.deviation
