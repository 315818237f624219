// check.mjs 와 search.mjs 가 함께 쓰는 것: 저장소 위치, 명령행 옵션, Chromium 과 그 실행 플래그, 파이썬.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
export const FIX = 'bash tests/browser/install.sh   (또는 make browser-deps)';

export const argv = process.argv.slice(2);
export function opt(name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VENV_PY = join(ROOT, '.venv', 'bin', 'python');
export const PYTHON = process.env.PYTHON || (existsSync(VENV_PY) ? VENV_PY : 'python3');

// 요구된 실행 플래그 + 테스트용 플래그. 사용자 데이터 폴더는 실행마다 새로 만듭니다.
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--mute-audio',
  '--disable-dev-shm-usage',
  // 제3자 요청이 있어도 이 머신 밖으로 나가지 않게: 127.0.0.1 말고는 모든 이름 해석이 실패합니다.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// site_url 의 경로 (예: /keras-custom-ko/). sitemap.xml 의 가장 짧은 <loc> 가 site_url 입니다.
export function sitePrefix(site) {
  const sitemap = join(site, 'sitemap.xml');
  if (!existsSync(sitemap)) return '/';
  const locs = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  if (!locs.length) return '/';
  locs.sort((a, b) => a.length - b.length);
  return new URL(locs[0]).pathname.replace(/\/?$/, '/');
}

// serve.py 로 site 를 127.0.0.1 에서 gzip 으로 띄웁니다. { proc, base } 로 끝납니다.
export function startServer(site, prefix) {
  return new Promise((resolveStart, rejectStart) => {
    const proc = spawn(PYTHON, [join(HERE, 'serve.py'), site, '--prefix', prefix, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    proc.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/serving (http:\/\/127\.0\.0\.1:\d+\/\S*)/);
      if (m) resolveStart({ proc, base: m[1] });
    });
    proc.on('exit', (code) => rejectStart(new Error(`serve.py 가 끝났습니다 (코드 ${code}): ${err}`)));
    proc.on('error', rejectStart);
    setTimeout(() => rejectStart(new Error(`serve.py 가 10초 안에 시작하지 않았습니다: ${err}`)), 10000);
  });
}

// 화면 밖 코드 블록도 처음부터 그리게 하는 규칙. 줄 수(--code-lines)를 단 요소가 화면 밖에서 건너뛰는 코드 블록입니다:
// 가이드 페이지의 pre > code (docs/stylesheets/extra.css), 노트북 페이지의 코드 칸 pre (docpages/nbrender.py 의 NOTEBOOK_CSS).
// check.mjs 는 자리 크기 비교와 axe 에, bench_pages.mjs 는 비교 대상에 씁니다.
export const DEFERRED_CODE = '[style*="--code-lines"]';
export const DRAW_ALL_CODE_CSS = `${DEFERRED_CODE} { content-visibility: visible !important; }`;
