"""docpages: 이 사이트의 엔진. 페이지 → 블록 → 실행 → 판정 → 노트북, 그리고 용어와 검색.

사이트 빌드(hooks/, mkdocs 이벤트만)와 테스트(tests/)가 이 패키지를 import 하고, 이 패키지는 둘 중 어느 것도 import 하지
않습니다 (hooks → docpages ← tests). TensorFlow 는 작업 프로세스(_worker.py) 안에서만 import 됩니다.

- pages     페이지 → 블록 (pytest-codeblocks + pymdownx.snippets), 페이지 머리말의 블록 설정
- run       블록 실행: 작업 프로세스, 시간 제한, stdout·stderr·그림 모으기 (_worker.py 가 실행하는 쪽)
- compare   출력 비교 규칙 (숫자 허용 오차, 변하는 텍스트)
- figures   그림 비교 규칙 (픽셀 RMS)
- outputs   판정(check)과 make outputs(update), 검증 환경 표시
- notebook  페이지 → 노트북 (nbformat)
- codeblocks 코드 블록 HTML 가볍게 (모양 없는 span 풀기, 키보드 스크롤, 화면 밖 블록의 줄 수)
- nbrender  노트북 → 사이트의 노트북 페이지 (mkdocs-jupyter 렌더 캐시 미리 채우기, HTML 다듬기, 노트북 CSS)
- csstrim   스타일시트에서 페이지에 맞을 수 없는 규칙 빼기 (노트북 CSS)
- material  Material 이 만든 CSS·JS 와 페이지의 작은 고침 (페이지를 열 때의 문서 전체 스타일 재계산 없애기: 색 구성, 표 감싸기)
- terms     용어집(docs/terms.yml): 용어 검사, 툴팁, 용어집 표
- search    한국어 검색 색인 고치기 (kiwipiepy)
"""
